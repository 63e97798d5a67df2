/**
 * The downloads of the built site, read back with standard parsers and
 * compared with the model they were made from (the paper's folder, read
 * here afresh as the loader reads it) and with the pages: the aligned text
 * (TSV with csv-parse, as a CSV reader with a tab delimiter reads it; JSON)
 * and each edition's citation (BibTeX, RIS, CSL-JSON; citation-files.test.ts
 * checks their fields in detail).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { cslItem } from '../../src/lib/citation-files';
import { alignedRows, citable, downloads, tsv } from '../../src/lib/downloads';
import { findAll, notText, textOf, unitBlocks } from '../../src/lib/hast';
import { readPaperFolder } from '../../src/lib/paper/folder';
import { DIST, loadPage } from '../support/pages';

const ORIGIN = new URL('http://127.0.0.1:4321');
const PAPER = 'chatgpt-sora';
/** The paper as the build's loader reads it, from its folder, afresh. */
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const read = (file: string) => readFileSync(new URL(`downloads/${file}`, DIST), 'utf8');
const built = readdirSync(new URL('downloads/', DIST)).sort();
/** Citations carry the build's day as their access date: read it back from the file. */
const accessed = new Date(`${/urldate = \{([\d-]+)\}/.exec(read(`${PAPER}-zh.bib`))![1]}T12:00:00Z`);
const expected = downloads(paper, ORIGIN, accessed);
/** CSV readers take TSV as CSV with a tab delimiter: RFC 4180's quoting, strictly. */
const readTsv = (text: string): string[][] => parseCsv(text, { delimiter: '\t', record_delimiter: '\r\n' });

test('every file the model offers is built, and no other', () => {
	expect(built).toEqual(Object.keys(expected).sort());
	expect(built).toHaveLength(8);
});

test.each(built)('%s is what the model makes', (file) => {
	expect(read(file)).toBe(expected[file]!.body);
});

describe('the aligned text', () => {
	const rows = readTsv(read(`${PAPER}.tsv`));
	const model = alignedRows(paper).map((r) => [r.id, r.kind, r.zh, r.en]);

	test('the TSV reads back as the model’s rows, every field whole', () => {
		expect(rows[0]).toEqual(['id', 'kind', 'zh', 'en']);
		expect(rows.slice(1)).toEqual(model);
	});

	test('the JSON has the same rows', () => {
		const json = JSON.parse(read(`${PAPER}.json`)) as { units: { id: string; kind: string; zh: string; en: string }[] };
		expect(json.units.map((u) => [u.id, u.kind, u.zh, u.en])).toEqual(model);
	});

	test('one row per unit and note, matching the pages', () => {
		const units = (lang: string) => unitBlocks(loadPage(`/${lang}/${PAPER}/`)).map(({ id, el }) => ({ id, text: textOf(el, notText).replace(/\s+/g, ' ').trim() }));
		const [zh, en] = [units('zh'), units('en')];
		const body = rows.slice(1);
		expect(body.map((r) => r[0])).toEqual(zh.map((u) => u.id));
		body.forEach(([id, kind, zhText, enText], i) => {
			if (kind === 'note-missing') return expect([zhText, enText]).toEqual(['', '']);
			expect(zhText, id).toBe(zh[i]!.text);
			// The English page marks the author's abstract as his; the file gives the text alone.
			expect(en[i]!.text.endsWith(enText!), id).toBe(true);
		});
		expect(body.filter((r) => r[1] === 'note' || r[1] === 'note-missing')).toHaveLength(21);
	});

	test('a field that opens with a quote, or holds a quote, a tab or a line break, reads back whole', () => {
		const awkward = [
			['q1', 'p', '"引号"开头', '"Quoted" first'],
			['t1', 'p', '一\t二', 'one\ttwo'],
			['n1', 'p', '一\r\n二', 'a "b" c\nd'],
			['e1', 'note-missing', '', ''],
		];
		expect(readTsv(tsv(awkward))).toEqual(awkward);
		// Fields with nothing to quote stay bare, so that simple readers (cut, awk) still split the file.
		expect(tsv([['a', 'b “c”']])).toBe('a\tb “c”\r\n');
	});
});

describe('the citations', () => {
	test.each(['zh', 'en'] as const)('the %s edition’s BibTeX, RIS and CSL-JSON parse, and agree', (lang) => {
		const text = citable(paper, lang, ORIGIN, accessed);
		const url = `${ORIGIN.origin}/${lang}/${PAPER}/`;
		const bib = parseBibtex(read(`${PAPER}-${lang}.bib`), { sentenceCase: false, caseProtection: false });
		expect(bib.errors).toEqual([]);
		expect(bib.entries.map((e) => [e.type, e.key, e.fields.title, e.fields.url])).toEqual([['online', `${PAPER}-${lang}`, paper.meta.title[lang], url]]);
		expect(bib.entries[0]!.fields.translator).toEqual(lang === 'en' ? [{ name: paper.meta.translation.by.en }] : undefined);
		const [ris] = new Cite(read(`${PAPER}-${lang}.ris`)).data;
		expect(ris).toMatchObject({ type: 'webpage', id: `${PAPER}-${lang}`, title: paper.meta.title[lang], URL: url });
		expect(read(`${PAPER}-${lang}.ris`).includes(`\r\nA4  - ${paper.meta.translation.by.en}\r\n`)).toBe(lang === 'en');
		expect(JSON.parse(read(`${PAPER}-${lang}.csl.json`))).toEqual([cslItem(text)]);
	});

	test('the about page links every citation file of both editions', () => {
		const links = (ui: string) =>
			findAll(loadPage(`/${ui}/${PAPER}/about/`), (el) => el.tagName === 'a' && String(el.properties['href']).startsWith('/downloads/'))
				.map((el) => String(el.properties['href']).slice('/downloads/'.length))
				.sort();
		for (const ui of ['zh', 'en']) expect(links(ui)).toEqual(built);
	});
});
