/**
 * The files a reader can download, made at build time from the aligned
 * model: the aligned text (one row per unit and note: id, kind, Chinese,
 * English, and one per aligned segment) as TSV and JSON, the segments as a
 * TMX translation memory, each row with the state of its English (drafted,
 * revised, reviewed: quality.ts, from the paper's review records), and each edition's citation as BibTeX, RIS and
 * CSL-JSON. tests/built/downloads.test.ts reads each back with a standard
 * parser and compares it with the model.
 */
import type { PhrasingContent } from 'mdast';
import type { CitableText } from './cite.ts';
import { bibtex, citationFileName, cslJson, ris } from './citation-files.ts';
import { t } from './i18n.ts';
import { collapseSpaces } from './paper/characters.ts';
import { HTML_LANG, type Lang, segmentId } from './paper/model.ts';
import { plainText } from './paper/plain-text.ts';
import { type SegmentState, segmentStates } from './paper/quality.ts';
import type { Paper } from './papers.ts';
import { readingPath } from './routes.ts';
import { currentVersion } from './paper/versions.ts';

/** What the aligned files are made from: the text, and the review records (none: every segment drafted). */
export type AlignedSource = Pick<Paper, 'text'> & Partial<Pick<Paper, 'reviews'>>;

export interface AlignedRow {
	id: string;
	kind: string;
	zh: string;
	en: string;
	/** The state of the unit's English: its segments' if they agree, else `revised` if any is, else `drafted`; empty for a note the source lacks. */
	state: SegmentState | '';
}

/** A unit's state from its segments'. */
function unitState(states: readonly SegmentState[]): SegmentState | '' {
	if (states.length === 0) return '';
	if (states.every((s) => s === states[0])) return states[0]!;
	return states.includes('revised') ? 'revised' : 'drafted';
}

/** Every unit, then every note, in reading order; a note the source lacks has empty texts and kind `note-missing`. */
export function alignedRows(paper: AlignedSource): AlignedRow[] {
	const clean = collapseSpaces;
	const states = Map.groupBy(alignedSegments(paper), (s) => s.unit);
	const state = (id: string) => unitState((states.get(id) ?? []).map((s) => s.state));
	return [
		...paper.text.units.map((u) => ({ id: u.id, kind: u.kind, zh: clean(plainText(u.text.zh)), en: clean(plainText(u.text.en)), state: state(u.id) })),
		...paper.text.notes.map((n) => ({
			id: n.id,
			kind: n.missing ? 'note-missing' : 'note',
			zh: clean(plainText(n.text.zh)),
			en: clean(plainText(n.text.en)),
			state: state(n.id),
		})),
	];
}

/** A translator's note: editorial, English only, on the unit (or note) whose English carries it. */
export interface TranslatorNoteRow {
	id: string;
	unit: string;
	en: string;
	editorial: true;
}

/** Every translator's note, in reading order: an editorial addition, kept in the downloads and marked as such. */
export const translatorNoteRows = (paper: AlignedSource): TranslatorNoteRow[] =>
	paper.text.translatorNotes.map((tn) => ({ id: tn.id, unit: tn.unitId, en: collapseSpaces(plainText(tn.content)), editorial: true }));

/** A link of the text: its unit, its language, its words and its address (and title), which the plain text leaves out. */
export interface LinkRow {
	unit: string;
	lang: Lang;
	text: string;
	url: string;
	title?: string;
}

/** Every link of the units, notes and translator's notes, in reading order. */
export function linkRows(paper: AlignedSource): LinkRow[] {
	const rows: LinkRow[] = [];
	const walk = (nodes: readonly PhrasingContent[], unit: string, lang: Lang): void => {
		for (const node of nodes) {
			if (node.type === 'link')
				rows.push({ unit, lang, text: collapseSpaces(plainText(node.children)), url: node.url, ...(node.title ? { title: node.title } : {}) });
			if ('children' in node) walk(node.children as PhrasingContent[], unit, lang);
		}
	};
	for (const unit of [...paper.text.units, ...paper.text.notes]) for (const lang of ['zh', 'en'] as const) walk(unit.text[lang], unit.id, lang);
	return rows;
}

/** One aligned segment: its id (`s2-1-p3.2`), its unit's, its text in each language, and the state of its English. */
export interface SegmentRow {
	id: string;
	unit: string;
	zh: string;
	en: string;
	state: SegmentState;
}

