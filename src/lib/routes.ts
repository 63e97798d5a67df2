/**
 * Every URL of the site, built and read back in one place. A paper is read
 * at `/{ui}/{paper}/` in its interface language's text, and at
 * `/{ui}/{paper}/{mode}/` in the other modes; `parseRoute` reads a path back,
 * `inLocale` gives the same page under another interface. The Traditional
 * interface (`/zh-hant/…`) reads the Chinese text in Traditional characters
 * in every mode.
 */
// With its extension: the benchmark runs this module under plain Node.
import { type Locale, LOCALES, otherLocale, textLang } from './i18n.ts';

declare const __SITE_BASE__: string | undefined;
/**
 * The path the site is published under: `/` at the root of its host, `/repo/` for a project site
 * (`SITE_URL=https://owner.github.io/repo/`). In pages and scripts it is Astro's `base` (astro.config.mjs), which
 * the build writes in as a constant, `__SITE_BASE__`: no page carries it. (Not `import.meta.env.BASE_URL`, which
 * Astro lets an environment variable named BASE_URL replace in the pages' code: a build run from Vitest got `/`.)
 * Where no build defines it (the build's own integrations and config, Node's tools and tests), it is read from
 * SITE_URL as astro.config.mjs reads it.
 */
export const BASE: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : basePath(globalThis.process?.env['SITE_URL']);

