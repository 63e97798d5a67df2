/**
 * The only script a page loads with it, kept small: it applies the reader's
 * settings and theme before the first paint (reader/settings.ts keeps them),
 * and at the reader's first move (pointer, key, scroll, touch), or at once
 * when the page opens on a unit, loads what makes the page interactive: the
 * site's controls (controls.ts: search, the theme toggle) and, on a reading
 * page, the reading enhancements (reader/reader.ts). Until they are there,
 * links are plain links; the search and theme buttons and the search
 * shortcut wait for them, and say so if they cannot be loaded. What failed
 * to load is tried again at the next click. Without script: the system's
 * colour scheme, plain links, and a note that search needs JavaScript.
 */
// This order keeps the inline script's bytes (and so its CSP hash) as they were.
import { SETTINGS_KEY } from './storage-keys.ts';
import { isSearchShortcut } from './input-events.ts';
import { loadModule, sayLoadFailed } from './load-module.ts';
// Built as standalone modules and loaded by URL: a bundled dynamic import would bring Vite's
// preload helper (about 1 KB gzipped, more than this script) for chunks that preload nothing.
import controlsUrl from './controls.ts?worker&url';
import readerUrl from './reader/reader.ts?worker&url';

const root = document.documentElement;
try {
	// Each stored value on its own, as JSON.parse reads it: a string is applied, anything else is left out, and a
	// name that cannot be an attribute (setting it throws) stops none of the others.
	// (Read as a property, which is shorter in every page than getItem: a missing key is undefined, not JSON.)
	JSON.parse(localStorage[SETTINGS_KEY] as string, (name: string, value: unknown) => {
		try {
			// A string is its own text; a number, a list or an object is not (and this is shorter than typeof, in every page).
			if (value === `${value}`) root.dataset[name] = value as string;
		} catch {}
	});
} catch {
	// Storage blocked, or what it holds is not JSON: the defaults.
}

let ready = false;
const load = (): Promise<unknown> =>
	Promise.all([loadModule(controlsUrl), document.querySelector('article.paper') && loadModule(readerUrl)]).then(() => (ready = true));
const loadQuietly = (): void => void load().catch(() => {});

// A page opened on a unit (a permalink, a search result) is enhanced at once, to focus and mark it.
if (location.hash) loadQuietly();
// (Passive without saying so: a touchstart listener on the window is passive by default, and the others cannot hold up scrolling.)
for (const type of ['pointermove', 'keydown', 'scroll', 'touchstart', 'focusin']) addEventListener(type, loadQuietly, { once: true });

/** Clicks `control` once the modules are there, or says they could not be loaded. */
const whenLoaded = (control: HTMLElement | null): void => void load().then(() => control?.click(), sayLoadFailed);

document.addEventListener('click', (event) => {
	if (ready) return;
	const control = (event.target as Element).closest<HTMLElement>('.search-open,.theme-toggle');
	if (control) whenLoaded(control);
	else loadQuietly();
});
document.addEventListener('keydown', (event) => {
	if (!ready && isSearchShortcut(event)) {
		event.preventDefault();
		whenLoaded(document.querySelector('.search-open'));
	}
});
