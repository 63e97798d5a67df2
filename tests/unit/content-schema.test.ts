/**
 * Bad content fails with a clear message: the file, the line and column,
 * the unit and the fault. Each case is the minimal fixture paper with one
 * fault written into it, checked in memory by the loader's own reader
 * (src/lib/paper/folder.ts). tests/built/content-build.test.ts builds a
 * fault for real, to show that the build stops with the same message.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { paperFromFiles, readPapers } from '../../src/lib/paper/folder.ts';
import { ContentError, formatProblem } from '../../src/lib/paper/problems.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const fixtureFiles = () => new Map(readdirSync(FIXTURE).map((name) => [name, new Uint8Array(readFileSync(join(FIXTURE, name)))]));
const utf8 = (text: string) => new TextEncoder().encode(text);
const textOf = (files: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(files.get(name));

/** The messages the reader gives for the fixture changed by `edit`, in folder `id`, holding `others` besides its files. */
function faults(edit: (files: Map<string, Uint8Array>) => void, id = 'bad-paper', others: string[] = []): string {
	const files = fixtureFiles();
	edit(files);
	try {
		paperFromFiles(id, `papers/${id}`, files, others);
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

const editVersions = (change: (yaml: string) => string) => (files: Map<string, Uint8Array>) => {
	const before = textOf(files, 'versions.yaml');
	const after = change(before);
	if (after === before) throw new Error('the edit changed nothing');
	files.set('versions.yaml', utf8(after));
};

test('the fixture itself is a paper', () => {
	expect(faults(() => {})).toBe('');
});

const cases: { name: string; edit: (files: Map<string, Uint8Array>) => void; id?: string; others?: string[]; expect: (string | RegExp)[] }[] = [
	// The aligned text.
	{
		name: 'a unit with no translation partner',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph<Tn id="tn-second">A translator\'s note.</Tn>.</En>\n', '')),
		expect: ['paper.mdx:36:1', 'unit "s1-p2"', 'no English partner (<En>)'],
	},
	{
		name: 'a duplicated id',
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '<P id="s1-p1">')),
		expect: ['paper.mdx:36:1', 'unit "s1-p1"', 'duplicated id: "s1-p1" is already used on line 31'],
	},
	{
		name: 'a marker pointing at no note',
		edit: editPaper((mdx) =>
			mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Ref to="n9"/>。</Zh>').replace('<En>The second paragraph<Tn', '<En>The second paragraph<Ref to="n9"/><Tn'),
		),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', 'marker <Ref to="n9"/> points at no note'],
	},
	{
		name: 'a note with no marker',
		edit: editPaper((mdx) => `${mdx}\n<Note id="n2">\n<Zh>第二条注释。</Zh>\n<En>A second note.</En>\n</Note>\n`),
		expect: ['paper.mdx:46:1', 'unit "n2"', 'note has no marker'],
	},
	{
		name: 'an empty translation',
		edit: editPaper((mdx) => mdx.replace('<En>I. The First Section</En>', '<En></En>')),
		expect: ['paper.mdx:28:1', 'unit "s1"', 'the English text is empty'],
	},
	{
		name: 'markers that differ between the languages',
		edit: editPaper((mdx) => mdx.replace('The first paragraph has a note<Ref to="n1"/>.', 'The first paragraph has a note.')),
		expect: ['paper.mdx:33:5', 'unit "s1-p1"', 'segment s1-p1.1: note markers differ: the Chinese has [n1], the English []'],
	},
	{
		name: 'text outside any unit',
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', 'A stray paragraph.\n\n<P id="s1-p2">')),
		expect: ['paper.mdx:36:1', 'unexpected paragraph “A stray paragraph.”'],
	},
	{
		name: "a translator's note in the Chinese",
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段<Tn id="tn-x">注。</Tn>。</Zh>')),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', "translator's note <Tn> in the Chinese text"],
	},
	{
		name: 'an expression between units, where its text would vanish',
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '{"TEXT"}\n\n<P id="s1-p2">')),
		expect: ['paper.mdx:36:1', 'the expression {"TEXT"} is not content'],
	},
	{
		name: 'an expression inside the text',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段{1 + 1}。</Zh>')),
		expect: ['paper.mdx:37:8', 'unit "s1-p2"', 'the expression {1 + 1} in the Chinese is not text'],
	},
	{
		name: 'an import',
		edit: editPaper((mdx) => mdx.replace('<Abstract id="abstract">', 'import x from "node:fs";\n\n<Abstract id="abstract">')),
		expect: ['paper.mdx:21:1', 'import and export are not content'],
	},
	{
		name: 'an export',
		edit: editPaper((mdx) => mdx.replace('<Abstract id="abstract">', 'export const x = 1;\n\n<Abstract id="abstract">')),
		expect: ['paper.mdx:21:1', 'import and export are not content'],
	},
	{
		name: 'MDX that does not parse, placed where it breaks',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The second {paragraph')),
		expect: [/paper\.mdx:3\d:\d+ {2}unit "s1-p2": not valid MDX/, 'expected a corresponding closing brace'],
	},
	{ name: 'metadata and no units', edit: editPaper((mdx) => mdx.slice(0, mdx.indexOf('---', 4) + 4)), expect: ['paper.mdx:1:1', 'no units'] },
	// Links that could run or fetch what the site does not publish.
	{
		name: 'a javascript: link in a unit',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](javascript:alert(document.domain)) paragraph')),
		expect: ['paper.mdx:38:9', 'unit "s1-p2"', 'the link to “javascript:alert(document.domain)” is not allowed'],
	},
	{
		name: 'a data: link in a unit',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二[段](data:text/html,<b>x</b>)。</Zh>')),
		expect: ['unit "s1-p2"', 'the link to “data:text/html'],
	},
	{
		name: 'a link hiding its scheme behind a character reference',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](&#106;avascript:alert(1)) paragraph')),
		expect: ['unit "s1-p2"', 'the link to “javascript:alert(1)” is not allowed'],
	},
	{
		name: 'a protocol-relative link',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](//evil.example/x) paragraph')),
		expect: ['unit "s1-p2"', 'the link to “//evil.example/x” is not allowed'],
	},
	{
		name: 'a javascript: link in the bibliography',
		edit: (files) => {
			files.set('bibliography.yaml', utf8('works:\n  - id: w\n    zh: 一本书\n    en: "[A book](javascript:alert(1))"\n'));
			files.set('paper.mdx', utf8(textOf(files, 'paper.mdx').replace('<Note id="n1">', '<Note id="n1" work="w">')));
		},
		expect: ['bibliography.yaml:4:1', 'unit "w"', 'the link to “javascript:alert(1)” is not allowed'],
	},
	// The edition notes: prose, nothing that runs.
	{
		name: 'a script in the edition notes',
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nProse.\n\n<script>alert(1)</script>\n')),
		expect: ['edition.en.md:5:1', 'HTML is not what the edition notes may hold'],
	},
	{
		name: 'edition notes as MDX',
		edit: (files) => files.set('edition.en.mdx', utf8('import x from "y";\n\nProse.\n')),
		expect: ['edition.en.mdx:1:1', 'edition notes are plain Markdown'],
	},
	// The versions and their corrections.
	{
		name: 'a change without a version',
		edit: editVersions((y) => y.replace('  - version: "1.1"\n    what:', '  - what:')),
		expect: ['versions.yaml:13:1', 'a change without a version'],
	},
	{
		name: 'a change naming a unit the paper does not have',
		edit: editVersions((y) => y.replace('units: [s1-p2]', 'units: [s1-p2, s9-p9]')),
		expect: ['versions.yaml:17:1', 'unit "s9-p9"', 'the change names unit “s9-p9”, which the paper does not have'],
	},
	{
		name: 'a change naming a sentence the unit does not have',
		edit: editVersions((y) => y.replace('units: [s1-p2]', 'units: [s1-p2.2]')),
		expect: ['versions.yaml:17:1', 'unit "s1-p2.2"'],
	},
	{
		name: 'a change naming a version not listed',
		edit: editVersions((y) => y.replace('  - version: "1.1"\n    what:', '  - version: "1.2"\n    what:')),
		expect: ['versions.yaml:13:1', 'the change names version 1.2, which is not among the versions listed'],
	},
	{
		name: 'a change that says not where',
		edit: editVersions((y) => y.replace('    units: [s1-p2]\n', '')),
		expect: ['versions.yaml:13:1', 'the change says not where'],
	},
	{
		name: 'versions dated out of order',
		edit: editVersions((y) => y.replace('date: 2026-02-01', 'date: 2025-12-31')),
		expect: ['versions.yaml:8:1', 'unit "1.1"', 'dates out of order'],
	},
	{
		name: 'version numbers out of order',
		edit: editVersions((y) =>
			y.replace('version: "1.1"\n    date', 'version: "0.9"\n    date').replace('  - version: "1.1"\n    what', '  - version: "0.9"\n    what'),
		),
		expect: ['versions.yaml:7:1', 'version 0.9 is listed after 1.0'],
	},
	{
		name: 'a date that is not a day',
		edit: editVersions((y) => y.replace('date: 2026-02-01', 'date: 2026-02-30')),
		expect: ['versions.yaml:8:1', '2026-02-30 is not a day of the calendar'],
	},
	{
		name: 'a version number that is not one',
		edit: editVersions((y) => y.replace('version: "1.1"\n    date', 'version: v1.1\n    date')),
		expect: ['versions.yaml:7:1', 'a version number is numbers joined by dots'],
	},
	{
		name: 'a change naming a term the glossary does not have',
		edit: editVersions((y) => y.replace('units: [s1-p2]', 'units: [s1-p2]\n    glossary: [no-such-term]')),
		expect: ['versions.yaml:18:1', 'unit "no-such-term"', 'glossary.yaml does not have'],
	},
	// The folder and its files.
	{
		name: 'a file that is not UTF-8 (GBK)',
		edit: (files) => files.set('paper.mdx', new Uint8Array([...utf8('---\ntitle:\n'), 0xb2, 0xe2, 0xca, 0xd4, 0x0a])),
		expect: ['paper.mdx:3:1', 'not UTF-8'],
	},
	{
		name: 'bytes that are not UTF-8 inside a unit, named with it',
		edit: (files) => {
			const [before, after] = textOf(files, 'paper.mdx').split('段。</Zh>');
			files.set('paper.mdx', new Uint8Array([...utf8(before!), 0xb6, 0xce, ...utf8(`。</Zh>${after}`)]));
		},
		expect: ['paper.mdx:37:7', 'unit "s1-p2"', 'not UTF-8'],
	},
	{
		name: 'a folder without paper.mdx',
		edit: (files) => files.delete('paper.mdx'),
		expect: ['papers/bad-paper/paper.mdx:1:1', 'missing: every paper folder holds its paper.mdx'],
	},
	{
		name: 'a source file that is not there',
		edit: (files) => files.delete('source.txt'),
		expect: ['paper.mdx:10:1', 'unit "source.file"', 'the source “source.txt” is not in the folder'],
	},
	{
		name: 'a missing required metadata field',
		edit: editPaper((mdx) => mdx.replace(/summary:\n {2}zh: .*\n {2}en: .*\n/, '')),
		expect: ['paper.mdx:2:1', /expected object|Required|invalid_type/i],
	},
	{
		name: 'a malformed metadata field',
		edit: editPaper((mdx) => mdx.replace('editorial: false', 'editorial: perhaps')),
		expect: ['paper.mdx:5:1', 'unit "title.editorial"', /boolean/i],
	},
	{
		name: 'a glossary term id used twice',
		edit: (files) =>
			files.set(
				'glossary.yaml',
				utf8(`${textOf(files, 'glossary.yaml')}  - id: paragraph\n    zh: 段落\n    en: [passage]\n    note:\n      zh: 又一个。\n      en: Another.\n`),
			),
		expect: ['glossary.yaml:8:1', 'unit "paragraph"', 'duplicated term id: “paragraph” is already used on line 2'],
	},
	...['Upper-Case', '论文', 'a b"c', 'index'].map((id) => ({
		name: `a folder named “${id}”`,
		edit: () => {},
		id,
		expect: [`papers/${id}/:1:1`, `the folder name “${id}” cannot be a paper's id`],
	})),
	// Issue 24: what was published with a part of it missing, without a word.
	...(
		[
			['an entry that starts with HTML', '<b>Bold</b> Title, 2024.', 'bibliography.yaml:4:10', 'HTML in a bibliography entry'],
			['an entry read as an ordered list', '2024. A Title.', 'bibliography.yaml:4:10', 'reads as a list'],
			['an entry read as a heading', '# A Title.', 'bibliography.yaml:4:10', 'reads as a heading'],
			['an entry of two paragraphs', 'A Title.\\n\\nIts second paragraph.', 'bibliography.yaml:4:10', 'this second paragraph would not be shown'],
			['inline code in an entry', 'A `code` Title.', 'bibliography.yaml:4:12', 'inlineCode in a bibliography entry'],
			['an image in an entry', 'A ![cover](x.png) Title.', 'bibliography.yaml:4:12', 'image in a bibliography entry'],
		] as const
	).map(([name, entry, at, fault]) => ({
		name: `a bibliography entry: ${name}`,
		edit: (files: Map<string, Uint8Array>) => {
			files.set('bibliography.yaml', utf8(`works:\n  - id: w\n    zh: 一本书\n    en: "${entry}"\n`));
			files.set('paper.mdx', utf8(textOf(files, 'paper.mdx').replace('<Note id="n1">', '<Note id="n1" work="w">')));
		},
		expect: [at, 'unit "w"', fault],
	})),
	{
		name: 'a note marker holding words',
		edit: editPaper((mdx) => mdx.replace('<Zh>第一段有一个注<Ref to="n1"/>。</Zh>', '<Zh>第一段有一个注<Ref to="n1">词语</Ref>。</Zh>')),
		expect: ['paper.mdx:32:12', 'unit "s1-p1"', '<Ref> is a note marker and holds nothing: its words “词语” would be lost'],
	},
	{
		name: 'an event handler as an expression',
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '<P id="s1-p2" onClick={() => alert(1)}>')),
		expect: ['paper.mdx:36:1', 'unit "s1-p2"', '<P> has an attribute onClick that the site does not read'],
	},
	{
		name: 'an event handler as a string',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh onclick="alert(1)">第二段。</Zh>')),
		expect: [
			'paper.mdx:37:1',
			'unit "s1-p2"',
			'<Zh> has an attribute onclick that the site does not read, so what it says would be lost: <Zh> takes no attribute',
		],
	},
	{
		name: 'a spread of attributes',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh {...props}>第二段。</Zh>')),
		expect: ['paper.mdx:37:1', 'unit "s1-p2"', 'the expression {...props} on <Zh> is not content'],
	},
	{
		name: 'the author’s English named by an expression',
		edit: editPaper((mdx) => mdx.replace('<En by="author">', '<En by={"author"}>')),
		expect: ['paper.mdx:23:1', 'unit "abstract"', 'the attribute by={"author"} on <En> is an expression: write its value as a literal string, by="…"'],
	},
	{
		name: 'an unknown attribute on a marker',
		edit: editPaper((mdx) => mdx.replace('<Zh>第一段有一个注<Ref to="n1"/>', '<Zh>第一段有一个注<Ref to="n1" class="x"/>')),
		expect: ['paper.mdx:32:12', 'unit "s1-p1"', '<Ref> has an attribute class that the site does not read'],
	},
	{
		name: 'a misnamed glossary',
		edit: (files) => {
			files.set('glossary.yml', files.get('glossary.yaml')!);
			files.delete('glossary.yaml');
		},
		expect: ['papers/bad-paper/glossary.yml:1:1', 'unexpected file, which the build would not read: did you mean glossary.yaml?'],
	},
	{ name: 'an unknown file', edit: (files) => files.set('notes.txt', utf8('Notes.\n')), expect: ['papers/bad-paper/notes.txt:1:1', 'unexpected file'] },
	{
		name: 'edition notes in a language the site does not have',
		edit: (files) => files.set('edition.fr.md', utf8('Prose.\n')),
		expect: ['papers/bad-paper/edition.fr.md:1:1', 'did you mean edition.zh.md or edition.en.md'],
	},
	{
		name: 'a glossary that is a symbolic link',
		edit: (files) => files.delete('glossary.yaml'),
		others: ['glossary.yaml'],
		expect: ['papers/bad-paper/glossary.yaml:1:1', 'not a file but a link or a folder'],
	},
	{
		name: 'a control character (BEL) in a unit',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二\u0007段。</Zh>')),
		expect: ['paper.mdx:37:7', 'unit "s1-p2"', 'the character U+0007 (BEL, a control character), which cannot be published'],
	},
	{
		name: 'a noncharacter in the title',
		edit: editPaper((mdx) => mdx.replace('en: A Test Paper', 'en: A Test\uffff Paper')),
		expect: ['paper.mdx:4:13', 'unit "title.en"', 'U+FFFF (a noncharacter)'],
	},
	{
		name: 'a control character from a YAML escape',
		edit: (files) => files.set('glossary.yaml', utf8(textOf(files, 'glossary.yaml').replace('en: A unit of text.', 'en: "A unit\\a of text."'))),
		expect: ['glossary.yaml:7:11', 'unit "terms.0.note.en"', 'an escape here gives the character U+0007 (BEL'],
	},
	{
		name: 'a character reference to a control character',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二&#7;段。</Zh>')),
		expect: ['paper.mdx:37:5', 'unit "s1-p2"', 'a character reference here gives the character U+FFFD'],
	},
	{
		name: 'a C1 control character in the edition notes',
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nPro\u0085se.\n')),
		expect: ['edition.en.md:3:4', 'U+0085 (a C1 control character)'],
	},
	{
		name: 'a carriage return alone',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二\r段。</Zh>')),
		expect: ['unit "s1-p2"', 'U+000D (CR, a control character)'],
	},
	...['search-dialog', 'note-popover', 'reader-settings', 'main', 'tn-heading', 'notes-heading'].map((id) => ({
		name: `a unit with the page's own id “${id}”`,
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', `<P id="${id}">`)),
		expect: ['paper.mdx:36:1', `unit "${id}"`, `id "${id}" is the page's own`],
	})),
	{
		name: 'a unit id that a marker’s back target takes',
		edit: editPaper((mdx) => mdx.replace('<P id="s1-p2">', '<P id="ref-n1">')),
		expect: ['paper.mdx:36:1', 'unit "ref-n1"', 'id "ref-n1" starts with “ref-”'],
	},
	{
		name: 'a translator’s note with the page’s own id',
		edit: editPaper((mdx) => mdx.replace('<Tn id="tn-second">', '<Tn id="tn-heading">')),
		expect: ['paper.mdx:38:25', 'unit "s1-p2"', 'id "tn-heading" is the page\'s own'],
	},
	{
		name: 'a glossary term with the page’s own id',
		edit: (files) => files.set('glossary.yaml', utf8(textOf(files, 'glossary.yaml').replace('id: paragraph', 'id: lookup'))),
		expect: ['glossary.yaml:2:9', 'unit "lookup"', 'id "lookup" is the page\'s own'],
	},
	// A " #" after a plain YAML value starts a comment, and YAML drops the text after it.
	{
		name: 'a YAML comment cutting a glossary note',
		edit: (files) => files.set('glossary.yaml', utf8(textOf(files, 'glossary.yaml').replace('en: A unit of text.', 'en: A unit #1 of text.'))),
		expect: ['glossary.yaml:7:18', 'unit "terms.0.note.en"', 'a comment (" #") on a value\'s line'],
	},
	{
		name: 'a YAML comment cutting the title',
		edit: editPaper((mdx) => mdx.replace('en: A Test Paper', 'en: A Test #1 Paper')),
		expect: ['paper.mdx:4:14', 'unit "title.en"', 'the text after it would be lost'],
	},
	{
		name: 'a YAML comment cutting a bibliography entry',
		edit: (files) => files.set('bibliography.yaml', utf8('works:\n  - id: w\n    zh: 一本书\n    en: Smith. Part #2 of the work.\n')),
		expect: ['bibliography.yaml:4:21', 'unit "works.0.en"', 'quote the value'],
	},
	{
		name: 'a YAML comment on a plain value’s next line',
		edit: (files) => files.set('glossary.yaml', utf8(textOf(files, 'glossary.yaml').replace('en: A unit of text.', 'en: A unit\n        #2 of text.'))),
		expect: ['glossary.yaml:8:9', 'unit "terms.0.note.en"'],
	},
	{
		name: 'a YAML alias bomb',
		edit: (files) =>
			files.set(
				'glossary.yaml',
				utf8(
					`a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n${textOf(files, 'glossary.yaml')}`,
				),
			),
		expect: ['glossary.yaml:2:8', 'unit "b.0"', 'a YAML alias (*a)'],
	},
	{
		name: 'a YAML merge key',
		edit: editPaper((mdx) => mdx.replace('title:\n  zh: 测试论文', 'base: &t\n  zh: 测试论文\ntitle:\n  <<: *t')),
		expect: ['paper.mdx:5:7', 'a YAML alias (*t)'],
	},
	// A comment around a unit removes it from the site.
	{
		name: 'a comment around a whole unit',
		edit: editPaper((mdx) => mdx.replace(/<P id="s1-p2">[^]*?<\/P>\n/, (unit) => `{/*\n${unit}*/}\n`)),
		expect: ['paper.mdx:36:1', 'a comment holding unit markup (<P…>) hides that text'],
	},
	{
		name: 'a one-line comment around a unit',
		edit: editPaper((mdx) => mdx.replace(/<P id="s1-p2">[^]*?<\/P>\n/, (unit) => `{/* ${unit.replaceAll('\n', ' ')} */}\n`)),
		expect: ['paper.mdx:36:1', 'hides that text from the site'],
	},
	{
		name: 'a comment in a unit around its Chinese',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二段。</Zh>\n{/* 第三段。 */}')),
		expect: ['paper.mdx:38:1', 'unit "s1-p2"', 'a comment holding Chinese text (“第”)'],
	},
	// An invisible "translation" is an empty one.
	...[
		['a zero-width space', '\u200b'],
		['a soft hyphen as &shy;', '&shy;'],
		['a zero-width space as &#x200B;', '&#x200B;'],
		['a word joiner and a BOM', '\u2060\ufeff'],
	].map(([what, text]) => ({
		name: `an English text of only ${what}`,
		edit: editPaper((mdx) => mdx.replace('<En>I. The First Section</En>', `<En>${text}</En>`)),
		expect: ['paper.mdx:28:1', 'unit "s1"', 'the English text is empty'],
	})),
	{
		name: 'a translator’s note of only a zero-width space',
		edit: editPaper((mdx) => mdx.replace("A translator's note.</Tn>", '\u200b</Tn>')),
		expect: ['unit "s1-p2"', 'translator\'s note "tn-second" is empty'],
	},
	// A marker inside a link would be a link in a link.
	{
		name: 'a translator’s note inside a link',
		edit: editPaper((mdx) =>
			mdx.replace(
				'<En>The second paragraph<Tn id="tn-second">A translator\'s note.</Tn>.</En>',
				'<En>The [second<Tn id="tn-second">A translator\'s note.</Tn>](https://example.org/) paragraph.</En>',
			),
		),
		expect: ['paper.mdx:38:16', 'unit "s1-p2"', "a translator's note <Tn> inside a link"],
	},
	{
		name: 'a note marker inside a link',
		edit: editPaper((mdx) =>
			mdx.replace('The first paragraph has a note<Ref to="n1"/>.', 'The first paragraph has [a note<Ref to="n1"/>](https://example.org/).'),
		),
		expect: ['unit "s1-p1"', 'a note marker <Ref> inside a link'],
	},
	{
		name: 'a translator’s note id without its tn- prefix',
		edit: editPaper((mdx) => mdx.replace('<Tn id="tn-second">', '<Tn id="toc">')),
		expect: ['paper.mdx:38:25', 'unit "s1-p2"', '<Tn> id "toc" must start with "tn-"'],
	},
	{
		name: 'a YAML tag asking for a function',
		edit: (files) => files.set('glossary.yaml', utf8(textOf(files, 'glossary.yaml').replace('zh: 段', 'zh: !!js/function "function(){}"'))),
		expect: ['glossary.yaml:3:23', 'unit "terms.0.zh"', 'a YAML tag (tag:yaml.org,2002:js/function)'],
	},
	{
		name: 'an unknown YAML tag on a title',
		edit: editPaper((mdx) => mdx.replace('en: A Test Paper', 'en: !foo A Test Paper')),
		expect: ['paper.mdx:4:12', 'unit "title.en"', 'a YAML tag (!foo)'],
	},
	{
		name: 'a link with no words in a unit',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [](https://example.org/hidden) second paragraph')),
		expect: ['paper.mdx:38:9', 'unit "s1-p2"', 'a link with no words'],
	},
	{
		name: 'a link with no words in a bibliography entry',
		edit: (files) => files.set('bibliography.yaml', utf8('works:\n  - id: w\n    zh: 一本书\n    en: "A book [](https://example.org/)"\n')),
		expect: ['bibliography.yaml:4:1', 'unit "w"', 'a link with no words'],
	},
	{
		name: 'an empty heading in the edition notes',
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nProse.\n\n##\n\nMore prose.\n')),
		expect: ['edition.en.md:5:1', 'an empty heading'],
	},
	{
		name: 'a right-to-left override in the title',
		edit: editPaper((mdx) => mdx.replace('en: A Test Paper', 'en: A \u202e Paper')),
		expect: ['paper.mdx:4:9', 'unit "title.en"', 'U+202E (a bidirectional control'],
	},
	{
		name: 'a bidirectional isolate by character reference in a unit',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>第二&#x2067;段。</Zh>')),
		expect: ['unit "s1-p2"', 'U+2067 (a bidirectional control'],
	},
	{
		name: 'a zero-width space in the edition notes',
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nPro\u200bse.\n')),
		expect: ['edition.en.md:3:4', 'U+200B (a zero-width space'],
	},
	{
		name: 'CJK emphasis that Markdown does not read',
		edit: editPaper((mdx) => mdx.replace('<Zh>第二段。</Zh>', '<Zh>**第二：**段。</Zh>')),
		expect: ['unit "s1-p2"', '“**” left as text'],
	},
	{
		name: 'English edition-note headings with one review key',
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nProse.\n\n## Made!\n\nMore prose.\n\n## 制作\n\nProse.\n')),
		expect: ['edition.en.md:5:1', "the heading's review key “edition/made” is already the heading's on line 1", 'edition.en.md:9:1', 'has no review key'],
	},
	{
		name: 'a link to a homograph host',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](https://ex\u0430mple.org/) paragraph')),
		expect: ['paper.mdx:38:9', 'unit "s1-p2"', 'mixes Latin letters with another script (“ex\u0430mple”)'],
	},
	{
		name: 'a link with a backslash that browsers read as another host',
		edit: editPaper((mdx) => mdx.replace('<En>The second paragraph', '<En>The [second](/\\evil.example/) paragraph')),
		expect: ['paper.mdx:38:9', 'unit "s1-p2"', 'the link to “/\\evil.example/” is not allowed'],
	},
];

