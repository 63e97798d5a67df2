/**
 * The downloads of the built site, read back with standard parsers and
 * compared with the model they were made from (the paper's folder, read
 * here afresh as the loader reads it) and with the pages: the aligned text
 * (TSV with csv-parse, as a CSV reader with a tab delimiter reads it; JSON)
 * and each edition's citation (BibTeX, RIS, CSL-JSON; citation-files.test.ts
 * checks their fields in detail). tests/unit/downloads.test.ts feeds the
 * formats awkward text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { capitalize } from '../../src/lib/cite.ts';
import { cslItem } from '../../src/lib/citation-files.ts';
import { alignedRows, alignedSegments, citable, downloads } from '../../src/lib/downloads.ts';
import { EPUB_EDITIONS, epubFileName } from '../../src/lib/epub/editions.ts';
import { findAll, notText, textOf, unitBlocks } from '../../src/lib/html-tree.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { SEGMENT_STATES, segmentStates } from '../../src/lib/paper/quality.ts';
import { DIST, loadPage } from '../support/pages.ts';

const ORIGIN = new URL('http://127.0.0.1:4321');
const PAPER = 'chatgpt-sora';
/** The paper as the build's loader reads it, from its folder, afresh. */
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const read = (file: string) => readFileSync(new URL(`downloads/${file}`, DIST), 'utf8');
/** The files of the text and its citations; the EPUBs are tests/built/epub.test.ts's. */
const built = readdirSync(new URL('downloads/', DIST))
	.filter((file) => !file.endsWith('.epub'))
	.sort();
const books = EPUB_EDITIONS.map((edition) => epubFileName(PAPER, edition.id));
/** Citations carry the build's day as their access date: read it back from the file. */
const accessed = new Date(`${/urldate = \{([\d-]+)\}/.exec(read(`${PAPER}-zh.bib`))![1]}T12:00:00Z`);
const expected = downloads(paper, ORIGIN, accessed);
/** CSV readers take TSV as CSV with a tab delimiter: RFC 4180's quoting, strictly. */
const readTsv = (text: string): string[][] => parseCsv(text, { delimiter: '\t', record_delimiter: '\r\n' });

test('every file the model offers is built, and no other', () => {
	expect(built).toEqual(Object.keys(expected).sort());
	expect(built).toHaveLength(9);
	expect(readdirSync(new URL('downloads/', DIST)).filter((file) => file.endsWith('.epub'))).toEqual([...books].sort());
});

test.each(built)('%s is what the model makes', (file) => {
	expect(read(file)).toBe(expected[file]!.body);
});

