/**
 * The search launcher, on every page, loaded by site.ts at the reader's
 * first move: search opens from its button, `/` or Ctrl/Cmd-K, and its
 * module loads when it is first opened, the button busy meanwhile. A module
 * that fails to load is said to have failed and is tried again next time.
 */
import { isSearchShortcut } from './keys';
import { loadModule, sayLoadFailed } from './load-module';
import searchUrl from './search/search.ts?worker&url';

let loaded = false;
function openSearch(): void {
	// The search module opens itself as it loads; once loaded, it listens for `search:open`.
	if (loaded) return void document.dispatchEvent(new Event('search:open'));
	const button = document.querySelector('.search-open');
	button?.setAttribute('aria-busy', 'true');
	loadModule(searchUrl)
		.then(() => (loaded = true), sayLoadFailed)
		.finally(() => button?.removeAttribute('aria-busy'));
}

document.addEventListener('click', (event) => {
	if ((event.target as Element).closest('.search-open')) openSearch();
});

document.addEventListener('keydown', (event) => {
	if (isSearchShortcut(event)) {
		event.preventDefault();
		openSearch();
	}
});
