/**
 * The guide's search records: one per section of each guide page (its opening, then each `##`), read
 * from the built page in its own language (`/zh/guide/…`, `/en/guide/…`). They go into the text's bundle
 * of their language (src/integrations/search-index.ts), so that the guide is searched with the runtime,
 * WebAssembly and index the text's search has already loaded, and carry a filter of their own
 * (`guide-filter.ts`): the text's searches leave them out, so that the text's results and counts never
 * include them, and the search dialog lists the guide's apart, after the text's (src/scripts/search/guide.ts).
 */
import type { Element, Nodes } from 'hast';
import { findAll, hasClass, parseHtml, textOf } from '../html-tree.ts';
import type { Lang } from '../paper/model.ts';
import { GUIDE_FILTER, GUIDE_FILTER_VALUE } from './guide-filter.ts';

export interface GuideRecord {
	/** The section's place: the page, and its heading's anchor. */
	url: string;
	content: string;
	language: Lang;
	meta: { title: string; titleHant?: string; hant?: string };
	/** What tells a guide's record from the text's in the bundle they share. */
	filters: { [GUIDE_FILTER]: [typeof GUIDE_FILTER_VALUE] };
}

/** What is not the page's own prose: its crumb and its navigation between pages. */
const chrome = (el: Element): boolean => el.tagName === 'nav' || hasClass(el, 'guide-crumb');

/** The records of one built guide page at `path` (`/en/guide/reading/`); `traditional` converts Chinese for the Traditional interface. */
export function guideRecords(html: string, path: string, lang: Lang, traditional?: (zh: string) => string): GuideRecord[] {
	const article = findAll(parseHtml(html), (el) => hasClass(el, 'guide'))[0];
	if (!article) return [];
	const title = textOf(findAll(article, (el) => el.tagName === 'h1')[0] ?? article).trim();
	const sections: { anchor: string; heading: string; text: string[] }[] = [{ anchor: '', heading: '', text: [] }];
	for (const child of article.children as Nodes[]) {
		if (child.type !== 'element' || child.tagName === 'h1' || chrome(child)) continue;
		if (child.tagName === 'h2') sections.push({ anchor: String(child.properties['id'] ?? ''), heading: textOf(child).trim(), text: [] });
		else sections.at(-1)!.text.push(textOf(child, chrome));
	}
	return sections
		.filter((s) => s.heading || s.text.join('').trim())
		.map((s) => {
			const shownTitle = s.heading ? `${title} · ${s.heading}` : title;
			const content = [s.heading, ...s.text]
				.join('\n')
				.replace(/[ \t]+/g, ' ')
				.replace(/\n\s*\n+/g, '\n')
				.trim();
			return {
				url: `${path}${s.anchor ? `#${s.anchor}` : ''}`,
				content,
				language: lang,
				meta: { title: shownTitle, ...(lang === 'zh' && traditional ? { titleHant: traditional(shownTitle), hant: traditional(content) } : {}) },
				filters: { [GUIDE_FILTER]: [GUIDE_FILTER_VALUE] },
			};
		});
}
