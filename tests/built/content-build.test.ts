/**
 * A content fault stops the build itself, with the messages the loader's
 * reader gives (tests/unit/content-schema.test.ts checks the messages in
 * memory): the minimal fixture paper with a fault, built for real.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));

const scratch = mkdtempSync(join(tmpdir(), 'paper-builds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site from a folder of papers; returns the exit status and everything printed. */
function build(name: string, papers: Record<string, (dir: string) => void>): { status: number | null; output: string; outDir: string } {
	const papersDir = join(scratch, name, 'papers');
	for (const [folder, fill] of Object.entries(papers)) fill(join(papersDir, folder));
	const outDir = join(scratch, name, 'dist');
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, PAPERS_DIR: papersDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(scratch, name, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
const copyOf = (from: string) => (to: string) => cpSync(from, to, { recursive: true });

test('the build itself stops at the faults, naming every one, with no stack trace', { timeout: 120_000 }, () => {
	const { status, output } = build('broken', {
		'bad-paper': (dir) => {
			copyOf(FIXTURE)(dir);
			const file = join(dir, 'paper.mdx');
			const mdx = readFileSync(file, 'utf8');
			writeFileSync(
				file,
				mdx.replace('<En>The second paragraph', '<En>The [second](javascript:alert(1)) paragraph').replace('<Zh>第二段。</Zh>', '<Zh>第二段<Foo/>。</Zh>'),
			);
		},
		// A correction planted without its version.
		'bad-versions': (dir) => {
			copyOf(FIXTURE)(dir);
			const file = join(dir, 'versions.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('  - version: "1.1"\n    what:', '  - what:'));
		},
	});
	expect(status, output).not.toBe(0);
	// Both faults at once, each with its place, unit and fault; a hint says what to do.
	expect(output).toContain('3 problems in paper content');
	expect(output).toContain('bad-versions/versions.yaml:13:1  a change without a version');
	expect(output).toContain('bad-paper/paper.mdx:37:8  unit "s1-p2": unknown element <Foo>');
	expect(output).toContain('bad-paper/paper.mdx:38:9  unit "s1-p2": the link to “javascript:alert(1)” is not allowed');
	expect(output).toContain('Hint:');
	// And nothing about the code: the editor mistyped a tag.
	expect(output).not.toContain('Stack trace');
	expect(output).not.toMatch(/^\s+at /m);
	expect(output).not.toMatch(/\.ts:\d+:\d+/);
});
