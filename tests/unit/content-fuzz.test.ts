/**
 * The content fuzz test: generated malformed and hostile paper folders, fed
 * through the loader's own reader (`paperFromFiles`, in memory, no build),
 * each of which must end one of two ways:
 *
 * - refused, with located problems (a file of the folder, a line and column
 *   inside it, a fault), and nothing else thrown;
 * - or published whole: every payload word the generator wrote into a unit,
 *   a translator's note, a bibliography entry or the edition notes is in
 *   the rendered HTML (as text, or as the attribute it belongs to: a link's
 *   address and title), the units' words are in each download (TSV, JSON,
 *   TMX, read back with standard parsers, which agree with one another),
 *   and every Chinese character of the aligned text is counted in the pages
 *   and the downloads.
 *
 * The generator mutates the minimal fixture paper: every Markdown and MDX
 * node kind written into the text, attributes and attribute expressions,
 * ids (malformed, duplicated, the page's own), files (misnamed, unknown,
 * links), encodings (BOM, CRLF, GBK, broken UTF-8), control characters and
 * noncharacters (raw, by character reference, by YAML escape), and random
 * characters anywhere. Seeded (CONTENT_FUZZ_SEED, default 24) and bounded
 * in time (CONTENT_FUZZ_MS: 10 000 ms on CI, 4 000 ms in the fast loop); it prints how many cases it
 * tried and how each ended. A failure names the seed and the case, which
 * `CONTENT_FUZZ_SEED=<seed> CONTENT_FUZZ_CASES=<n>` replays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Nodes } from 'hast';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { downloads } from '../../src/lib/downloads.ts';
import { findAll, parseHtml, textOf } from '../../src/lib/html-tree.ts';
import { type FolderFiles, paperFromFiles } from '../../src/lib/paper/folder.ts';
import { type InlineContext, renderInline, renderMarkdownInline, renderMarkdownProse } from '../../src/lib/paper/inline.ts';
import type { Lang } from '../../src/lib/paper/model.ts';
import { ContentError } from '../../src/lib/paper/problems.ts';
import type { Paper } from '../../src/lib/papers.ts';

const SEED = Number(process.env['CONTENT_FUZZ_SEED'] ?? 24);
// CI gives the fuzz test longer; the fast loop (npm run test:unit) keeps it short.
const BUDGET_MS = Number(process.env['CONTENT_FUZZ_MS'] ?? (process.env['CI'] ? 10_000 : 4_000));
const MAX_CASES = Number(process.env['CONTENT_FUZZ_CASES'] ?? Infinity);

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const FIXTURE_FILES: ReadonlyMap<string, Uint8Array> = new Map(readdirSync(FIXTURE).map((name) => [name, new Uint8Array(readFileSync(join(FIXTURE, name)))]));
const DIR = 'papers/fuzz';
const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Where a payload word must be found if the folder is published: in text, or in an attribute (a link's href or title). */
type Placement = 'text' | 'attribute';
/** What a payload word was written into. */
type Home = 'unit' | 'translator-note' | 'bibliography' | 'edition';
interface Payload {
	word: string;
	placement: Placement;
	home: Home;
}

interface Case {
	files: Map<string, Uint8Array>;
	others: string[];
	payloads: Payload[];
	/** What was done, for a failure's message. */
	steps: string[];
	/** The <Zh> and <En> that hold a fragment already, by unit and language. */
	touched: Set<string>;
}

