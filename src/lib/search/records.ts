/**
 * The search records of one paper, read from its two built single-language
 * pages: one record per unit and per note, in its own language, carrying
 * its section, its id and its partner's text in the other language. Read
 * from the built pages, the index holds exactly what readers see.
 */
import type { Element } from 'hast';
import { findAll, hasClass, notText, parseHtml, textOf } from '../hast';
import type { Lang } from '../paper/model';

export interface SearchRecord {
	/** The unit's place on the paper's page in its own language; the search UI maps it to the reader's mode. */
	url: string;
	content: string;
	language: Lang;
	meta: {
		title: string;
		paper: string;
		unit: string;
		section: string;
		kind: 'text' | 'note';
		partner: string;
	};
	filters: { paper: string[]; kind: string[] };
}

interface UnitText {
	id: string;
	text: string;
	section: string;
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
	const [text] = findAll(article, (el) => hasClass(el, 'text'));
	for (const el of text?.children ?? []) {
		if (el.type !== 'element' || el.properties['dataUnit'] === undefined) continue;
		const content = clean(el);
		if (/^h[2-4]$/.test(el.tagName)) section = content;
		units.push({ id: String(el.properties['id']), text: content, section, kind: 'text' });
	}
	const notesHeading = findAll(article, (el) => el.properties['id'] === 'notes-heading')[0];
	for (const li of findAll(article, (el) => el.tagName === 'li' && typeof el.properties['id'] === 'string' && /^n\d+$/.test(String(el.properties['id'])))) {
		if (hasClass(li, 'is-missing')) continue;
		units.push({ id: String(li.properties['id']), text: clean(li), section: notesHeading ? clean(notesHeading) : '', kind: 'note' });
	}
	return { title: h1 ? clean(h1) : '', units };
}

/** The records of one paper, from its Chinese and its English page. */
export function searchRecords(paper: string, pages: Record<Lang, string>, urls: Record<Lang, string>): SearchRecord[] {
	const read = { zh: unitsOfPage(pages.zh), en: unitsOfPage(pages.en) };
	const partnerOf = (lang: Lang, id: string) => read[lang === 'zh' ? 'en' : 'zh'].units.find((u) => u.id === id)?.text ?? '';
	return (['zh', 'en'] as const).flatMap((lang) =>
		read[lang].units.map((unit) => ({
			url: `${urls[lang]}#${unit.id}`,
			content: unit.text,
			language: lang,
			meta: { title: read[lang].title, paper, unit: unit.id, section: unit.section, kind: unit.kind, partner: partnerOf(lang, unit.id) },
			filters: { paper: [paper], kind: [unit.kind] },
		})),
	);
}