/**
 * The last paper's segments, made once for all its downloads (its TSV, JSON and TMX read them, and its unit rows their
 * states: five times a paper before); a build writes a paper's files one after another. The last paper's only, not
 * every paper's: held for the build, a thousand papers' rows would be some 0.2 GB. By the model, which is never
 * changed: a paper read again is a new model.
 */
let lastSegments: { paper: AlignedSource; rows: readonly SegmentRow[] } | undefined;

/** Every segment of every unit, then of every note, in reading order. */
export function alignedSegments(paper: AlignedSource): readonly SegmentRow[] {
	if (lastSegments?.paper === paper) return lastSegments.rows;
	const clean = collapseSpaces;
	const states = segmentStates(paper.reviews ?? [], paper.text);
	const rows = [...paper.text.units, ...paper.text.notes].flatMap((unit) =>
		unit.segments.map((segment, i) => {
			const id = segmentId(unit.id, i);
			return { id, unit: unit.id, zh: clean(plainText(segment.zh)), en: clean(plainText(segment.en)), state: states.get(id)! };
		}),
	);
	lastSegments = { paper, rows };
	return rows;
}

/**
 * A TSV field quoted as RFC 4180 quotes a CSV field: in double quotes, its
 * own doubled, when it holds a quote, a tab or a line break. A text that
 * starts with a quotation mark is then read as that text, not as a quoted
 * field that never closes; readers that take TSV as CSV with a tab
 * delimiter (spreadsheets, pandas, csv-parse) read every field back whole.
 */