/** Control characters, noncharacters and other characters content may not hold, and some it may. */
const HOSTILE_CHARACTERS = [
	'\u0000',
	'\u0007',
	'\u0008',
	'\u000b',
	'\u000c',
	'\u000d',
	'\u001b',
	'\u007f',
	'\u0085',
	'\u009f',
	'\ufdd0',
	'\ufffd',
	'\ufffe',
	'\uffff',
	'\u{1fffe}',
	'\u{10ffff}',
	'\ud800',
	'\udfff',
];
const ODD_CHARACTERS = [
	'\u200b',
	'\u200d',
	'\u202e',
	'\u00a0',
	'&nbsp;',
	'\u3000',
	'\u3000\u3000',
	'\u2003',
	'\u2028',
	'\u2029',
	'\ufeff',
	'\u0301',
	'😀',
	'𠀀',
	'中',
	'\t',
	'<',
	'>',
	'&',
	'"',
	"'",
	'\\',
	'{',
	'}',
	'*',
	'_',
	'`',
	'[',
	']',
	'#',
	'|',
	'~',
	'$',
];

function generator(next: () => number) {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	let counter = 0;
	/** A fresh payload word: letters only, so that no markup reads it, and unique in the case. */
	const word = (): string => `qx${(counter++).toString(36)}${Array.from({ length: 4 }, () => pick([...'bcdfghjkmnpqrstvwz'])).join('')}`;

	/**
	 * Inline fragments: each a piece of Markdown or MDX holding payload words, and where each word must be
	 * found if the text is published. A word in a comment is not content, so it is owed nowhere.
	 */
	const FRAGMENTS: ((lang: Lang) => { text: string; words: [string, Placement | 'none' | 'translator-note'][] })[] = [
		() => ((w) => ({ text: w, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `*${w}*`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `**${w}**`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `_${w}_ `, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `***${w}***`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `\`${w}\``, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `![${w}](x.png)`, words: [[w, 'text']] }))(word()),
		() =>
			((w, u, t) => ({
				text: `[${w}](https://example.org/${u} "${t}")`,
				words: [
					[w, 'text'],
					[u, 'attribute'],
					[t, 'attribute'],
				],
			}))(word(), word(), word()),
		() =>
			((w, u) => ({
				text: `[${w}](/${u}/)`,
				words: [
					[w, 'text'],
					[u, 'attribute'],
				],
			}))(word(), word()),
		() => ((w) => ({ text: `[${w}](/\\evil.example/)`, words: [[w, 'text']] }))(word()),
		() =>
			((w) => ({
				text: `[${w}](${pick(['javascript:alert(1)', '//evil.example', 'data:text/html,x', '\\\\evil.example', 'https:\\\\evil.example', 'java\tscript:x'])})`,
				words: [[w, 'text']],
			}))(word()),
		() => ((w) => ({ text: `[${w}]`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `<Ref to="n1">${w}</Ref>`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `<Tn id="tn-${w}">${w}</Tn>`, words: [[w, 'translator-note']] }))(word()),
		() => ((w) => ({ text: `<b>${w}</b>`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `<span onClick={() => alert(1)}>${w}</span>`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `{'${w}'}`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `{/* ${w} */}`, words: [[w, 'none']] }))(word()),
		() => ((w) => ({ text: `~~${w}~~`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${w}[^1]`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `\\*${w}\\*`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `&amp;${w}&lt;`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${pick(['&#7;', '&#x85;', '&#xFFFF;', '&#0;', '&#xD800;', '&#65;', '&nbsp;', '&unknown;'])}${w}`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${pick(HOSTILE_CHARACTERS)}${w}`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${pick(ODD_CHARACTERS)}${w}${pick(ODD_CHARACTERS)}`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `<https://${w}.example>`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `https://${w}.example`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `<!-- ${w} -->`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${w}  \n`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `${w}\\\n`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `\n${w}`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `\n\n${w}`, words: [[w, 'text']] }))(word()),
		() =>
			((w) => ({
				text: `\n${pick(['# ', '## ', '- ', '* ', '1. ', '2024. ', '> ', '    ', '| ', '```\n', '---\n', '<', '=== '])}${w}\n`,
				words: [[w, 'text']],
			}))(word()),
		() => ((w) => ({ text: `\n| ${w} | a |\n| - | - |\n`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `$${w}$`, words: [[w, 'text']] }))(word()),
		() => ((w) => ({ text: `中文${w}，“引号”`, words: [[w, 'text']] }))(word()),
	];

	/** A fragment, as text, with its payloads, written in `home`. */
	const fragment = (lang: Lang, home: Home): { text: string; payloads: Payload[] } => {
		const { text, words } = pick(FRAGMENTS)(lang);
		return {
			text,
			payloads: words.flatMap(([w, placement]): Payload[] =>
				placement === 'none'
					? []
					: placement === 'translator-note'
						? [{ word: w, placement: 'text', home: home === 'unit' ? 'translator-note' : home }]
						: [{ word: w, placement, home }],
			),
		};
	};

	const ELEMENT_OPENINGS = /<(?:Abstract|H2|P|Note|Zh|En|Ref|Tn)\b[^>]*?(?=\/?>)/g;
	const ATTRIBUTES = [
		'onClick={() => alert(1)}',
		'{...props}',
		'onclick="alert(1)"',
		'class="x"',
		'by={"author"}',
		'by="author"',
		'by="nobody"',
		'lang="fr"',
		'missing',
		'missing="yes"',
		'work="w"',
		'id="s1"',
		'id={"x"}',
		'to="n1"',
		'style={{color: "red"}}',
		'dangerouslySetInnerHTML={{__html: "x"}}',
	];
	const IDS = [
		'search-dialog',
		'note-popover',
		'reader-settings',
		'main',
		'ref-n1',
		'ref-tn-second',
		'tn-heading',
		'notes-heading',
		'toc-heading',
		'work-x',
		'search-option-1',
		'lookup',
		'S1',
		'a.b',
		'a--b',
		'',
		's1',
		'n1',
		'abstract',
		'中',
	];
	const FILES = [
		'glossary.yml',
		'Glossary.yaml',
		'bibliography.yml',
		'paper.md',
		'edition.fr.md',
		'edition.zh-hant.md',
		'edition.en.mdx',
		'notes.txt',
		'.DS_Store',
		'README.md',
		'source.TXT',
		'paper.mdx~',
	];

	/** Positions in `text` between `from` and `to` that are not inside a tag, nor inside a translator's note (whose words are not the unit's). */
	const textPositions = (text: string, from: number, to: number): number[] => {
		const positions: number[] = [];
		let inTag = false;
		let inNote = false;
		for (let i = from; i <= to; i++) {
			if (!inTag && !inNote) positions.push(i);
			if (text.startsWith('<Tn', i)) inNote = true;
			else if (text.startsWith('</Tn>', i)) inNote = false;
			if (text[i] === '<') inTag = true;
			else if (text[i] === '>') inTag = false;
		}
		return positions;
	};

	/** The contents of every <Zh> and <En>: where it starts and ends, its language, and its unit (by the id before it). */
	const contents = (mdx: string) =>
		[...mdx.matchAll(/<(Zh|En)\b[^>]*>([^]*?)<\/\1>/g)].map((m) => {
			const lang = (m[1] === 'Zh' ? 'zh' : 'en') as Lang;
			const unit = [...mdx.slice(0, m.index).matchAll(/<(?:Abstract|H2|P|Note)\b[^>]*?\bid="([^"]*)"/g)].at(-1)?.[1] ?? '';
			return { lang, key: `${unit}:${lang}`, unit, start: m.index + m[0].indexOf('>') + 1, end: m.index + m[0].length - m[1]!.length - 3 };
		});

	const edit = (c: Case, name: string, change: (text: string) => string) => {
		const bytes = c.files.get(name);
		if (bytes) c.files.set(name, utf8(change(decode(bytes))));
	};

	const MUTATIONS: ((c: Case) => void)[] = [
		// Fragments in a unit's text, in one language or both (the same fragment, so segments stay paired).
		// One fragment per <Zh> or <En> in a case, so that no fragment lands inside another (which would split its words).
		...Array<(c: Case) => void>(6).fill((c) => {
			edit(c, 'paper.mdx', (mdx) => {
				const all = contents(mdx).filter((t) => !c.touched.has(t.key));
				if (all.length === 0) return mdx;
				const target = pick(all);
				const both = next() < 0.5;
				const targets = both ? all.filter((t) => t.unit === target.unit) : [target];
				for (const t of targets) c.touched.add(t.key);
				let out = mdx;
				// From the last, so that earlier positions stay where they were.
				for (const t of [...targets].sort((a, b) => b.start - a.start)) {
					const f = fragment(t.lang, 'unit');
					const at = pick(textPositions(out, t.start, t.end));
					out = out.slice(0, at) + f.text + out.slice(at);
					c.payloads.push(...f.payloads);
					c.steps.push(`wrote ${JSON.stringify(f.text)} into a <${t.lang === 'zh' ? 'Zh' : 'En'}> at ${at}`);
				}
				return out;
			});
		}),
		// An attribute on an element.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const openings = [...mdx.matchAll(ELEMENT_OPENINGS)];
				const target = pick(openings);
				const attribute = pick(ATTRIBUTES);
				c.steps.push(`added ${attribute} to ${target[0]}`);
				const at = target.index + target[0].length;
				return `${mdx.slice(0, at)} ${attribute}${mdx.slice(at)}`;
			}),
		// An id.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const ids = [...mdx.matchAll(/\bid="([^"]*)"/g)];
				const target = pick(ids);
				const id = pick(IDS);
				c.steps.push(`changed ${target[0]} to id="${id}"`);
				return mdx.slice(0, target.index) + `id="${id}"` + mdx.slice(target.index + target[0].length);
			}),
		// A unit element's name.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const from = pick(['P', 'H2', 'Zh', 'En', 'Note', 'Abstract']);
				const to = pick(['p', 'H5', 'Div', 'Zh', 'En', 'P', 'Fragment', 'script']);
				c.steps.push(`renamed <${from}> to <${to}>`);
				return mdx.replace(`<${from}`, `<${to}`).replace(`</${from}>`, `</${to}>`);
			}),
		// Something between units.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const w = word();
				const thing = pick([
					`${w}\n`,
					`{/* ${w} */}\n`,
					`{"${w}"}\n`,
					`import x from "${w}";\n`,
					`export const ${w} = 1;\n`,
					`<Ref to="n1"/>\n`,
					`# ${w}\n`,
					`<div>${w}</div>\n`,
				]);
				c.steps.push(`wrote ${JSON.stringify(thing)} between units`);
				const at = mdx.indexOf('\n<P id="s1-p2">');
				return `${mdx.slice(0, at)}\n${thing}${mdx.slice(at)}`;
			}),
		// A metadata field.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const value = pick([
					`A Title${pick(HOSTILE_CHARACTERS)}`,
					`"A Title\\a"`,
					`"\\x85"`,
					`"\\uFFFE"`,
					`</title><script>alert(1)</script>`,
					`""`,
					`[a, b]`,
					`"A\\nB"`,
					`A ${pick(ODD_CHARACTERS)} Title`,
				]);
				c.steps.push(`set the English title to ${JSON.stringify(value)}`);
				return mdx.replace('en: A Test Paper', `en: ${value}`);
			}),
		// The glossary: an id, a note, a YAML escape.
		(c) =>
			edit(c, 'glossary.yaml', (yaml) => {
				const change = pick([
					() => yaml.replace('id: paragraph', `id: ${pick(IDS) || '""'}`),
					() => yaml.replace('en: A unit of text.', `en: "A unit${pick(['\\a', '\\x85', '\\uFFFF', '\\0', '\\e', '\\t', '\\u200B'])} of text."`),
					() => yaml.replace('en: A unit of text.', `en: A unit${pick(HOSTILE_CHARACTERS)} of text.`),
					() => yaml.replace('zh: 段', 'zh: ""'),
					() => `${yaml}\nextra: 1\n`,
				]);
				c.steps.push('changed the glossary');
				return change();
			}),
		// A bibliography entry, cited by the note.
		(c) => {
			const f = fragment('en', 'bibliography');
			const yamlString = JSON.stringify(`A Book ${f.text}.`);
			c.files.set('bibliography.yaml', utf8(`works:\n  - id: w\n    zh: 一本书。\n    en: ${yamlString}\n`));
			c.payloads = c.payloads.filter((p) => p.home !== 'bibliography');
			edit(c, 'paper.mdx', (mdx) => mdx.replace('<Note id="n1">', '<Note id="n1" work="w">'));
			c.payloads.push(...f.payloads);
			c.steps.push(`wrote the bibliography entry ${yamlString}`);
		},
		// The edition notes.
		(c) => {
			const f = fragment('en', 'edition');
			const prose = `## How it was made\n\nProse ${f.text} and more.\n`;
			c.files.set('edition.en.md', utf8(prose));
			c.payloads = c.payloads.filter((p) => p.home !== 'edition');
			c.payloads.push(...f.payloads);
			c.steps.push(`wrote the edition notes ${JSON.stringify(prose)}`);
		},
		// A file too many, misnamed, or a link.
		(c) => {
			const name = pick(FILES);
			if (next() < 0.3 && name.startsWith('glossary') && c.files.has('glossary.yaml')) {
				c.files.set(name, c.files.get('glossary.yaml')!);
				c.files.delete('glossary.yaml');
			} else c.files.set(name, utf8('Something.\n'));
			c.steps.push(`added the file ${name}`);
		},
		(c) => {
			const name = pick(['glossary.yaml', 'bibliography.yaml', 'edition.en.md', 'images']);
			c.files.delete(name);
			c.others.push(name);
			c.steps.push(`made ${name} a link or a folder`);
		},
		// Encodings.
		(c) => {
			const name = pick([...c.files.keys()].filter((n) => n !== 'source.txt'));
			const bytes = c.files.get(name)!;
			const at = Math.floor(next() * bytes.length);
			const how = pick(['bom', 'crlf', 'gbk', 'broken', 'surrogate', 'cr']);
			const insert = { bom: [0xef, 0xbb, 0xbf], crlf: [], gbk: [0xb2, 0xe2], broken: [0xe4, 0xb8], surrogate: [0xed, 0xa0, 0x80], cr: [0x0d] }[how]!;
			if (how === 'crlf') c.files.set(name, utf8(decode(bytes).replaceAll('\n', '\r\n')));
			else if (how === 'bom') c.files.set(name, new Uint8Array([...insert, ...bytes]));
			else c.files.set(name, new Uint8Array([...bytes.slice(0, at), ...insert, ...bytes.slice(at)]));
			c.steps.push(`${how} in ${name} at ${at}`);
		},
		// A random character anywhere in paper.mdx.
		(c) =>
			edit(c, 'paper.mdx', (mdx) => {
				const at = Math.floor(next() * mdx.length);
				const char = pick([...HOSTILE_CHARACTERS, ...ODD_CHARACTERS, '\n', ' ', '/', '=']);
				c.steps.push(`inserted ${JSON.stringify(char)} at ${at} of paper.mdx`);
				return mdx.slice(0, at) + char + mdx.slice(at);
			}),
	];

	return (): Case => {
		const c: Case = { files: new Map(FIXTURE_FILES), others: [], payloads: [], steps: [], touched: new Set() };
		const count = 1 + Math.floor(next() * 3);
		for (let i = 0; i < count; i++) pick(MUTATIONS)(c);
		return c;
	};
}

