/**
 * Switching reading mode or interface language in place: the other page is
 * fetched and swapped in, and the unit at the top of the screen stays at
 * the top. Back and Forward between pages so swapped are swapped the same
 * way; an entry of the same page (a link to a unit, a note, a section) is
 * the browser's own, never a fetch. Pages already shown are kept, so that
 * Back works offline too. A swap that cannot be made follows the link.
 */
import { isModifiedClick } from '../input-events.ts';

interface ServedPage {
	title: string;
	lang: string;
	body: string;
}

/** The pages shown so far, as served (before the enhancements), by path. */
const served = new Map<string, ServedPage>();
/** The path of the page now in the document. */
let shownPath = location.pathname;
served.set(shownPath, { title: document.title, lang: document.documentElement.lang, body: document.body.innerHTML });

/** The unit nearest the top of the screen (below the sticky header), and how far from the top it stands. */
export function unitAtTop(): { id: string; offset: number } | undefined {
	const below = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 8;
	for (const el of document.querySelectorAll<HTMLElement>('.text > [id], .note-list > li[id]')) {
		const { top, bottom } = el.getBoundingClientRect();
		if (bottom > below) return { id: el.id, offset: top };
	}
	return undefined;
}

async function fetchPage(path: string): Promise<ServedPage> {
	const known = served.get(path);
	if (known) return known;
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	const next = new DOMParser().parseFromString(await response.text(), 'text/html');
	const page = { title: next.title, lang: next.documentElement.lang, body: next.body.innerHTML };
	served.set(path, page);
	return page;
}

/** Replaces the page with the one at `url`, keeping the reader's place; `push` adds a history entry. */
async function swapTo(url: URL, push: boolean, enhance: () => void): Promise<void> {
	const place = unitAtTop();
	const page = await fetchPage(url.pathname);
	document.title = page.title;
	document.documentElement.lang = page.lang;
	// Scripts inserted as HTML do not run: the page's own inline script is not run twice.
	document.body.innerHTML = page.body;
	// For what another module sets on the page as served (controls.ts: the buttons' attributes).
	document.dispatchEvent(new Event('page:swapped'));
	shownPath = url.pathname;
	if (push) history.pushState(null, '', place ? `${url.pathname}#${place.id}` : url.pathname);
	const el = place && document.getElementById(place.id);
	if (el) window.scrollBy(0, el.getBoundingClientRect().top - place.offset);
	enhance();
}

/** Wires the mode and language links, and Back and Forward, to swap pages; `enhance` sets up a page swapped in. */
export function setUpPageSwap(enhance: () => void): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('.mode-switch a, a.ui-switch');
		if (!link || isModifiedClick(event)) return;
		event.preventDefault();
		const url = new URL(link.href);
		if (url.pathname === shownPath) return;
		swapTo(url, true, enhance).catch(() => {
			const place = unitAtTop();
			location.assign(place ? `${link.href}#${place.id}` : link.href);
		});
	});
	addEventListener('popstate', () => {
		// Another entry of this same page: the browser has already put the reader there.
		if (location.pathname === shownPath) return;
		swapTo(new URL(location.href), false, enhance).catch(() => location.reload());
	});
}
