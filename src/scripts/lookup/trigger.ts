/**
 * What starts the word look-up, loaded with the reading enhancements: a
 * click or tap on a Chinese word of the text, or a word selected (a
 * double-click, a long press), loads the look-up (lookup.ts, then its
 * data) and asks it; a reader who never looks up loads neither. A page
 * opened from a glossary entry's "mark every occurrence" (`?term=…`) asks
 * for the concordance. What fails to load is said so and tried again at
 * the next look-up; the text is never in the way.
 */
import { isModifiedClick } from '../input-events';
import { loadModule, sayLoadFailed } from '../load-module';
import lookupUrl from './lookup.ts?worker&url';
import { inChinese, type LookupRequest } from './request';

/** What a click means something else on: links, controls, note markers, the editors' labels. */
const NOT_WORDS = 'a, button, sup, .unit-tools, [data-editorial]';


function ask(request: LookupRequest): void {
	loadModule(lookupUrl).then(() => document.dispatchEvent(new CustomEvent('lookup:request', { detail: request })), sayLoadFailed);
}

let settling: ReturnType<typeof setTimeout> | undefined;

export function setUpLookup(): void {
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (event.defaultPrevented || isModifiedClick(event) || !inChinese(target) || target.closest(NOT_WORDS) || String(getSelection() ?? '')) return;
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
