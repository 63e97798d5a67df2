/**
 * The site's controls, on every page, loaded by site.ts at the reader's
 * first move: the dark/light toggle, and search, opened by its button, `/`
 * or Ctrl/Cmd-K, whose module loads when it is first opened.
 */
import { isSearchShortcut, THEME_KEY } from './keys';
import searchUrl from './search.ts?worker&url';

let search: Promise<unknown> | undefined;
function openSearch(): void {
	// The search module opens itself as it loads; once loaded, it listens for `search:open`.
	if (search) search.then(() => document.dispatchEvent(new Event('search:open')));
	else search = import(/* @vite-ignore */ searchUrl);
}

function toggleTheme(): void {
	const root = document.documentElement;
	const dark = root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	const theme = dark ? 'light' : 'dark';
	localStorage.setItem(THEME_KEY, theme);
	root.dataset['theme'] = theme;
}

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('.search-open')) openSearch();
	else if (target.closest('.theme-toggle')) toggleTheme();
});

document.addEventListener('keydown', (event) => {
	if (isSearchShortcut(event)) {
		event.preventDefault();
		openSearch();
	}
});
