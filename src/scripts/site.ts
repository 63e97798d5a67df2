/**
 * The only script a page loads with it, kept small: it applies the reader's
 * dark/light choice, and at the reader's first move (pointer, key, scroll,
 * touch), or at once when the page opens on a unit, loads what makes the
 * page interactive: the site's controls (controls.ts) and, on a reading
 * page, the reading enhancements (reader.ts). A click on a control or a
 * search shortcut that comes before they have loaded waits for them.
 * Without script: the system's colour scheme, plain links, and in place of
 * the search and theme buttons a note that search needs JavaScript
 * (`<noscript>` in Base.astro).
 */
import { HIGHLIGHT_KEY, isSearchShortcut, THEME_KEY } from './keys';
// Built as standalone modules and loaded by URL: a bundled dynamic import would bring Vite's
// preload helper (about 1 KB gzipped, more than this script) for chunks that preload nothing.
import controlsUrl from './controls.ts?worker&url';
import readerUrl from './reader.ts?worker&url';

const chosen = localStorage.getItem(THEME_KEY);
if (chosen === 'dark' || chosen === 'light') document.documentElement.dataset['theme'] = chosen;

/** The controls on the page as served that need the modules. */
const CONTROLS = '.search-open, .theme-toggle, .mode-switch a, .ui-switch, .note-ref a, .tn-ref a';
const reading = document.querySelector('article.paper');
let modules: Promise<unknown> | undefined;
let ready = false;
function load(): Promise<unknown> {
	modules ??= Promise.all([import(/* @vite-ignore */ controlsUrl), reading && import(/* @vite-ignore */ readerUrl)]).then(() => (ready = true));
	return modules;
}
if (location.hash || sessionStorage.getItem(HIGHLIGHT_KEY)) load();
for (const type of ['pointermove', 'pointerdown', 'keydown', 'scroll', 'touchstart', 'focusin']) addEventListener(type, load, { once: true, passive: true });

document.addEventListener('click', (event) => {
	const control = !ready && (event.target as Element).closest<HTMLElement>(CONTROLS);
	if (control) {
		event.preventDefault();
		load().then(() => control.click());
	}
});
document.addEventListener('keydown', (event) => {
	if (!ready && isSearchShortcut(event)) {
		event.preventDefault();
		load().then(() => document.querySelector<HTMLElement>('.search-open')?.click());
	}
});
