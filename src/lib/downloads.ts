/**
 * The files a reader can download, made at build time from the aligned
 * model: the aligned text (one row per unit and note: id, kind, Chinese,
 * English) as TSV and JSON, and each edition's citation as BibTeX, RIS and
 * CSL-JSON. tests/unit/downloads.test.ts reads each back with a standard
 * parser and compares it with the model.
 */
import type { CitableText } from './cite';
import { bibtex, citationFileName, cslJson, ris } from './citation-files';
import { t } from './i18n';
import type { Lang } from './paper/model';
import { plainText } from './paper/parse';
import type { Paper } from './papers';
import { readingPath } from './routes';

export interface AlignedRow {
	id: string;
	kind: string;
	zh: string;
	en: string;
}

/** Every unit, then every note, in reading order; a note the source lacks has empty texts and kind `note-missing`. */
export function alignedRows(paper: Pick<Paper, 'text'>): AlignedRow[] {
	const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
	return [
		...paper.text.units.map((u) => ({ id: u.id, kind: u.kind, zh: clean(plainText(u.text.zh)), en: clean(plainText(u.text.en)) })),
		...paper.text.notes.map((n) => ({ id: n.id, kind: n.missing ? 'note-missing' : 'note', zh: clean(plainText(n.text.zh)), en: clean(plainText(n.text.en)) })),
	];
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

/** The aligned text as TSV: a header, then one row per unit and note. */
export const alignedTsv = (paper: Paper): string => tsv([['id', 'kind', 'zh', 'en'], ...alignedRows(paper).map((r) => [r.id, r.kind, r.zh, r.en])]);

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
	};
}

/** The downloadable files of a paper, by file name. */
export function downloads(paper: Paper, site: URL, accessed: Date): Record<string, { body: string; type: string }> {
	const files: Record<string, { body: string; type: string }> = {
		[`${paper.id}.tsv`]: { body: alignedTsv(paper), type: 'text/tab-separated-values; charset=utf-8' },
		// What a citation needs rides along, so that pages need not carry it (src/scripts/reader.ts).
		[`${paper.id}.json`]: {
			body: `${JSON.stringify({ paper: paper.id, title: paper.meta.title, site: { zh: t('zh', 'siteName'), en: t('en', 'siteName') }, translator: paper.meta.translation.by, units: alignedRows(paper) }, null, 1)}\n`,
			type: 'application/json; charset=utf-8',
		},
	};
	for (const lang of ['zh', 'en'] as const) {
		const text = citable(paper, lang, site, accessed);
		files[citationFileName(text, 'bib')] = { body: bibtex(text), type: 'application/x-bibtex; charset=utf-8' };
		files[citationFileName(text, 'ris')] = { body: ris(text), type: 'application/x-research-info-systems; charset=utf-8' };
		// CSL-JSON has no media type of its own that hosts and browsers know; it is JSON.
		files[citationFileName(text, 'csl.json')] = { body: cslJson(text), type: 'application/json; charset=utf-8' };
	}
	return files;
}
