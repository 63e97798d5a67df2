/**
 * A guide page whose live example names a unit or a paper that does not exist stops the build, naming
 * the MDX file and the line (src/integrations/guide-examples.ts), built for real from a guide folder
 * of one page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'guide-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (lang: string, body: string) =>
	[
		'---',
		`title: Example ${lang}`,
		'description: A page with a broken example.',
		'order: 1',
		'---',
		`import LiveUnit from '${ROOT}src/components/guide/LiveUnit.astro';`,
		`import LiveCitation from '${ROOT}src/components/guide/LiveCitation.astro';`,
		'',
		'Some prose.',
		'',
		body,
		'',
	].join('\n');

test('a unit or paper id that does not exist fails the build at the MDX file and line', { timeout: 180_000 }, () => {
	const guide = join(scratch, 'guide');
	for (const lang of ['zh', 'en']) mkdirSync(join(guide, lang), { recursive: true });
	writeFileSync(join(guide, 'zh', 'example.mdx'), page('zh', '<LiveUnit paper="chatgpt-sora" unit="s1-1-p1" />'));
	// Line 11: a unit the paper does not have; line 13: a paper the site does not have.
	writeFileSync(
		join(guide, 'en', 'example.mdx'),
		page('en', '<LiveUnit paper="chatgpt-sora" unit="s9-p99" />\n\nCite it: <LiveCitation paper="no-such-paper" unit="s1-1-p1" />'),
	);
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, GUIDE_DIR: guide, ASTRO_OUT_DIR: join(scratch, 'dist'), ASTRO_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output).not.toBe(0);
	expect(output).toMatch(
		/guide\/en\/example\.mdx:11:1 {2}unit "s9-p99": <LiveUnit paper="chatgpt-sora" unit="s9-p99">: paper “chatgpt-sora” has no unit or note “s9-p99”/,
	);
	expect(output, 'a message, not a stack trace').not.toContain('guide-examples.ts:');
	expect(output).toMatch(/guide\/en\/example\.mdx:13:10 {2}<LiveCitation paper="no-such-paper" unit="s1-1-p1">: there is no paper “no-such-paper”/);
});
