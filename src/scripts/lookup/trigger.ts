/**
 * What starts the word look-up, loaded with the reading enhancements: a
 * click or tap on a Chinese word of the text, or a word selected (a
 * double-click, a long press), loads the look-up (lookup.ts, then its
 * data) and asks it; a reader who never looks up loads neither. A page
 * opened from a glossary entry's "mark every occurrence" (`?term=…`) asks
 * for the concordance. What fails to load is said so and tried again at
 * the next look-up; the text is never in the way.
 */
import { isModifiedClick } from '../input-events.ts';
import { loadModule, sayLoadFailed } from '../load-module.ts';
import { chosenSegment, segmentOf } from '../reader/segments.ts';
import lookupUrl from './lookup.ts?worker&url';
import { inChinese, type LookupRequest } from './request.ts';

/** A glossary term's link in the text or the notes: opens the term's card in place (term-card.ts) instead of the glossary page. */
const TERM_LINK = ':is(.text, .note-list) a[href*="glossary/#"]';

/** Study is on, and the page shows one language (study.ts). */
const studying = (): boolean =>
	document.documentElement.dataset['study'] === 'on' && /^(zh|en)$/.test(document.querySelector<HTMLElement>('article.paper')?.dataset['mode'] ?? '');

/** What a click means something else on: links, controls, note markers, the editors' labels. */
const NOT_WORDS = 'a, button, sup, .unit-tools, [data-editorial]';

function ask(request: LookupRequest): void {
	// A term's link that cannot have its card is followed, as without script.
	loadModule(lookupUrl).then(
		() => document.dispatchEvent(new CustomEvent('lookup:request', { detail: request })),
		request.kind === 'term' ? () => location.assign(request.link.href) : sayLoadFailed,
	);
}

let settling: ReturnType<typeof setTimeout> | undefined;
/** Whether the sentence a touch went down on was already the chosen one (read before the tap chooses it). */
let onChosen = false;

export function setUpLookup(): void {
	document.addEventListener('pointerdown', (event) => {
		const seg = segmentOf(event.target);
		onChosen = seg !== undefined && seg === chosenSegment();
	});
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		const link = target.closest<HTMLAnchorElement>(TERM_LINK);
		if (link && !event.defaultPrevented && !isModifiedClick(event)) {
			event.preventDefault();
			ask({ kind: 'term', term: decodeURIComponent(link.hash.slice(1)), link });
			return;
		}
		if (event.defaultPrevented || isModifiedClick(event) || !inChinese(target) || target.closest(NOT_WORDS) || String(getSelection() ?? '')) return;
		/*
		 * Study on a touch screen: a single tap on a Chinese sentence shows its partner (study.ts), what the reader
		 * turned study on for, and does not look a word up as well; a tap on the sentence already shown with its
		 * partner looks up the word tapped, and so does a long press (a selection, below). A mouse has both at
		 * once without a conflict: its hover shows the partner, its click looks up.
		 */
		const touch = event instanceof PointerEvent && event.pointerType !== 'mouse' && event.pointerType !== '';
		if (touch && studying() && segmentOf(target) && !onChosen) return;
		ask({ kind: 'point', x: event.clientX, y: event.clientY });
	});
	document.addEventListener('selectionchange', () => {
		clearTimeout(settling);
		settling = setTimeout(() => {
			const selection = getSelection();
			const text = String(selection ?? '').trim();
			if (!selection || selection.isCollapsed || text.length > 12 || !/\p{Script=Han}/u.test(text)) return;
			if (inChinese(selection.anchorNode?.parentElement)) ask({ kind: 'selection' });
		}, 400);
	});
	const term = new URLSearchParams(location.search).get('term');
	if (term) ask({ kind: 'concordance', term });
}
