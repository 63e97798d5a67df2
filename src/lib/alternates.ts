/**
 * Which pages are the same page in the other language: the `hreflang`
 * alternates and canonical URL of every route, in one place, for the page
 * head and the sitemap alike.
 *
 * A page and its alternate differ only in the interface prefix (`/zh/…` ↔
 * `/en/…`): the collection, a paper in its own language (`/zh/p/` the
 * Chinese, `/en/p/` the English), the paired modes, the glossary and the
 * about page. A text shown under the other interface (`/zh/p/en/`) is the
 * same text as its own-language page, which is its canonical URL; it has no
 * alternates of its own. The landing page `/` is the language-neutral
 * `x-default` of the home pages; a paper's original, of the paper's pages.
 */
import type { Locale } from './i18n.ts';
import { HTML_LANG } from './paper/model.ts';

export interface PageLinks {
	/** The canonical path of the page. */
	canonical: string;
	/** hreflang → path; empty where the page has none. */
	alternates: Record<string, string>;
}

const other = (ui: Locale): Locale => (ui === 'zh' ? 'en' : 'zh');

/** Links of a page at `path` (with trailing slash), for its interface `ui` (undefined for `/`). */
export function pageLinks(path: string): PageLinks {
	if (path === '/' || /^\/(zh|en)\/$/.test(path)) {
		return { canonical: path, alternates: { [HTML_LANG.zh]: '/zh/', [HTML_LANG.en]: '/en/', 'x-default': '/' } };
	}
	const match = /^\/(zh|en)\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
	if (!match) return { canonical: path, alternates: {} };
	const [, ui, paper, segment] = match as unknown as [string, Locale, string, string | undefined];
	// A text under the other interface: the same text as its own-language page.
	if (segment === other(ui)) return { canonical: `/${segment}/${paper}/`, alternates: {} };
	const tail = segment ? `${segment}/` : '';
	return {
		canonical: path,
		// The original is the default of a paper's pages.
		alternates: { [HTML_LANG.zh]: `/zh/${paper}/${tail}`, [HTML_LANG.en]: `/en/${paper}/${tail}`, 'x-default': `/zh/${paper}/${tail}` },
	};
}
