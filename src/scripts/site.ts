/**
 * The only script a page loads with it, kept small. It sets up the
 * dark/light toggle, and loads the rest only when it is needed: search when
 * it is opened (its button, `/`, Ctrl/Cmd-K), the reading enhancements
 * (reader.ts) at the reader's first move (pointer, key, scroll, touch) or
 * at once when the page opens on a unit. Without script: the system's
 * colour scheme, plain links, and a search control that says it needs
 * JavaScript.
 */
import { HIGHLIGHT_KEY, THEME_KEY } from './keys';
// Built as standalone modules and loaded by URL: a bundled dynamic import would bring Vite's
// preload helper (about 1 KB gzipped, more than this script) for chunks that preload nothing.
import readerUrl from './reader.ts?worker&url';
import searchUrl from './search.ts?worker&url';

function setUp(): void {
	const theme = localStorage.getItem(THEME_KEY);
	if (theme === 'dark' || theme === 'light') document.documentElement.dataset['theme'] = theme;
	for (const el of document.querySelectorAll('.theme-toggle, .search-open')) el.removeAttribute('hidden');
	document.querySelector('.search-nojs')?.setAttribute('hidden', '');
}

let search: Promise<unknown> | undefined;
function openSearch(): void {
	// The search module opens itself as it loads; once loaded, it listens for `search:open`.
	if (search) search.then(() => document.dispatchEvent(new Event('search:open')));
	else search = import(/* @vite-ignore */ searchUrl);
}

/** Controls the reader module handles; a click on one before it has loaded waits for it. */
const READER_CONTROLS = '.mode-switch a, a.ui-switch, .note-ref a, .tn-ref a, a.permalink, [data-step]';
let reader: Promise<unknown> | undefined;
let readerReady = false;
function loadReader(): Promise<unknown> {
	reader ??= import(/* @vite-ignore */ readerUrl).then(() => (readerReady = true));
	return reader;
}
if (document.querySelector('article.paper')) {
	if (location.hash || sessionStorage.getItem(HIGHLIGHT_KEY)) loadReader();
	for (const type of ['pointermove', 'pointerdown', 'keydown', 'scroll', 'touchstart', 'focusin']) addEventListener(type, loadReader, { once: true, passive: true });
}

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	const control = !readerReady && target.closest<HTMLElement>(READER_CONTROLS);
	if (control && document.querySelector('article.paper')) {
		event.preventDefault();
		loadReader().then(() => control.click());
		return;
	}
	if (target.closest('.search-open')) openSearch();
	if (!target.closest('.theme-toggle')) return;
	const chosen = document.documentElement.dataset['theme'];
	const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	localStorage.setItem(THEME_KEY, dark ? 'light' : 'dark');
	setUp();
});

document.addEventListener('keydown', (event) => {
	const typing = (event.target as Element).closest('input, textarea, select, [contenteditable]');
	if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
		event.preventDefault();
		openSearch();
	}
});

// A reading page swapped in place brings a new header.
document.addEventListener('page:swapped', setUp);
setUp();