const tsvField = (value: string): string => (/["\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Rows as TSV: fields quoted as in RFC 4180, rows ended with CR LF as it asks. */
export const tsv = (rows: readonly (readonly string[])[]): string => rows.map((row) => `${row.map(tsvField).join('\t')}\r\n`).join('');

/**
 * The aligned text as TSV: a header, then one row per unit and note, each followed by one row per segment
 * of it (kind `segment`, its unit in `unit`), the state of the English last. Filtered by kind, it is the
 * paragraph table or the sentence table.
 */
export function alignedTsvRows(paper: AlignedSource): string[][] {
	const segments = Map.groupBy(alignedSegments(paper), (s) => s.unit);
	return [
		['id', 'unit', 'kind', 'zh', 'en', 'state'],
		...alignedRows(paper).flatMap((r) => [
			[r.id, r.id, r.kind, r.zh, r.en, r.state],
			...(segments.get(r.id) ?? []).map((s) => [s.id, r.id, 'segment', s.zh, s.en, s.state]),
		]),
		// Editorial additions last, marked by their kind; they have no Chinese.
		...translatorNoteRows(paper).map((tn) => [tn.id, tn.unit, 'translator-note', '', tn.en, '']),
	];
}

export const alignedTsv = (paper: AlignedSource): string => tsv(alignedTsvRows(paper));

/** Text for XML: its specials escaped, and the characters XML 1.0 cannot hold dropped (none are in a text). */
const xmlText = (s: string): string =>
	s
		.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
		.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The segments as a translation memory in TMX 1.4b (the Translation Memory eXchange format that CAT tools
 * import: Trados, memoQ, OmegaT): one `<tu>` per segment, its id as `tuid`, its unit and the state of its
 * English as properties (`x-unit`, `x-state`), the Chinese as the source language.
 */
export function alignedTmx(paper: AlignedSource & Pick<Paper, 'id'>, created: Date): string {
	// The day only, as the citations give it (TMX asks for a time: midnight UTC).
	const date = `${created.toISOString().slice(0, 10).replaceAll('-', '')}T000000Z`;
	const units = alignedSegments(paper).map(
		(s) =>
			`  <tu tuid="${xmlText(s.id)}">\n   <prop type="x-unit">${xmlText(s.unit)}</prop>\n   <prop type="x-state">${s.state}</prop>\n   <tuv xml:lang="${HTML_LANG.zh}"><seg>${xmlText(s.zh)}</seg></tuv>\n   <tuv xml:lang="${HTML_LANG.en}"><seg>${xmlText(s.en)}</seg></tuv>\n  </tu>`,
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4">',
		` <header creationtool="bilingual-scholarly-texts" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="${HTML_LANG.zh}" datatype="plaintext" creationdate="${date}">`,
		`  <prop type="x-paper">${xmlText(paper.id)}</prop>`,
		' </header>',
		' <body>',
		...units,
		' </body>',
		'</tmx>',
		'',
	].join('\n');
}

/**
 * The aligned download, `/downloads/{paper}.json`: every row and segment, with what a citation needs. Declared
 * here only: the search index (search/records.ts) and the reader's citation and study scripts read it.
 */
export interface AlignedDownload {
	paper: string;
	title: Record<Lang, string> & { editorial: boolean };
	site: Record<Lang, string>;
	translator: Record<Lang, string>;
	/** The version read now (versions.yaml); absent if the paper lists none. */
	version?: { number: string; date: string };
	units: AlignedRow[];
	segments: readonly SegmentRow[];
	/** The translator's notes: editorial additions, marked so. */
	translatorNotes: TranslatorNoteRow[];
	/** The links of the text, with their addresses, which the plain texts leave out. */
	links: LinkRow[];
}

export const alignedDownload = (paper: Paper): AlignedDownload => ({
	paper: paper.id,
	title: paper.meta.title,
	site: { zh: t('zh', 'siteName'), en: t('en', 'siteName') },
	translator: paper.meta.translation.by,
	...citedVersion(paper),
	units: alignedRows(paper),
	segments: alignedSegments(paper),
	translatorNotes: translatorNoteRows(paper),
	links: linkRows(paper),
});

/** What a citation of a paper's edition in `lang` needs; `site` is the site's origin, `accessed` the date. */
export function citable(paper: Paper, lang: Lang, site: URL, accessed: Date): CitableText {
	return {
		lang,
		title: { zh: paper.meta.title.zh, en: paper.meta.title.en },
		editorialTitle: paper.meta.title.editorial,
		siteName: { zh: t('zh', 'siteName'), en: t('en', 'siteName') },
		urls: { zh: new URL(readingPath('zh', paper.id), site).href, en: new URL(readingPath('en', paper.id), site).href },
		accessed,
		...(lang === 'en' ? { translator: paper.meta.translation.by.en } : {}),
		key: paper.id,
		...citedVersion(paper),
	};
}

/** The version a citation names: the paper's current one, if it lists any. */
export function citedVersion(paper: Pick<Paper, 'versions'>): Pick<CitableText, 'version'> {
	const current = currentVersion(paper.versions);
	return current ? { version: { number: current.version, date: current.date } } : {};
}

/** The downloadable files of a paper, by file name. */
export function downloads(paper: Paper, site: URL, accessed: Date): Record<string, { body: string; type: string }> {
	return Object.fromEntries(Object.entries(downloadFiles(paper, site, accessed)).map(([file, { body, type }]) => [file, { body: body(), type }]));
}

/**
 * The same files, each made when it is asked for: a build lists every paper's files first and writes them
 * one by one, and a thousand papers' files made at once would all be held until the last is written.
 */
export function downloadFiles(paper: Paper, site: URL, accessed: Date): Record<string, { body: () => string; type: string }> {
	const files: Record<string, { body: () => string; type: string }> = {
		[`${paper.id}.tsv`]: { body: () => alignedTsv(paper), type: 'text/tab-separated-values; charset=utf-8' },
		// What a citation needs rides along, so that pages need not carry it (src/scripts/reader.ts).
		[`${paper.id}.json`]: {
			body: () => `${JSON.stringify(alignedDownload(paper), null, 1)}\n`,
			type: 'application/json; charset=utf-8',
		},
		[`${paper.id}.tmx`]: { body: () => alignedTmx(paper, accessed), type: 'application/x-tmx+xml; charset=utf-8' },
	};
	for (const lang of ['zh', 'en'] as const) {
		const text = citable(paper, lang, site, accessed);
		files[citationFileName(text, 'bib')] = { body: () => bibtex(text), type: 'application/x-bibtex; charset=utf-8' };
		files[citationFileName(text, 'ris')] = { body: () => ris(text), type: 'application/x-research-info-systems; charset=utf-8' };
		// CSL-JSON has no media type of its own that hosts and browsers know; it is JSON.
		files[citationFileName(text, 'csl.json')] = { body: () => cslJson(text), type: 'application/json; charset=utf-8' };
	}
	return files;
}
