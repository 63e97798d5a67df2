/**
 * What the build for publication builds names no local address
 * (tools/build-for-publication.ts). One real build, into a folder of its own;
 * tests/unit/publication.test.ts checks that it refuses to guess the origin.
 * Built for a project site (under a sub-path), the harder case: a site at
 * the root of its host is what every other build of the tests is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { localAddresses } from '../../tools/build-for-publication.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOL = join(ROOT, 'tools/build-for-publication.ts');
const scratch = mkdtempSync(join(tmpdir(), 'publication-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (env: Record<string, string>) =>
	spawnSync(process.execPath, [TOOL], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_OUT_DIR: join(scratch, 'dist'), ASTRO_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1', ...env },
	});

test('with SITE_URL, every URL names the public site and nothing names a local address', { timeout: 180_000 }, () => {
	// A project site, as GitHub Pages' configuration gives its URL (no final slash): its path is the base of every URL.
	const result = run({ SITE_URL: 'https://owner.github.io/repo' });
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
	const dist = join(scratch, 'dist');
	expect(localAddresses(dist)).toEqual([]);
	const page = readFileSync(join(dist, 'en/chatgpt-sora/index.html'), 'utf8');
	expect(page).toContain('<link rel="canonical" href="https://owner.github.io/repo/en/chatgpt-sora/">');
	expect(page).toContain('<a href="/repo/en/chatgpt-sora/parallel/">');
	expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('https://owner.github.io/repo/zh/chatgpt-sora/');
	expect(readFileSync(join(dist, 'downloads/chatgpt-sora-en.bib'), 'utf8')).toContain('https://owner.github.io/repo/en/chatgpt-sora/');
	expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/repo\/\*$/m);
});
