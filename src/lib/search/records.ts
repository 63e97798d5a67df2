/**
 * The search records of one paper, from its model as the aligned-text
 * download writes it (`/downloads/{paper}.json`, lib/downloads.ts): one
 * record per unit and per note with text, in its own language, carrying
 * its section, its id, its place and the opening of its partner in the
 * other language. The index holds what the pages show: both come from the
 * one model (tests/built/metadata.test.ts checks the pages' text against it).
 * A Chinese record carries its text in Traditional characters too, so that
 * a query in either script finds it (and a result can be shown in the
 * reader's script).
 */
import type { AlignedDownload } from '../downloads.ts';
import { t } from '../i18n.ts';
import { type Lang, LANGS, otherLang } from '../paper/model.ts';
import { readingPath } from '../routes.ts';

/** What the aligned-text download holds that the index needs. */
/** The translator's notes are optional: a download built before they were added has none. */
/*
 * Translator's notes are in the downloads, not in the index: as a unit's meta, Pagefind matched them for queries the
 * text does not answer (it drops a query's unknown words, and a note's "X" answered "x$&y"). They need records of
 * their own, landing on the note (issue #24's follow-up).
 */
type IndexedDownload = Pick<AlignedDownload, 'paper' | 'title' | 'units'>;

/**
 * Pagefind indexes every meta value (a unit would match the words of its section's heading and of the
 * paper's title), and no filter value. So the labels a result shows are filters, and the meta holds only
 * what a reader may find a unit by (its partner's opening) and its place.
 */
export interface SearchRecord {
	/** The unit's place on the paper's page in its own language; the search UI maps it to the reader's mode. */
	url: string;
	content: string;
	language: Lang;
	meta: {
		/** The opening of the partner in the other language, shown under the result. */
		partner: string;
		/** The unit's place in the collection, as `sort.order`. */
		order: string;
		/** A Chinese unit in Traditional characters: indexed (Pagefind indexes meta), so that a Traditional query finds it. */
		hant?: string;
	};
	/** `unit` lets a search name the units it matched without loading their records; the others label a result. */
	filters: {
		paper: string[];
		paperTitle: string[];
		unit: string[];
		kind: string[];
		section: string[];
		sectionId: string[];
		paperTitleHant?: string[];
		sectionHant?: string[];
	};
	/** The text's order, for results listed as in the text. */
	sort: { order: string };
}

/** How much of the partner a record holds: what a result shows of it, and no more (a record is fetched per result). */
export const PARTNER_OPENING = 200;

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * The records of one paper; `place` is the paper's place in the collection, which orders its units after
 * those before it; `traditional` converts Chinese to Traditional characters (the model's converter, given by
 * the build, so that this module stays free of it).
 */
export function searchRecords(download: IndexedDownload, place = 0, traditional?: (zh: string) => string): SearchRecord[] {
	const { paper, title, units } = download;
	let section: { id: string; text: Record<Lang, string> } = { id: '', text: { zh: '', en: '' } };
	return units.flatMap((unit, i) => {
		if (unit.kind === 'note-missing') return [];
		if (HEADINGS.has(unit.kind)) section = { id: unit.id, text: { zh: unit.zh, en: unit.en } };
		if (unit.kind === 'note') section = { id: 'notes-heading', text: { zh: t('zh', 'notes'), en: t('en', 'notes') } };
		const order = `${String(place).padStart(4, '0')}.${String(i).padStart(5, '0')}`;
		return LANGS.map((lang) => {
			const partner = unit[otherLang(lang)];
			return {
				url: `${readingPath(lang, paper)}#${unit.id}`,
				content: unit[lang],
				language: lang,
				meta: {
					partner: partner.length > PARTNER_OPENING ? `${partner.slice(0, PARTNER_OPENING)}…` : partner,
					order,
					...(lang === 'zh' && traditional ? { hant: traditional(unit.zh) } : {}),
				},
				filters: {
					paper: [paper],
					paperTitle: [title[lang]],
					unit: [`${paper}#${unit.id}`],
					kind: [unit.kind === 'note' ? 'note' : 'text'],
					section: [section.text[lang]],
					sectionId: [section.id],
					// Labels in the Traditional script, for a Traditional page's results (filters are not indexed).
					...(lang === 'zh' && traditional ? { paperTitleHant: [traditional(title.zh)], sectionHant: [traditional(section.text.zh)] } : {}),
				},
				sort: { order },
			};
		});
	});
}