/** The path part of a site URL, with its trailing slash (`https://owner.github.io/repo` → `/repo/`); `/` without one. */
export function basePath(siteUrl: string | undefined): string {
	const path = siteUrl ? (URL.parse(siteUrl)?.pathname ?? '/') : '/';
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * A path from the site's root, without its leading slash (`en/`), as the site serves it: under its base (`/repo/en/`).
 * Every URL below is made by it; none is written from the host's root, so that none can escape the base.
 */
export const sitePath = (path: string): string => BASE + path;

/** A path the site serves (`/repo/en/`) as one from the site's root (`/en/`), as its files lie in the build; undefined outside the base. */
export const rootPath = (path: string): string | undefined => (path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : undefined);

export type Mode = 'zh' | 'en' | 'parallel' | 'interleaved';
export const MODES: readonly Mode[] = ['zh', 'en', 'parallel', 'interleaved'];

export const homePath = (): string => sitePath('');
export const collectionPath = (ui: Locale): string => sitePath(`${ui}/`);

/** The mode a reading URL without a mode segment shows: the interface language's text. */
export const defaultMode = (ui: Locale): Mode => textLang(ui);

export function readingPath(ui: Locale, paper: string, mode: Mode = defaultMode(ui)): string {
	return sitePath(mode === defaultMode(ui) ? `${ui}/${paper}/` : `${ui}/${paper}/${mode}/`);
}

/** Whether `path` (`/zh/chatgpt-sora/`, `/en/chatgpt-sora/parallel/`) is a reading page, as `readingPath` makes them. */
export const isReadingPath = (path: string): boolean => parseRoute(path)?.kind === 'reading';

/** A paper's glossary, and one term's entry in it. */
export const glossaryPath = (ui: Locale, paper: string, term?: string): string => sitePath(`${ui}/${paper}/glossary/${term ? `#${term}` : ''}`);

/**
 * A term's concordance: the paper side by side, every occurrence of the term marked (by the reader's script;
 * without it, the page as it is), opened at `unit`, its first occurrence.
 */
export const concordancePath = (ui: Locale, paper: string, term: string, unit: string): string =>
	`${readingPath(ui, paper, 'parallel')}?term=${encodeURIComponent(term)}#${unit}`;

/** A paper's about page: the edition, how to cite it, its bibliography, downloads. */
export const aboutPath = (ui: Locale, paper: string): string => sitePath(`${ui}/${paper}/about/`);

/** Files to download: the aligned text (`tsv`, `json`) and citations (`bib`, `ris`, per edition). */
export const downloadPath = (file: string): string => sitePath(`downloads/${file}`);

/** A paper's segment lengths, for the reader's script (src/pages/alignment/[paper].json.ts). */
export const alignmentPath = (paper: string): string => sitePath(`alignment/${paper}.json`);

/**
 * The print stylesheet: a paper's reading pages link their paper's under their interface (the rules and each
 * mode's citation, src/pages/[ui]/[paper]/print.css.ts), so that what they fetch does not grow with the
 * collection; other pages the rules alone.
 */
export const printStylesheetPath = (reading?: { ui: Locale; paper: string }): string =>
	sitePath(reading ? `${reading.ui}/${reading.paper}/print.css` : 'print.css');

/** The reading aids' data, made at build time: a paper's glossary terms (`{paper}/terms.json`) and look-up words (`{paper}/words.{locale}.json`). */
export const aidsPath = (file: string): string => sitePath(`aids/${file}`);

/** The search index (src/integrations/search-index.ts): the runtime `pagefind.js`, and a bundle per language (`zh/`, `en/`). */
export const searchIndexPath = (file: string): string => sitePath(`pagefind/${file}`);

/** The social card of a paper, or the site's (`site`): src/pages/social/[card].png.ts. */
export const socialCardPath = (card: string): string => sitePath(`social/${card}.png`);

/**
 * The path a built file is asked for by, below the base: a page by its directory (`en/p/index.html` → `en/p/`, with
 * or without the leading slash), any other file by its own name (`404.html`, `downloads/p.tsv`).
 */
export const servedFilePath = (file: string): string => (file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);

/**
 * The guide: how to read, search, cite and edit, one page per topic (`src/content/guide/`), and its index.
 * `guide` is a route segment, so no paper may be called so (RESERVED_IDS in lib/paper/folder.ts).
 */
export const GUIDE_SEGMENT = 'guide';
export const guidePath = (ui: Locale, page?: string): string => sitePath(`${ui}/${GUIDE_SEGMENT}/${page ? `${page}/` : ''}`);

/** What a path of the site is: the routes above, read back. */
export type Route =
	| { kind: 'home' }
	| { kind: 'collection'; ui: Locale }
	| { kind: 'reading'; ui: Locale; paper: string; mode: Mode }
	| { kind: 'glossary' | 'about'; ui: Locale; paper: string }
	| { kind: 'guide'; ui: Locale; page: string | undefined };

/** The route of `served` (a path under the base, with its trailing slash), or undefined for a path that is not a page (a file, the 404, outside the base). */
export function parseRoute(served: string): Route | undefined {
	const path = rootPath(served);
	if (path === undefined) return undefined;
	if (path === '/') return { kind: 'home' };
	const [ui, paper, segment, ...rest] = path.split('/').filter(Boolean);
	if (!LOCALES.some((l) => l === ui) || rest.length > 0 || !path.endsWith('/')) return undefined;
	const locale = ui as Locale;
	if (paper === undefined) return { kind: 'collection', ui: locale };
	if (paper === GUIDE_SEGMENT) return { kind: 'guide', ui: locale, page: segment };
	if (segment === undefined) return { kind: 'reading', ui: locale, paper, mode: defaultMode(locale) };
	if (segment === 'glossary' || segment === 'about') return { kind: segment, ui: locale, paper };
	const mode = MODES.find((m) => m === segment);
	return mode && mode !== defaultMode(locale) ? { kind: 'reading', ui: locale, paper, mode } : undefined;
}

/** The path of `route`: `parseRoute` undone. */
export function routePath(route: Route): string {
	switch (route.kind) {
		case 'home':
			return homePath();
		case 'collection':
			return collectionPath(route.ui);
		case 'reading':
			return readingPath(route.ui, route.paper, route.mode);
		case 'glossary':
			return glossaryPath(route.ui, route.paper);
		case 'about':
			return aboutPath(route.ui, route.paper);
		case 'guide':
			return guidePath(route.ui, route.page);
	}
}

/**
 * The page's counterpart under the interface `ui`: the same page, except that a paper in its interface's
 * own language (`/zh/p/`, the original) answers to the other's (`/en/p/`, the translation). The home page
 * is every language's already.
 */
export function inLocale(route: Route, ui: Locale): Route {
	if (route.kind === 'home') return route;
	if (route.kind === 'reading' && route.mode === defaultMode(route.ui)) return { ...route, ui, mode: defaultMode(ui) };
	return { ...route, ui };
}

/** The page's counterpart under the other of the paper's two languages (Chinese ↔ English). */
export const inOtherLanguage = (route: Route): Route => (route.kind === 'home' ? route : inLocale(route, otherLocale(route.ui)));
