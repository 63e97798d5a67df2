/**
 * In-page navigation: contents, note markers and their return links,
 * glossary and search arrivals, Back and Forward. The browser follows the
 * link (so `:target` marks the unit and history has the entry); this lands
 * it just below the sticky header and moves focus to it, so that the next
 * Tab and a screen reader go on from there.
 */
import { BACK_LINK, markerOf } from './back-link.ts';
import { fragmentId } from './fragment.ts';

let headerObserver: ResizeObserver | undefined;

/** Keeps the scroll padding equal to the sticky header's height, which wraps on narrow screens; again after a swap, which brings a new header. */
export function trackHeaderHeight(): void {
	headerObserver?.disconnect();
	const header = document.querySelector<HTMLElement>('.site-header');
	if (!header) return;
	const measure = () => {
		if (header.isConnected) document.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
	};
	measure();
	headerObserver = new ResizeObserver(measure);
	headerObserver.observe(header);
}

/** The element the URL's fragment names, if it is on the page. */
function target(): HTMLElement | null {
	const id = fragmentId();
	if (!id) return null;
	// An address from when the markers had ids (`#ref-n3`; back-link.ts): the marker, in its unit (a margin copy is no unit's).
	const marker = id.startsWith('ref-') ? `[data-unit] sup a[href="#${CSS.escape(id.slice(4))}"]` : undefined;
	return document.getElementById(id) ?? (marker ? document.querySelector<HTMLElement>(marker) : null);
}

/** The marker whose note's way back was just followed: where the reader lands, rather than on its unit (back-link.ts). */
let backTo: HTMLAnchorElement | null = null;

/** Moves focus to the fragment's target without scrolling (the browser has placed it); after a way back, to the marker, placed. */
export function focusTarget(): void {
	const marker = backTo;
	backTo = null;
	if (marker?.isConnected) {
		marker.scrollIntoView();
		marker.focus({ preventScroll: true });
		return;
	}
	const el = target();
	if (!el) return;
	if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
	el.focus({ preventScroll: true });
}

/**
 * A page opened on a unit (a permalink, a result, a note linked from elsewhere): the browser placed it by
 * the stylesheet's guess at the header's height; place it again by the measured one, and focus it. Not on a
 * reload or Back, where the browser restores where the reader was.
 */
export function arrive(): void {
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	if (navigation?.type === 'navigate') target()?.scrollIntoView();
	focusTarget();
}

export function setUpNavigation(onArrival: () => void): void {
	addEventListener('hashchange', () => {
		focusTarget();
		onArrival();
	});
	// A search result on the unit the URL already names: back into view, focused and marked.
	document.addEventListener('search:arrived', () => {
		target()?.scrollIntoView();
		focusTarget();
		onArrival();
	});
	// A link to the fragment the URL already has scrolls to it again but changes no hash: focus it all the same,
	// once the click is done (and unless a script took it over, as the note markers do).
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
		backTo = link?.matches(BACK_LINK) ? markerOf(link) : null;
		if (link?.hash && link.hash === location.hash) requestAnimationFrame(() => event.defaultPrevented || focusTarget());
	});
}
