/**
 * The citation files: each format written out by hand for the sample texts,
 * then every sample (and one full of characters the formats treat as
 * syntax) read back with a standard parser: @retorquere/bibtex-parser (the
 * parser of Better BibTeX for Zotero), Citation.js for RIS (it follows the
 * RIS specification), and citeproc-js for CSL-JSON. Where Zotero reads a
 * tag the specification does not define (RIS `A4` for a web page's
 * translator), the test checks the tag Zotero's RIS translator maps.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import type { CitableText } from '../../src/lib/cite.ts';
import { escapeRegExp } from '../../src/lib/escape.ts';
import { bibtex, citationFileName, citationNote, cslItem, cslJson, ris } from '../../src/lib/citation-files.ts';
import { formatWithCsl } from '../support/csl.ts';
import { capitalize } from '../../src/lib/cite.ts';
import { enDoc, enKnownUnit, enUnit, SAMPLES, TEAM, TITLE_EN, TITLE_ZH, zhDoc, zhKnown, zhUnit } from '../support/citable.ts';

/** A text full of what BibTeX, RIS and TSV treat as syntax: braces, quotes, TeX specials, a tab, line breaks. */
const awkward: CitableText = {
	...enUnit,
	title: { zh: '成本：“引号”', en: '"Costs" & {Margins}: 100% of $5,\t#1_a ~y^ \\z\r\nand a } alone' },
	siteName: { zh: '站', en: 'R&D_Site {beta}' },
	translator: 'Team "Q" {x}',
};
/** What TeX's default encoding prints as other glyphs (`<` as ¡, `>` as ¿, `|` as an em dash). */
const angled: CitableText = { ...enUnit, title: { zh: '比较：a<b>c', en: 'If a < b and b > c | or <script>' }, siteName: { zh: '站', en: '<Site> | Texts' } };
const ALL = { ...SAMPLES, awkward, angled };