const LABELS: NonNullable<InlineContext['labels']> = { note: (n) => `Note ${n}`, missingNote: ' (missing)', translatorNote: (n) => `Translator's note ${n}` };
const HAN = /\p{Script=Han}/gu;
const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;
/** The characters of a text beyond ASCII, sorted: what rewriting a "space" (U+3000 to " ") or dropping one changes. */
const beyondAscii = (text: string): string =>
	[...text]
		.filter((ch) => ch.codePointAt(0)! > 0x7f)
		.sort()
		.join('');

/** The text of an HTML fragment, and its attributes' values. */
function readHtml(html: string): { text: string; attributes: string } {
	const root = parseHtml(html);
	const attributes = findAll(root as Nodes, () => true)
		.flatMap((el: Element) => Object.values(el.properties).map(String))
		.join(' ');
	return { text: textOf(root as Nodes), attributes };
}

/** The lines of each unit element with a well-formed id: its opening and its closing tag's. */
function unitLines(mdx: string): { id: string; from: number; to: number }[] {
	const lineAt = (index: number) => mdx.slice(0, index).split('\n').length;
	return [...mdx.matchAll(/^<(Abstract|H2|P|Note) id="([a-z0-9]+(?:-[a-z0-9]+)*)"[^>\n]*>$/gm)].flatMap((m) => {
		const close = mdx.indexOf(`\n</${m[1]}>`, m.index);
		return close < 0 ? [] : [{ id: m[2]!, from: lineAt(m.index), to: lineAt(close + 1) }];
	});
}

