/**
 * JSON-LD for a paper's reading pages (schema.org ScholarlyArticle): the
 * original names its translation (`workTranslation`), the translation its
 * original (`translationOfWork`). What the source does not state (author,
 * venue, date) is left out, not guessed. The abstract is not repeated here:
 * it is the page's first unit, and every reading page pays for its bytes.
 */
import { HTML_LANG, type Lang, otherLang } from './paper/model';
import type { Paper } from './papers';

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
