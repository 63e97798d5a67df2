/**
 * Which pages are the same page in the other language: the `hreflang`
 * alternates and canonical URL of every route, in one place, for the page
 * head and the sitemap alike.
 *
 * A page and its alternates differ only in the interface prefix (`/zh/…` ↔
 * `/zh-hant/…` ↔ `/en/…`): the collection, a paper in its own language
 * (`/zh/p/` the Chinese, `/zh-hant/p/` the same in Traditional characters,
 * `/en/p/` the English), the paired modes, the glossary and the about page.
 * A text shown under the other language's interface (`/zh/p/en/`) is the
 * same text as its own-language page, which is its canonical URL; it has no
 * alternates of its own. The landing page `/` is the language-neutral
 * `x-default` of the home pages; a paper's original, of the paper's pages.
 */
import { LOCALES, textLang, uiTag } from './i18n.ts';
import { otherLang } from './paper/model.ts';
import { collectionPath, homePath, inLocale, parseRoute, readingPath, routePath } from './routes.ts';

export interface PageLinks {
	/** The canonical path of the page. */
	canonical: string;
	/** hreflang → path; empty where the page has none. */
	alternates: Record<string, string>;
}

/** Links of a page at `path` (with trailing slash). */
export function pageLinks(path: string): PageLinks {
	const route = parseRoute(path);
	if (!route) return { canonical: path, alternates: {} };
	if (route.kind === 'home' || route.kind === 'collection') {
		return { canonical: path, alternates: { ...Object.fromEntries(LOCALES.map((ui) => [uiTag(ui), collectionPath(ui)])), 'x-default': homePath() } };
	}
	// A text under the other language's interface: the same text as its own-language page.
	if (route.kind === 'reading' && route.mode === otherLang(textLang(route.ui))) return { canonical: readingPath(route.mode, route.paper), alternates: {} };
	const alternates = Object.fromEntries(LOCALES.map((ui) => [uiTag(ui), routePath(inLocale(route, ui))]));
	// The original is the default of a paper's pages.
	return { canonical: path, alternates: { ...alternates, 'x-default': routePath(inLocale(route, 'zh')) } };
}
