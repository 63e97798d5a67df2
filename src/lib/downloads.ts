/**
 * The files a reader can download, made at build time from the aligned
 * model: the aligned text (one row per unit and note: id, kind, Chinese,
 * English) as TSV and JSON, and each edition's citation as BibTeX and RIS.
 */
import { bibtex, type CitableText, citationFileName, ris } from './cite';
import { t } from './i18n';
import { type Lang, segmentId } from './paper/model';
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
export function alignedRows(paper: Paper): AlignedRow[] {
	const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
	return [
		...paper.text.units.map((u) => ({ id: u.id, kind: u.kind, zh: clean(plainText(u.text.zh)), en: clean(plainText(u.text.en)) })),
		...paper.text.notes.map((n) => ({ id: n.id, kind: n.missing ? 'note-missing' : 'note', zh: clean(plainText(n.text.zh)), en: clean(plainText(n.text.en)) })),
	];
}

/** One aligned segment: its id (`s2-1-p3.2`), its unit's, and its text in each language. */
export interface SegmentRow {
	id: string;
	unit: string;
	zh: string;
	en: string;
}

/** Every segment of every unit, then of every note, in reading order. */
export function alignedSegments(paper: Pick<Paper, 'text'>): SegmentRow[] {
	const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
	return [...paper.text.units, ...paper.text.notes].flatMap((unit) =>
		unit.segments.map((segment, i) => ({ id: segmentId(unit.id, i), unit: unit.id, zh: clean(plainText(segment.zh)), en: clean(plainText(segment.en)) })),
	);
}

export function alignedTsv(paper: Paper): string {
	return ['id\tkind\tzh\ten', ...alignedRows(paper).map((r) => [r.id, r.kind, r.zh, r.en].join('\t'))].join('\n') + '\n';
}

/** What a citation of a paper's edition in `lang` needs; `site` is the site's origin, `accessed` the date. */
export function citable(paper: Paper, lang: Lang, site: URL, accessed: Date): CitableText {
	return {
		lang,
		title: { zh: paper.meta.title.zh, en: paper.meta.title.en },
		editorialTitle: paper.meta.title.editorial,
		siteName: { zh: t('zh', 'siteName'), en: t('en', 'siteName') },
		url: new URL(readingPath(lang, paper.id), site).href,
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
			body: `${JSON.stringify({ paper: paper.id, title: paper.meta.title, site: { zh: t('zh', 'siteName'), en: t('en', 'siteName') }, translator: paper.meta.translation.by, units: alignedRows(paper), segments: alignedSegments(paper) }, null, 1)}\n`,
			type: 'application/json',
		},
	};
	for (const lang of ['zh', 'en'] as const) {
		const text = citable(paper, lang, site, accessed);
		files[citationFileName(text, 'bib')] = { body: bibtex(text), type: 'application/x-bibtex; charset=utf-8' };
		files[citationFileName(text, 'ris')] = { body: ris(text), type: 'application/x-research-info-systems; charset=utf-8' };
	}
	return files;
}
