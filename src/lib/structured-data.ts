/**
 * JSON-LD for a paper's reading pages (schema.org ScholarlyArticle): the
 * original names its translation (`workTranslation`), the translation its
 * original (`translationOfWork`). What the source does not state (author,
 * venue, date) is left out, not guessed. The abstract is not repeated here:
 * it is the page's first unit, and every reading page pays for its bytes.
 */
import { HTML_LANG, type Lang, otherLang } from './paper/model.ts';
import type { Locale } from './i18n.ts';
import { HANT_TAG } from './paper/traditional.ts';
import type { Paper } from './papers.ts';

export function scholarlyArticle(paper: Paper, lang: Lang, urls: Record<Lang, string>, siteName: string): Record<string, unknown> {
	const work = (l: Lang) => ({
		'@type': 'ScholarlyArticle',
		name: paper.meta.title[l],
		inLanguage: HTML_LANG[l],
		url: urls[l],
	});
	const other: Lang = otherLang(lang);
	return {
		'@context': 'https://schema.org',
		...work(lang),
		isAccessibleForFree: true,
		publisher: { '@type': 'Organization', name: siteName },
		...(lang === 'zh'
			? { workTranslation: work(other) }
			: { translationOfWork: work(other), translator: { '@type': 'Organization', name: paper.meta.translation.by.en } }),
	};
}

/**
 * JSON-LD for the Traditional edition's own page (`/zh-hant/p/`): the
 * original in another script, so the same work's text (`isBasedOn` the
 * Simplified original's page), not a translation; its title and language as
 * it shows them. `paper` is the Traditional edition (editionFor).
 */
export function traditionalArticle(paper: Paper, url: string, originalUrl: string, siteName: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'ScholarlyArticle',
		name: paper.meta.title.zh,
		inLanguage: HANT_TAG,
		url,
		isAccessibleForFree: true,
		publisher: { '@type': 'Organization', name: siteName },
		isBasedOn: originalUrl,
	};
}

/**
 * The meta tags reference managers and Google Scholar read on a page of one
 * edition (Zotero's Embedded Metadata translator reads both vocabularies; it
 * does not read JSON-LD): the title, the language and the publisher as
 * Highwire Press tags, the title and language again as Dublin Core, whose
 * `DC.relation` points to the other edition. `DC.type` keeps the item a web
 * page, as the citation files have it: without it Zotero takes a page with
 * `citation_title` for a journal article (with no journal) and drops the
 * site's name. Nothing the source does not state: no author, no date. By
 * name, in the order the head gives them.
 */
export function citationMeta(paper: Paper, lang: Lang, urls: Record<Lang, string>, siteName: string): [name: string, content: string][] {
	const title = paper.meta.title[lang];
	return [
		['citation_title', title],
		['citation_language', HTML_LANG[lang]],
		['citation_publisher', siteName],
		['DC.title', title],
		['DC.language', HTML_LANG[lang]],
		['DC.relation', urls[lang === 'zh' ? 'en' : 'zh']],
		['DC.type', 'webpage'],
	];
}

/** The tags of a page under the Traditional interface: its Chinese is Traditional, and says so (`zh-TW`). */
export const hantCitation = (tags: [name: string, content: string][], ui: Locale): [name: string, content: string][] =>
	ui === 'zh-hant' ? tags.map(([name, content]) => [name, /language$/i.test(name) && content === HTML_LANG.zh ? HANT_TAG : content]) : tags;
