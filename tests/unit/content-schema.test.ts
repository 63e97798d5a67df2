/**
 * Bad content fails with a clear message: the file, the line and column,
 * the unit and the fault. Each case is the minimal fixture paper with one
 * fault written into it, checked in memory by the loader's own reader
 * (src/lib/paper/folder.ts); one case is built for real, to show that the
 * build stops with the same message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { paperFromFiles } from '../../src/lib/paper/folder';
import { ContentError, formatProblem } from '../../src/lib/paper/parse';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const fixtureFiles = () => new Map(readdirSync(FIXTURE).map((name) => [name, new Uint8Array(readFileSync(join(FIXTURE, name)))]));
const utf8 = (text: string) => new TextEncoder().encode(text);
const textOf = (files: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(files.get(name));

/** The messages the reader gives for the fixture changed by `edit`, in folder `id`. */
function faults(edit: (files: Map<string, Uint8Array>) => void, id = 'bad-paper'): string {
	const files = fixtureFiles();
	edit(files);
	try {
		paperFromFiles(id, `papers/${id}`, files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
		throw error;
	}
	return '';
}
const editPaper = (change: (mdx: string) => string) => (files: Map<string, Uint8Array>) => {
	const before = textOf(files, 'paper.mdx');
	const after = change(before);
	if (after === before) throw new Error('the edit changed nothing');
	files.set('paper.mdx', utf8(after));
};

test('the fixture itself is a paper', () => {
	expect(faults(() => {})).toBe('');
});

const cases: { name: string; edit: (files: Map<string, Uint8Array>) => void; id?: string; expect: (string | RegExp)[] }[] = [
	// The aligned text.
	{ name: 'a unit with no translation partner', edit: editPaper((mdx) => mdx.replace('<En>The second paragraph<Tn id="tn-second">A translator\'s note.</Tn>.</En>\n', '')), expect: ['paper.mdx:36:1', 'unit "s1-p2"', 'no English partner (<En>)'] },
	{ name: 'a duplicated id', edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '<P id="s1-p1">')), expect: ['paper.mdx:36:1', 'unit "s1-p1"', 'duplicated id: "s1-p1" is already used on line 31'] },
	{
		name: 'a marker pointing at no note',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Ref to="n9"/>。</Zh>').replace('<En>The second paragraph<Tn', '<En>The second paragraph<Ref to="n9"/><Tn')),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', 'marker <Ref to="n9"/> points at no note'],
	},
	{ name: 'a note with no marker', edit: editPaper((mdx) => `${mdx}\n<Note id="n2">\n<Zh>第二条注释。</Zh>\n<En>A second note.</En>\n</Note>\n`), expect: ['paper.mdx:46:1', 'unit "n2"', 'note has no marker'] },
	{ name: 'an empty translation', edit: editPaper((mdx) => mdx.replace('<En>I. The First Section</En>', '<En></En>')), expect: ['paper.mdx:28:1', 'unit "s1"', 'the English text is empty'] },
	{ name: 'markers that differ between the languages', edit: editPaper((mdx) => mdx.replace('The first paragraph has a note<Ref to="n1"/>.', 'The first paragraph has a note.')), expect: ['paper.mdx:33:5', 'unit "s1-p1"', 'segment s1-p1.1: note markers differ: the Chinese has [n1], the English []'] },
	{ name: 'text outside any unit', edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', 'A stray paragraph.\n\n<P id="s1-p2">')), expect: ['paper.mdx:36:1', 'unexpected paragraph “A stray paragraph.”'] },
	{ name: "a translator's note in the Chinese", edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Tn id="tn-x">注。</Tn>。</Zh>')), expect: ['paper.mdx:37:8', 'unit "s1-p2"', "translator's note <Tn> in the Chinese text"] },
	{ name: 'an expression between units, where its text would vanish', edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '{"TEXT"}\n\n<P id="s1-p2">')), expect: ['paper.mdx:36:1', 'the expression {"TEXT"} is not content'] },
	{ name: 'an expression inside the text', edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段{1 + 1}。</Zh>')), expect: ['paper.mdx:37:8', 'unit "s1-p2"', 'the expression {1 + 1} in the Chinese is not text'] },
	{ name: 'an import', edit: editPaper((mdx) => mdx.replace('<Abstract id="abstract">', 'import x from "node:fs";\n\n<Abstract id="abstract">')), expect: ['paper.mdx:21:1', 'import and export are not content'] },
	{ name: 'an export', edit: editPaper((mdx) => mdx.replace('<Abstract id="abstract">', 'export const x = 1;\n\n<Abstract id="abstract">')), expect: ['paper.mdx:21:1', 'import and export are not content'] },
	{ name: 'MDX that does not parse, placed where it breaks', edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The second {paragraph')), expect: [/paper\.mdx:3\d:\d+ {2}not valid MDX/, 'expected a corresponding closing brace'] },
	{ name: 'metadata and no units', edit: editPaper((mdx) => mdx.slice(0, mdx.indexOf('---', 4) + 4)), expect: ['paper.mdx:1:1', 'no units'] },
	// Links that could run or fetch what the site does not publish.
	{ name: 'a javascript: link in a unit', edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](javascript:alert(document.domain)) paragraph')), expect: ['paper.mdx:38:9', 'unit "s1-p2"', 'the link to “javascript:alert(document.domain)” is not allowed'] },
	{ name: 'a data: link in a unit', edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二[段](data:text/html,<b>x</b>)。</Zh>')), expect: ['unit "s1-p2"', 'the link to “data:text/html'] },
	{ name: 'a link hiding its scheme behind a character reference', edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](&#106;avascript:alert(1)) paragraph')), expect: ['unit "s1-p2"', 'the link to “javascript:alert(1)” is not allowed'] },
	{ name: 'a protocol-relative link', edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](//evil.example/x) paragraph')), expect: ['unit "s1-p2"', 'the link to “//evil.example/x” is not allowed'] },
	{
		name: 'a javascript: link in the bibliography',
		edit: (files) => {
			files.set('bibliography.yaml', utf8('works:\n  - id: w\n    zh: 一本书\n    en: "[A book](javascript:alert(1))"\n'));
			files.set('paper.mdx', utf8(textOf(files, 'paper.mdx').replace('<Note id="n1">', '<Note id="n1" work="w">')));
		},
		expect: ['bibliography.yaml:4:1', 'unit "w"', 'the link to “javascript:alert(1)” is not allowed'],
	},
	// The edition notes: prose, nothing that runs.
	{ name: 'a script in the edition notes', edit: (files) => files.set('edition.en.md', utf8('## Made\n\nProse.\n\n<script>alert(1)</script>\n')), expect: ['edition.en.md:5:1', 'HTML is not what the edition notes may hold'] },
	{ name: 'edition notes as MDX', edit: (files) => files.set('edition.en.mdx', utf8('import x from "y";\n\nProse.\n')), expect: ['edition.en.mdx:1:1', 'edition notes are plain Markdown'] },
	// The folder and its files.
	{ name: 'a file that is not UTF-8 (GBK)', edit: (files) => files.set('paper.mdx', new Uint8Array([...utf8('---\ntitle:\n'), 0xb2, 0xe2, 0xca, 0xd4, 0x0a])), expect: ['paper.mdx:3:1', 'not UTF-8'] },
	{ name: 'a folder without paper.mdx', edit: (files) => files.delete('paper.mdx'), expect: ['papers/bad-paper/paper.mdx:1:1', 'missing: every paper folder holds its paper.mdx'] },
	{ name: 'a source file that is not there', edit: (files) => files.delete('source.txt'), expect: ['paper.mdx:10:1', 'unit "source.file"', 'the source “source.txt” is not in the folder'] },
	{ name: 'a missing required metadata field', edit: editPaper((mdx) => mdx.replace(/summary:\n {2}zh: .*\n {2}en: .*\n/, '')), expect: ['paper.mdx:2:1', /expected object|Required|invalid_type/i] },
	{ name: 'a malformed metadata field', edit: editPaper((mdx) => mdx.replace('editorial: false', 'editorial: perhaps')), expect: ['paper.mdx:5:1', 'unit "title.editorial"', /boolean/i] },
	{ name: 'a glossary term id used twice', edit: (files) => files.set('glossary.yaml', utf8(`${textOf(files, 'glossary.yaml')}  - id: paragraph\n    zh: 段落\n    en: [passage]\n    note:\n      zh: 又一个。\n      en: Another.\n`)), expect: ['glossary.yaml:8:1', 'unit "paragraph"', 'duplicated term id: “paragraph” is already used on line 2'] },
	...['Upper-Case', '论文', 'a b"c', 'index'].map((id) => ({ name: `a folder named “${id}”`, edit: () => {}, id, expect: [`papers/${id}/:1:1`, `the folder name “${id}” cannot be a paper's id`] })),
];

describe('a paper with a fault is refused, with the file, the line, the unit and the fault', () => {
	test.each(cases)('$name', ({ edit, id, expect: expected }) => {
		const message = faults(edit, id);
		expect(message, 'a fault is found').not.toBe('');
		for (const part of expected) {
			if (typeof part === 'string') expect(message).toContain(part);
			else expect(message).toMatch(part);
		}
	});
});

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

test('the build itself stops at a fault, with the same message', { timeout: 120_000 }, () => {
	const { status, output } = build('broken', {
		'bad-paper': (dir) => {
			copyOf(FIXTURE)(dir);
			const file = join(dir, 'paper.mdx');
			writeFileSync(file, readFileSync(file, 'utf8').replace('<En>The second paragraph', '<En>The [second](javascript:alert(1)) paragraph'));
		},
	});
	expect(status, output).not.toBe(0);
	expect(output).toContain('bad-paper/paper.mdx:38:9  unit "s1-p2": the link to “javascript:alert(1)” is not allowed');
});
