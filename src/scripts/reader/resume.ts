/**
 * Reading resumed: where the reader is in a paper (the unit at the top of the
 * screen) is kept in this browser's localStorage, nowhere else, and a return
 * to the paper offers it, "Continue at 3.2, paragraph 2": a link (the
 * browser's own move to the unit, below the header and focused, so Back
 * returns to the top) and a button, or Esc, that dismisses the offer. Never
 * when the URL already names a place (a permalink, a search result, a
 * concordance), nor on a reload or Back, where the browser restores the
 * place itself. The place is a unit id, the same in every mode and interface.
 * Storage blocked or holding anything else: no offer, nothing else changes.
 */
import { unitLabel } from '../../lib/cite.ts';
import { escapeHtml as escape } from '../../lib/escape.ts';
import { readStored, writeStored } from '../storage.ts';
import { label, pageLang } from './strings.ts';
import { unitAtTop } from './swap.ts';

/** localStorage: each paper's place, `{ [paper]: unit id }`. */
const PLACES_KEY = 'reading-places';

const paperId = (): string | undefined => document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];

function readPlaces(): Record<string, string> {
	try {
		const value: unknown = JSON.parse(readStored('localStorage', PLACES_KEY) ?? '{}');
		if (typeof value !== 'object' || value === null) return {};
		return Object.fromEntries(Object.entries(value).filter(([, id]) => typeof id === 'string' && /^[a-z0-9-]+$/.test(id)));
	} catch {
		return {};
	}
}

/** Keeps the unit now at the top, or forgets the place when the reader is back at the opening (nothing to resume). */
function keepPlace(): void {
	const paper = paperId();
	if (!paper) return;
	const first = document.querySelector('.text > [id]');
	const at = unitAtTop();
	const places = readPlaces();
	if (!at || at.id === first?.id) delete places[paper];
	else places[paper] = at.id;
	writeStored('localStorage', PLACES_KEY, JSON.stringify(places));
}

/** How the offer names a unit: "3.2, paragraph 2", 第3.2节第2段 (a heading by its section alone). */
function placeLabel(id: string): string {
	const lang = pageLang();
	if (lang === 'en')
		return unitLabel(id, 'en')
			.replace(/^section /, '')
			.replace(/, heading$/, '');
	const place = unitLabel(id, 'zh').replace(/标题$/, '');
	return lang === 'zh-hant' ? place.replaceAll('节', '節') : place;
}

function dismiss(): void {
	document.querySelector('.resume-offer')?.remove();
}

/** Offers the place kept for this paper, if there is one to go to; called once, for the page as it was opened. */
export function offerResume(): void {
	const paper = paperId();
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	if (!paper || location.hash || new URLSearchParams(location.search).has('term') || (navigation && navigation.type !== 'navigate')) return;
	const id = readPlaces()[paper];
	const unit = id ? document.getElementById(id) : null;
	if (!id || !unit) return;
	// Already on the screen: nothing to offer.
	const { top, bottom } = unit.getBoundingClientRect();
	if (top < innerHeight && bottom > 0) return;
	const offer = document.createElement('div');
	offer.className = 'resume-offer';
	offer.setAttribute('role', 'region');
	offer.setAttribute('aria-label', label('resumeOffer'));
	offer.innerHTML = `<a href="#${escape(id)}">${escape(label('resumeAt').replace('{place}', placeLabel(id)))}</a><button type="button" class="resume-dismiss">${escape(label('dismiss'))}</button>`;
	offer.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('a, .resume-dismiss')) dismiss();
	});
	document.body.append(offer);
}

export function setUpResume(): void {
	// Kept as the reader scrolls (and as the page is left just after), never for a page only opened and left.
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending = false;
	const keep = (): void => {
		clearTimeout(timer);
		if (pending) keepPlace();
		pending = false;
	};
	addEventListener(
		'scroll',
		() => {
			pending = true;
			clearTimeout(timer);
			timer = setTimeout(keep, 300);
		},
		{ passive: true },
	);
	addEventListener('pagehide', keep);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && document.querySelector('.resume-offer') && !document.querySelector(':popover-open, dialog[open]')) dismiss();
	});
}
