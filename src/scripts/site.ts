/**
 * The only script a page loads with it, kept small: it applies the reader's
 * dark/light choice and toggles it, and at the reader's first move (pointer,
 * key, scroll, touch), or at once when the page opens on a unit, loads what
 * makes the page interactive: the search launcher (controls.ts) and, on a
 * reading page, the reading enhancements (reader/reader.ts). Until they are
 * there, links are plain links; the search button and shortcut wait for
 * them, and say so if they cannot be loaded. What failed to load is tried
 * again at the next click. Without script: the system's colour scheme,
 * plain links, and a note that search needs JavaScript.
 */
import { HIGHLIGHT_KEY, isSearchShortcut, THEME_KEY } from './keys';
import { loadModule, sayLoadFailed } from './load-module';
// Built as standalone modules and loaded by URL: a bundled dynamic import would bring Vite's
// preload helper (about 1 KB gzipped, more than this script) for chunks that preload nothing.
import controlsUrl from './controls.ts?worker&url';
import readerUrl from './reader/reader.ts?worker&url';

const root = document.documentElement;
/** Blocked storage throws (a SecurityError): the choice then lasts for the page. */
const stored = (area: 'localStorage' | 'sessionStorage', key: string): string | null | undefined => {
	try {
		return window[area].getItem(key);
	} catch {
		return undefined;
	}
};
const theme = stored('localStorage', THEME_KEY);
if (theme === 'dark' || theme === 'light') root.dataset['theme'] = theme;

let ready = false;
const load = (): Promise<unknown> =>
	Promise.all([loadModule(controlsUrl), document.querySelector('article.paper') && loadModule(readerUrl)]).then(() => (ready = true));
const loadQuietly = (): void => void load().catch(() => {});

if (location.hash || stored('sessionStorage', HIGHLIGHT_KEY)) loadQuietly();
for (const type of ['pointermove', 'pointerdown', 'keydown', 'scroll', 'touchstart', 'focusin']) addEventListener(type, loadQuietly, { once: true, passive: true });

/** Opens search once the modules are there, or says they could not be loaded. */
const openSearch = (): void => void load().then(() => document.querySelector<HTMLElement>('.search-open')?.click(), sayLoadFailed);

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('.theme-toggle')) {
		const dark = root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
		root.dataset['theme'] = dark ? 'light' : 'dark';
		try {
			localStorage.setItem(THEME_KEY, root.dataset['theme']);
		} catch {}
	} else if (!ready && target.closest('.search-open')) openSearch();
	else if (!ready) loadQuietly();
});
document.addEventListener('keydown', (event) => {
	if (!ready && isSearchShortcut(event)) {
		event.preventDefault();
		openSearch();
	}
});