describe('the aligned text', () => {
	const all = readTsv(read(`${PAPER}.tsv`));
	/** The paragraph table: the units' and notes' rows, without their unit column. */
	const rows = [
		['id', 'kind', 'zh', 'en', 'state'],
		...all
			.slice(1)
			.filter((r) => r[2] !== 'segment' && r[2] !== 'translator-note')
			.map(([id, , kind, zh, en, state]) => [id!, kind!, zh!, en!, state!]),
	];
	const sentences = all.slice(1).filter((r) => r[2] === 'segment');
	const model = alignedRows(paper).map((r) => [r.id, r.kind, r.zh, r.en, r.state]);
	const segmentModel = alignedSegments(paper).map((s) => [s.id, s.unit, 'segment', s.zh, s.en, s.state]);

	test('the TSV reads back as the model’s rows, every field whole: a unit, then its sentences', () => {
		expect(all[0]).toEqual(['id', 'unit', 'kind', 'zh', 'en', 'state']);
		expect(rows.slice(1)).toEqual(model);
		expect(sentences).toEqual(segmentModel);
		expect(sentences).toHaveLength(291);
		// Each sentence row follows its unit's row, and a unit's sentences join into its text.
		for (const [id, unit] of sentences)
			expect(
				all.findLastIndex((r) => r[0] === unit),
				id,
			).toBeLessThan(all.findIndex((r) => r[0] === id));
		for (const [id, , kind, zh, en] of all.slice(1).filter((r) => r[2] !== 'segment' && r[2] !== 'note-missing' && r[2] !== 'translator-note')) {
			const own = sentences.filter((s) => s[1] === id);
			expect(own.map((s) => s[3]).join(''), `${id} (${kind})`).toBe(zh);
			expect(own.map((s) => s[4]).join(' '), `${id} (${kind})`).toBe(en);
		}
	});

	test('the JSON has the same rows', () => {
		const json = JSON.parse(read(`${PAPER}.json`)) as {
			units: { id: string; kind: string; zh: string; en: string; state: string }[];
			segments: { id: string; unit: string; zh: string; en: string; state: string }[];
		};
		expect(json.units.map((u) => [u.id, u.kind, u.zh, u.en, u.state])).toEqual(model);
		expect(json.segments.map((s) => [s.id, s.unit, 'segment', s.zh, s.en, s.state])).toEqual(segmentModel);
	});

	test('every sentence says the state of its English, as the paper’s review records make it: TSV, JSON and TMX alike', () => {
		const states = segmentStates(paper.reviews, paper.text);
		expect(sentences.map((s) => [s[0], s[5]])).toEqual([...states]);
		expect(sentences.every((s) => (SEGMENT_STATES as readonly string[]).includes(s[5]!))).toBe(true);
		// The author's abstract is his, never "drafted" by the translators.
		expect(new Set(sentences.filter((s) => s[1] === 'abstract').map((s) => s[5]))).toEqual(new Set(['author']));
		const tus = [
			...read(`${PAPER}.tmx`).matchAll(/<tu tuid="([^"]+)">\n {3}<prop type="x-unit">[^<]*<\/prop>\n {3}<prop type="x-state">([a-z]+)<\/prop>/g),
		].map((m) => [m[1], m[2]]);
		expect(tus).toEqual([...states]);
	});

	test('the TMX translation memory parses as XML, one translation unit per sentence, Chinese as its source', () => {
		const xml = read(`${PAPER}.tmx`);
		expect(XMLValidator.validate(xml)).toBe(true);
		const tmx = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
			parseTagValue: false,
			trimValues: false,
		}).parse(xml) as {
			tmx: {
				version: string;
				header: { srclang: string; segtype: string };
				body: { tu: { tuid: string; prop: { type: string; '#text': string }[]; tuv: { 'xml:lang': string; seg: string }[] }[] };
			};
		};
		const prop = (tu: { prop: { type: string; '#text': string }[] }, type: string) => tu.prop.find((p) => p.type === type)?.['#text'];
		expect(tmx.tmx.version).toBe('1.4');
		expect(tmx.tmx.header).toMatchObject({ srclang: 'zh-CN', segtype: 'sentence' });
		expect(tmx.tmx.body.tu.map((tu) => [tu.tuid, prop(tu, 'x-unit'), 'segment', ...tu.tuv.map((v) => String(v.seg)), prop(tu, 'x-state')])).toEqual(
			segmentModel,
		);
		expect(tmx.tmx.body.tu.every((tu) => tu.tuv.map((v) => v['xml:lang']).join() === 'zh-CN,en')).toBe(true);
	});

	test('one row per unit and note, matching the pages', () => {
		const units = (lang: string) =>
			unitBlocks(loadPage(`/${lang}/${PAPER}/`)).map(({ id, el }) => ({ id, text: textOf(el, notText).replace(/\s+/g, ' ').trim() }));
		const [zh, en] = [units('zh'), units('en')];
		const body = rows.slice(1) as [string, string, string, string][];
		expect(body.map((r) => r[0])).toEqual(zh.map((u) => u.id));
		body.forEach(([id, kind, zhText, enText], i) => {
			if (kind === 'note-missing') return expect([zhText, enText]).toEqual(['', '']);
			expect(zhText, id).toBe(zh[i]!.text);
			// The English page marks the author's abstract as his; the file gives the text alone.
			expect(en[i]!.text.endsWith(enText!), id).toBe(true);
		});
		expect(body.filter((r) => r[1] === 'note' || r[1] === 'note-missing')).toHaveLength(21);
	});
});

describe('the citations', () => {
	test.each(['zh', 'en'] as const)('the %s edition’s BibTeX, RIS and CSL-JSON parse, and agree', (lang) => {
		const text = citable(paper, lang, ORIGIN, accessed);
		const url = `${ORIGIN.origin}/${lang}/${PAPER}/`;
		const bib = parseBibtex(read(`${PAPER}-${lang}.bib`), { sentenceCase: false, caseProtection: false });
		expect(bib.errors).toEqual([]);
		expect(bib.entries.map((e) => [e.type, e.key, e.fields.title, e.fields.url])).toEqual([['online', `${PAPER}-${lang}`, paper.meta.title[lang], url]]);
		expect(bib.entries[0]!.fields.translator).toEqual(lang === 'en' ? [{ name: capitalize(paper.meta.translation.by.en) }] : undefined);
		const [ris] = new Cite(read(`${PAPER}-${lang}.ris`)).data;
		expect(ris).toMatchObject({ type: 'webpage', id: `${PAPER}-${lang}`, title: paper.meta.title[lang], URL: url });
		expect(read(`${PAPER}-${lang}.ris`).includes(`\r\nA4  - ${capitalize(paper.meta.translation.by.en)}\r\n`)).toBe(lang === 'en');
		expect(JSON.parse(read(`${PAPER}-${lang}.csl.json`))).toEqual([cslItem(text)]);
	});

	test('the about page links every citation file of both editions, and the EPUBs', () => {
		const links = (ui: string) =>
			findAll(loadPage(`/${ui}/${PAPER}/about/`), (el) => el.tagName === 'a' && String(el.properties['href']).startsWith('/downloads/'))
				.map((el) => String(el.properties['href']).slice('/downloads/'.length))
				.sort();
		for (const ui of ['zh', 'en']) expect(links(ui)).toEqual([...built, ...books].sort());
	});
});
