/**
 * Bad content fails the build with a clear message: the file, the unit and
 * the fault. Each case is the minimal fixture paper with one fault written
 * into it, built for real with `astro build` into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const REAL_PAPER = fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'paper-builds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site from a folder of papers; returns the exit status and everything printed. */
function build(name: string, papers: Record<string, string>): { status: number | null; output: string; outDir: string } {
	const papersDir = join(scratch, name, 'papers');
	for (const [folder, from] of Object.entries(papers)) cpSync(from, join(papersDir, folder), { recursive: true });
	const outDir = join(scratch, name, 'dist');
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, PAPERS_DIR: papersDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(scratch, name, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** The fixture with `edit` applied to its paper.mdx, as a papers folder of its own. */
function brokenFixture(name: string, edit: (mdx: string) => string): string {
	const folder = join(scratch, 'fixtures', name);
	cpSync(FIXTURE, folder, { recursive: true });
	const file = join(folder, 'paper.mdx');
	const edited = edit(readFileSync(file, 'utf8'));
	if (edited === readFileSync(file, 'utf8')) throw new Error(`fixture "${name}": the edit changed nothing`);
	writeFileSync(file, edited);
	return folder;
}

const cases: { name: string; edit: (mdx: string) => string; expect: (string | RegExp)[] }[] = [
	{
		name: 'a unit with no translation partner',
		edit: (mdx) => mdx.replace('<En>The second paragraph<Tn id="tn-second">A translator\'s note.</Tn>.</En>\n', ''),
		expect: ['paper.mdx:36:1', 'unit "s1-p2"', 'no English partner (<En>)'],
	},
	{
		name: 'a duplicated id',
		edit: (mdx) => mdx.replace('<P id="s1-p2">', '<P id="s1-p1">'),
		expect: ['paper.mdx:36:1', 'unit "s1-p1"', 'duplicated id: "s1-p1" is already used on line 31'],
	},
	{
		name: 'a marker pointing at no note',
		edit: (mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Ref to="n9"/>。</Zh>').replace('<En>The second paragraph<Tn', '<En>The second paragraph<Ref to="n9"/><Tn'),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', 'marker <Ref to="n9"/> points at no note'],
	},
	{
		name: 'a note with no marker',
		edit: (mdx) => `${mdx}\n<Note id="n2">\n<Zh>第二条注释。</Zh>\n<En>A second note.</En>\n</Note>\n`,
		expect: ['paper.mdx:46:1', 'unit "n2"', 'note has no marker'],
	},
	{
		name: 'a missing required metadata field',
		edit: (mdx) => mdx.replace(/summary:\n {2}zh: .*\n {2}en: .*\n/, ''),
		expect: ['paper.mdx', /summary/, /expected object|Required|invalid_type/i],
	},
	{
		name: 'a malformed metadata field',
		edit: (mdx) => mdx.replace('editorial: false', 'editorial: perhaps'),
		expect: ['paper.mdx', /title\.editorial|editorial/, /boolean/i],
	},
	{
		name: 'an empty translation',
		edit: (mdx) => mdx.replace('<En>I. The First Section</En>', '<En></En>'),
		expect: ['paper.mdx:28:1', 'unit "s1"', 'the English text is empty'],
	},
	{
		name: 'markers that differ between the languages',
		edit: (mdx) => mdx.replace('The first paragraph has a note<Ref to="n1"/>.', 'The first paragraph has a note.'),
		expect: ['paper.mdx:33:1', 'unit "s1-p1"', 'note markers differ: the Chinese has [n1], the English []'],
	},
	{
		name: 'text outside any unit',
		edit: (mdx) => mdx.replace('<P id="s1-p2">', 'A stray paragraph.\n\n<P id="s1-p2">'),
		expect: ['paper.mdx:36:1', 'unexpected paragraph “A stray paragraph.”'],
	},
	{
		name: "a translator's note in the Chinese",
		edit: (mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Tn id="tn-x">注。</Tn>。</Zh>'),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', "translator's note <Tn> in the Chinese text"],
	},
];

describe('a paper with a fault fails the build, naming the file, the unit and the fault', () => {
	test.each(cases)('$name', ({ name, edit, expect: expected }) => {
		const { status, output } = build(name.replaceAll(/\W+/g, '-'), { 'bad-paper': brokenFixture(name, edit) });
		expect(status, output).not.toBe(0);
		expect(output).toContain('bad-paper/paper.mdx');
		for (const part of expected) {
			if (typeof part === 'string') expect(output).toContain(part);
			else expect(output).toMatch(part);
		}
	});
});

test('a second paper is one more folder: it builds beside the first with no code change', () => {
	const { status, output, outDir } = build('two-papers', { 'chatgpt-sora': REAL_PAPER, 'second-paper': FIXTURE });
	expect(status, output).toBe(0);
	for (const route of ['zh/second-paper/index.html', 'en/second-paper/parallel/index.html', 'zh/chatgpt-sora/index.html']) {
		expect(existsSync(join(outDir, route)), route).toBe(true);
	}
	expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('测试论文');
});
