/**
 * The search records of one paper, read from its two built single-language
 * pages: one record per unit and per note, in its own language, carrying
 * its section, its id and the opening of its partner in the other language.
 * Read from the built pages, the index holds exactly what readers see.
 */
import type { Element } from 'hast';
import { findAll, hasClass, notText, parseHtml, textOf } from '../hast';
import type { Lang } from '../paper/model';

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
	};
	/** `unit` lets a search name the units it matched without loading their records; the others label a result. */
	filters: { paper: string[]; paperTitle: string[]; unit: string[]; kind: string[]; section: string[]; sectionId: string[] };
	/** The text's order, for results listed as in the text. */
	sort: { order: string };
}

/** How much of the partner a record holds: what a result shows of it, and no more (a record is fetched per result). */
export const PARTNER_OPENING = 200;

interface UnitText {
	id: string;
	text: string;
	section: string;
	sectionId: string;
	kind: 'text' | 'note';
}

/** The units and notes of one built single-language reading page, in order. */
export function unitsOfPage(html: string): { title: string; units: UnitText[] } {
	const page = parseHtml(html);
	const [article] = findAll(page, (el) => el.tagName === 'article' && hasClass(el, 'paper'));
	if (!article) throw new Error('not a reading page: no article.paper');
	const [h1] = findAll(article, (el) => el.tagName === 'h1');
	const clean = (el: Element) => textOf(el, notText).replace(/\s+/g, ' ').trim();
	const units: UnitText[] = [];
	let section = '';
	let sectionId = '';
	const [text] = findAll(article, (el) => hasClass(el, 'text'));
	for (const el of text?.children ?? []) {
		if (el.type !== 'element' || el.properties['dataUnit'] === undefined) continue;
		const content = clean(el);
		const id = String(el.properties['id']);
		if (/^h[2-4]$/.test(el.tagName)) [section, sectionId] = [content, id];
		units.push({ id, text: content, section, sectionId, kind: 'text' });
	}
	const notesHeading = findAll(article, (el) => el.properties['id'] === 'notes-heading')[0];
	for (const li of findAll(article, (el) => el.tagName === 'li' && typeof el.properties['id'] === 'string' && /^n\d+$/.test(String(el.properties['id'])))) {
		if (hasClass(li, 'is-missing')) continue;
		units.push({ id: String(li.properties['id']), text: clean(li), section: notesHeading ? clean(notesHeading) : '', sectionId: 'notes-heading', kind: 'note' });
	}
	return { title: h1 ? clean(h1) : '', units };
}

/**
 * The records of one paper, from its Chinese and its English page; `place` is the paper's place in the
 * collection, which orders its units after those of the papers before it.
 */
export function searchRecords(paper: string, pages: Record<Lang, string>, urls: Record<Lang, string>, place = 0): SearchRecord[] {
	const read = { zh: unitsOfPage(pages.zh), en: unitsOfPage(pages.en) };
	const partnerOf = (lang: Lang, id: string) => read[lang === 'zh' ? 'en' : 'zh'].units.find((u) => u.id === id)?.text ?? '';
	return (['zh', 'en'] as const).flatMap((lang) =>
		read[lang].units.map((unit, i) => {
			const order = `${String(place).padStart(4, '0')}.${String(i).padStart(5, '0')}`;
			const partner = partnerOf(lang, unit.id);
			return {
				url: `${urls[lang]}#${unit.id}`,
				content: unit.text,
				language: lang,
				meta: { partner: partner.length > PARTNER_OPENING ? `${partner.slice(0, PARTNER_OPENING)}…` : partner, order },
				filters: {
					paper: [paper],
					paperTitle: [read[lang].title],
					unit: [`${paper}#${unit.id}`],
					kind: [unit.kind],
					section: [unit.section],
					sectionId: [unit.sectionId],
				},
				sort: { order },
			};
		}),
	);
}