describe('bibtex', () => {
	test('the Chinese edition: names braced, unknowns and the translation in the note, no author or date field', () => {
		expect(bibtex(zhDoc)).toBe(
			[
				'@online{chatgpt-sora-zh,',
				'\ttitle = {从{ChatGPT}到{Sora}：生成逻辑、哲学本质与世界图景},',
				'\torganization = {双语学术文库},',
				'\tlanguage = {chinese},',
				'\turl = {https://example.org/zh/chatgpt-sora/},',
				'\turldate = {2026-11-25},',
				'\tnote = {编者拟题（原文无标题）；作者不详；原载处不详；年份不详；英译本 https://example.org/en/chatgpt-sora/},',
				'}',
				'',
			].join('\n'),
		);
	});

	test('the English edition, one paragraph: the translator as translator, the original by title and language', () => {
		expect(bibtex(enUnit)).toBe(
			[
				'@online{chatgpt-sora-en-s2-1-p3,',
				'\ttitle = {From {ChatGPT} to {Sora}: Generative Logic, Philosophical Essence, and World Picture},',
				'\ttranslator = {{The site’s editorial team}},',
				'\torganization = {Bilingual Scholarly Texts},',
				'\tlanguage = {english},',
				'\torigtitle = {从{ChatGPT}到{Sora}：生成逻辑、哲学本质与世界图景},',
				'\toriglanguage = {chinese},',
				'\turl = {https://example.org/en/chatgpt-sora/#s2-1-p3},',
				'\turldate = {2026-11-25},',
				'\tnote = {Editorial title (the source has none); author unknown; original venue unknown; year unknown; translated by the site’s editorial team from the Chinese original, https://example.org/zh/chatgpt-sora/; cited at section 2.1, paragraph 3},',
				'}',
				'',
			].join('\n'),
		);
	});

	test('known facts: author braced whole, a date, the venue in the note', () => {
		const entry = bibtex(zhKnown);
		expect(entry).toContain('\tauthor = {{张三}},\n');
		expect(entry).toContain('\tdate = {2024},\n');
		expect(entry).toContain('\tnote = {原载于某学报；英译本 https://example.org/en/chatgpt-sora/},\n');
	});

	test('braces, quotes, TeX specials, tabs and line breaks are escaped: a brace cannot end a field', () => {
		expect(bibtex(awkward)).toContain(
			'\ttitle = {{"}Costs{"} \\& \\textbraceleft{}Margins\\textbraceright{}: 100\\% of \\$5, \\#1\\_a \\textasciitilde{}y\\textasciicircum{} \\textbackslash{}z and a \\textbraceright{} alone},\n',
		);
	});

	test.each(Object.entries(ALL))('%s reads back, field for field', (_, text) => {
		const library = parseBibtex(bibtex(text), { sentenceCase: false, caseProtection: false });
		expect(library.errors).toEqual([]);
		expect(library.entries).toHaveLength(1);
		const { type, key, fields } = library.entries[0]!;
		const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
		expect([type, key]).toEqual(['online', citationFileName(text, 'bib').replace(/\.bib$/, '')]);
		expect(fields.title).toBe(oneLine(text.title[text.lang]));
		expect(fields.organization).toEqual([oneLine(text.siteName[text.lang])]);
		expect(fields.language).toBe(text.lang === 'zh' ? 'chinese' : 'english');
		expect(fields.url).toBe(`${text.urls[text.lang]}${text.unit ? `#${text.unit.id}` : ''}`);
		expect(fields.urldate).toBe('2026-11-25');
		expect(fields.note).toBe(oneLine(citationNote(text)));
		expect(fields.author).toEqual(text.author ? [{ name: text.author[text.lang] }] : undefined);
		// One name, not a given and a family name.
		expect(fields.translator).toEqual(text.translator ? [{ name: oneLine(capitalize(text.translator)) }] : undefined);
		expect(fields.origtitle).toBe(text.translator ? oneLine(text.title.zh) : undefined);
		expect(fields.origlanguage).toBe(text.translator ? 'chinese' : undefined);
		// The version's day is the entry's date, the original's year its origdate.
		expect(fields.date).toBe(text.version?.date ?? (text.year === undefined ? undefined : String(text.year)));
		expect(fields.version).toBe(text.version?.number);
		expect(fields.origdate).toBe(text.version && text.year !== undefined ? String(text.year) : undefined);
	});
});

describe('ris', () => {
	test('the Chinese edition: TY first, ER last, no AU or PY, CR LF endings', () => {
		expect(ris(zhDoc)).toBe(
			'TY  - ELEC\r\n' +
				`TI  - ${TITLE_ZH}\r\n` +
				'T2  - 双语学术文库\r\n' +
				'LA  - zh-CN\r\n' +
				'UR  - https://example.org/zh/chatgpt-sora/\r\n' +
				'Y2  - 2026/11/25\r\n' +
				'M1  - 2026/11/25\r\n' +
				'N1  - 编者拟题（原文无标题）；作者不详；原载处不详；年份不详；英译本 https://example.org/en/chatgpt-sora/\r\n' +
				'ID  - chatgpt-sora-zh\r\n' +
				'ER  - \r\n',
		);
	});

	test('the English edition, one paragraph, with known facts: AU, A4 (translator) and PY', () => {
		expect(ris(enKnownUnit)).toBe(
			'TY  - ELEC\r\n' +
				`TI  - ${TITLE_EN}\r\n` +
				'AU  - Zhang San\r\n' +
				`A4  - ${capitalize(TEAM)}\r\n` +
				'PY  - 2024\r\n' +
				'T2  - Bilingual Scholarly Texts\r\n' +
				'LA  - en\r\n' +
				'UR  - https://example.org/en/chatgpt-sora/#s2-1-p3\r\n' +
				'Y2  - 2026/11/25\r\n' +
				'M1  - 2026/11/25\r\n' +
				`N1  - Originally published in Some Journal; translated by ${TEAM} from the Chinese original, https://example.org/zh/chatgpt-sora/; cited at section 2.1, paragraph 3\r\n` +
				'ID  - chatgpt-sora-en-s2-1-p3\r\n' +
				'ER  - \r\n',
		);
	});

	/** What Zotero's RIS translator makes of the tags this site writes, for TY ELEC (a web page). */
	const ZOTERO_RIS: Record<string, string> = {
		TY: 'itemType',
		TI: 'title',
		AU: 'author',
		A4: 'translator',
		PY: 'date',
		DA: 'date (the day; PY holds its year)',
		ET: 'edition (a web page has none: Zotero keeps it in a note)',
		T2: 'websiteTitle',
		LA: 'language',
		UR: 'url',
		Y2: 'accessDate',
		M1: 'accessDate (if no Y2)',
		N1: 'note',
		ID: 'id',
	};

	test.each(Object.entries(ALL))('%s reads back: Citation.js for the specification’s tags, Zotero’s mapping for the rest', (_, text) => {
		const file = ris(text);
		const lines = file.split('\r\n');
		expect(lines.pop()).toBe('');
		expect(lines.shift()).toBe('TY  - ELEC');
		expect(lines.pop()).toBe('ER  - ');
		for (const line of lines) expect(Object.keys(ZOTERO_RIS), line).toContain(/^([A-Z][A-Z0-9]) {2}- \S/.exec(line)?.[1]);
		const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
		const tag = (name: string) => lines.filter((l) => l.startsWith(`${name}  - `)).map((l) => l.slice(6));
		expect(tag('A4')).toEqual(text.translator ? [oneLine(capitalize(text.translator))] : []);
		expect(tag('T2')).toEqual([oneLine(text.siteName[text.lang])]);
		const [item] = new Cite(file).data;
		expect(item).toMatchObject({
			type: 'webpage',
			id: citationFileName(text, 'ris').replace(/\.ris$/, ''),
			title: oneLine(text.title[text.lang]),
			language: text.lang === 'zh' ? 'zh-CN' : 'en',
			URL: `${text.urls[text.lang]}${text.unit ? `#${text.unit.id}` : ''}`,
			note: oneLine(citationNote(text)),
		});
		expect(JSON.stringify(item?.['accessed'])).toMatch(/2026.*11.*25/);
		// A version dates the record: the day of the version, not the original's year.
		if (text.version) {
			expect(tag('DA')).toEqual([text.version.date.replaceAll('-', '/')]);
			expect(tag('ET')).toEqual([text.version.number]);
			expect(JSON.stringify(item?.['issued'])).toBe(JSON.stringify({ 'date-parts': [text.version.date.split('-').map(Number)] }));
		}
	});
});

describe('csl-json', () => {
	test('the English edition, one paragraph: a web page, its site the container, its translator and original title', () => {
		expect(cslItem(enUnit)).toEqual({
			id: 'chatgpt-sora-en-s2-1-p3',
			type: 'webpage',
			title: TITLE_EN,
			'container-title': 'Bilingual Scholarly Texts',
			language: 'en',
			URL: 'https://example.org/en/chatgpt-sora/#s2-1-p3',
			accessed: { 'date-parts': [[2026, 11, 25]] },
			translator: [{ literal: capitalize(TEAM) }],
			'original-title': TITLE_ZH,
			note: citationNote(enUnit),
		});
	});

	test('known facts: a literal author and the year issued; the original has no translator', () => {
		expect(cslItem(zhKnown)).toMatchObject({ author: [{ literal: '张三' }], issued: { 'date-parts': [[2024]] } });
		expect(cslItem(zhUnit)).not.toHaveProperty('translator');
		expect(cslItem(zhUnit)).not.toHaveProperty('author');
	});

	test.each(Object.entries(ALL))('%s reads back and citeproc-js formats it', (_, text) => {
		// JSON needs no escaping of its own: the text comes back as it went in, line breaks included.
		const [item] = JSON.parse(cslJson(text)) as [{ id: string; URL: string }];
		expect(item).toEqual(cslItem(text));
		const { bibliography } = formatWithCsl('chicago-notes-bibliography', item, 'en-US');
		expect(bibliography).toMatch(new RegExp(`\\. ${escapeRegExp(item.URL)}\\.$`));
	});
});

test('file names: key, edition, unit, format', () => {
	expect(citationFileName(zhDoc, 'bib')).toBe('chatgpt-sora-zh.bib');
	expect(citationFileName(zhUnit, 'ris')).toBe('chatgpt-sora-zh-s2-1-p3.ris');
	expect(citationFileName(enDoc, 'csl.json')).toBe('chatgpt-sora-en.csl.json');
});