/** Why a refusal is not a located one, or undefined. */
function unlocated(error: ContentError, c: Case): string | undefined {
	if (error.problems.length === 0) return 'a ContentError without problems';
	for (const p of error.problems) {
		const name = p.file.startsWith(`${DIR}/`) ? p.file.slice(DIR.length + 1) : undefined;
		if (name === undefined) return `a problem outside the folder: ${p.file}`;
		if (!Number.isInteger(p.line) || p.line < 1 || !Number.isInteger(p.column) || p.column < 1) return `no line and column: ${JSON.stringify(p)}`;
		const bytes = name === '' ? undefined : c.files.get(name);
		if (bytes && p.line > decode(bytes).split('\n').length + 1) return `a line past the end of ${name}: ${JSON.stringify(p)}`;
		if (name !== '' && !bytes && !c.others.includes(name) && !(name === 'paper.mdx' && /^missing/.test(p.fault)) && !/is not in the folder/.test(p.fault))
			return `a file the folder does not hold: ${p.file}`;
		if (typeof p.fault !== 'string' || p.fault.trim() === '' || /\[object /.test(p.fault)) return `no fault, or a broken one: ${JSON.stringify(p)}`;
		if (p.unit !== undefined && (typeof p.unit !== 'string' || p.unit === '')) return `a unit that is not a name: ${JSON.stringify(p)}`;
		if (name === 'paper.mdx' && p.unit === undefined && bytes) {
			const inside = unitLines(decode(bytes)).find((u) => u.from < p.line && p.line < u.to);
			if (inside) return `a problem inside unit "${inside.id}" that does not name it: ${JSON.stringify(p)}`;
		}
	}
	return undefined;
}

/** What a published paper lost, if anything: payloads not found, Chinese characters not counted, downloads that disagree. */
function losses(paper: Paper, c: Case): string[] {
	const found: string[] = [];
	const ctx = (lang: Lang): InlineContext => ({ paper: paper.text, lang, backTargets: true, labels: LABELS });
	const units = [...paper.text.units, ...paper.text.notes];
	const unitHtml = units.flatMap((u) => (['zh', 'en'] as const).map((lang) => readHtml(renderInline(u.text[lang], ctx(lang)))));
	const tnHtml = paper.text.translatorNotes.map((tn) => readHtml(renderInline(tn.content, ctx('en'))));
	const bibliographyHtml = paper.bibliography.flatMap((w) => [readHtml(renderMarkdownInline(w.zh)), readHtml(renderMarkdownInline(w.en, 'en'))]);
	const editionHtml = (['zh', 'en'] as const).flatMap((lang) => (paper.editions[lang] ? [readHtml(renderMarkdownProse(paper.editions[lang]!, lang))] : []));
	const pages: Record<Home, { text: string; attributes: string }[]> = {
		unit: unitHtml,
		'translator-note': tnHtml,
		bibliography: bibliographyHtml,
		edition: editionHtml,
	};

	const files = downloads(paper, new URL('https://example.org/'), new Date('2026-01-01T00:00:00Z'));
	const tsvRows: string[][] = parseCsv(files[`${paper.id}.tsv`]!.body, { delimiter: '\t', record_delimiter: '\r\n' });
	const json = JSON.parse(files[`${paper.id}.json`]!.body) as {
		units: { id: string; zh: string; en: string }[];
		segments: { id: string; zh: string; en: string }[];
	};
	const tmx = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(files[`${paper.id}.tmx`]!.body) as {
		tmx: { body: { tu?: unknown } };
	};
	const tus = ([] as { '@_tuid': string; tuv: { seg: unknown }[] }[]).concat((tmx.tmx.body.tu ?? []) as never);
	const tmxSegments = tus.map((tu) => ({ id: tu['@_tuid'], zh: String(tu.tuv[0]!.seg ?? ''), en: String(tu.tuv[1]!.seg ?? '') }));
	const downloadsText = { tsv: tsvRows.flat().join('\n'), json: JSON.stringify(json), tmx: tmxSegments.map((s) => `${s.zh}\n${s.en}`).join('\n') };

	for (const payload of c.payloads) {
		const where = pages[payload.home];
		if (!where.some((h) => (payload.placement === 'text' ? h.text : `${h.attributes} ${h.text}`).includes(payload.word)))
			found.push(`${payload.home} word “${payload.word}” (${payload.placement}) is not on the page`);
		if (payload.home === 'unit' && payload.placement === 'text') {
			for (const [name, text] of Object.entries(downloadsText))
				if (!text.includes(payload.word)) found.push(`unit word “${payload.word}” is not in the ${name} download`);
		}
	}

	// The segments agree in the three downloads.
	const tsvSegments = tsvRows.filter((r) => r[2] === 'segment').map((r) => ({ id: r[0], zh: r[3], en: r[4] }));
	const jsonSegments = json.segments.map((s) => ({ id: s.id, zh: s.zh, en: s.en }));
	if (JSON.stringify(tsvSegments) !== JSON.stringify(jsonSegments)) found.push('the TSV and the JSON segments differ');
	if (JSON.stringify(tmxSegments) !== JSON.stringify(jsonSegments))
		found.push(`the TMX and the JSON segments differ: ${JSON.stringify(tmxSegments).slice(0, 300)}`);

	// Every Chinese character of the aligned text, outside comments, is on the pages and in the downloads.
	const mdx = decode(c.files.get('paper.mdx')!);
	const body = mdx.replace(/^\uFEFF?---\r?\n[^]*?\r?\n---/, '').replace(/\{\/\*[^]*?\*\/\}/g, '');
	const source = hanCount(body);
	// A character in a link's address is shown as its attribute; an autolink shows its address as text too.
	const shown = [...unitHtml, ...tnHtml].reduce((n, h) => n + hanCount(h.text), 0);
	const inAttributes = [...unitHtml, ...tnHtml].reduce((n, h) => n + hanCount(h.attributes), 0);
	if (shown > source || source > shown + inAttributes)
		found.push(`paper.mdx holds ${source} Chinese characters, the pages show ${shown} (and ${inAttributes} in attributes)`);
	const unitText = unitHtml.reduce((n, h) => n + hanCount(h.text), 0);
	const rows = json.units.reduce((n, u) => n + hanCount(u.zh) + hanCount(u.en), 0);
	if (rows !== unitText) found.push(`the units' pages show ${unitText} Chinese characters, the downloads hold ${rows}`);
	// Beyond Han: each unit's characters past ASCII (U+3000, NBSP, U+2028, U+FEFF, emoji…) are the same on its page and in its
	// download rows, and no ASCII text character is gained or lost either (only ASCII whitespace may be collapsed).
	units.forEach((u, i) => {
		const row = json.units.find((r) => r.id === u.id);
		for (const [k, lang] of (['zh', 'en'] as const).entries()) {
			const page = unitHtml[i * 2 + k]!.text;
			const download = row?.[lang] ?? '';
			if (beyondAscii(page) !== beyondAscii(download))
				found.push(
					`unit "${u.id}" (${lang}): the page holds ${JSON.stringify(beyondAscii(page))} beyond ASCII, the download ${JSON.stringify(beyondAscii(download))}`,
				);
		}
	});
	// Every character of the source's unit text beyond ASCII that is not in a comment or a link's address is on a page.
	// Inside a JSX tag (`<Zh　>`), U+3000 and NBSP are whitespace to the parser, as in JavaScript: markup, not text.
	const sourceBeyond = [...body.replace(/<\/?[^<>\n]*>/g, (tag) => tag.replace(/\s/g, ''))].filter((ch) => ch.codePointAt(0)! > 0x7f).length;
	const pagesBeyond = [...unitHtml, ...tnHtml].reduce((n, h) => n + [...h.text].filter((ch) => ch.codePointAt(0)! > 0x7f).length, 0);
	const attributesBeyond = [...unitHtml, ...tnHtml].reduce((n, h) => n + [...h.attributes].filter((ch) => ch.codePointAt(0)! > 0x7f).length, 0);
	if (sourceBeyond > pagesBeyond + attributesBeyond)
		found.push(`paper.mdx holds ${sourceBeyond} characters beyond ASCII, the pages show ${pagesBeyond} (and ${attributesBeyond} in attributes)`);
	return found;
}

test(`content fuzz (seed ${SEED}): every generated folder is refused with a located error, or published whole`, { timeout: BUDGET_MS + 60_000 }, () => {
	const generate = generator(random(SEED));
	const outcomes = { refused: 0, published: 0 };
	const failures: string[] = [];
	const started = performance.now();
	let tried = 0;
	while (tried < MAX_CASES && performance.now() - started < BUDGET_MS && failures.length < 20) {
		const c = generate();
		tried++;
		const describe = () => `case ${tried} (CONTENT_FUZZ_SEED=${SEED} CONTENT_FUZZ_CASES=${tried}): ${c.steps.join('; ')}`;
		let paper: Paper;
		try {
			paper = paperFromFiles('fuzz', DIR, c.files as FolderFiles, c.others);
		} catch (error) {
			if (!(error instanceof ContentError)) {
				failures.push(`${describe()}\n  threw instead of a located error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
				continue;
			}
			const fault = unlocated(error, c);
			if (fault) failures.push(`${describe()}\n  ${fault}`);
			outcomes.refused++;
			continue;
		}
		try {
			const lost = losses(paper, c);
			if (lost.length > 0) failures.push(`${describe()}\n  published with losses: ${lost.join('; ')}`);
			else outcomes.published++;
		} catch (error) {
			failures.push(`${describe()}\n  published, then failed to render or download: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`content fuzz: seed ${SEED}, ${tried} cases in ${seconds} s: ${outcomes.refused} refused with a located error, ${outcomes.published} published whole, ${failures.length} failed`,
	);
	expect(failures, failures.join('\n\n')).toEqual([]);
	// The generator reaches both ends: a fuzz test that only ever refuses proves nothing about losses.
	expect(outcomes.refused).toBeGreaterThan(0);
	expect(outcomes.published).toBeGreaterThan(0);
});