describe('a paper with a fault is refused, with the file, the line, the unit and the fault', () => {
	test.each(cases)('$name', ({ edit, id, others, expect: expected }) => {
		const message = faults(edit, id, others);
		expect(message, 'a fault is found').not.toBe('');
		for (const part of expected) {
			if (typeof part === 'string') expect(message).toContain(part);
			else expect(message).toMatch(part);
		}
	});
});

const scratch = mkdtempSync(join(tmpdir(), 'paper-builds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a paper folder, or a file of one, that is a symbolic link is refused, not skipped', () => {
	const papers = join(scratch, 'linked', 'papers');
	cpSync(FIXTURE, join(papers, 'a-paper'), { recursive: true });
	cpSync(FIXTURE, join(scratch, 'linked', 'elsewhere'), { recursive: true });
	symlinkSync(join(scratch, 'linked', 'elsewhere'), join(papers, 'linked-paper'));
	// The review records are a folder of their own, and stay.
	mkdirSync(join(papers, 'a-paper', 'reviews'));
	rmSync(join(papers, 'a-paper', 'glossary.yaml'));
	symlinkSync(join(FIXTURE, 'glossary.yaml'), join(papers, 'a-paper', 'glossary.yaml'));
	const message = (() => {
		try {
			readPapers(papers);
		} catch (error) {
			if (error instanceof ContentError) return error.message;
			throw error;
		}
		return '';
	})();
	expect(message).toMatch(/papers\/linked-paper:1:1 {2}not a paper folder \(a symbolic link\)/);
	expect(message).toMatch(/papers\/a-paper\/glossary\.yaml:1:1 {2}not a file but a link or a folder/);
	expect(message).not.toMatch(/a-paper\/reviews/);
});
