/**
 * Marks the words a search matched in the unit it led to, with the CSS
 * Custom Highlight API (no change to the DOM). The search stores what to
 * mark just before it navigates; the reading page marks it on arrival.
 */
import { HIGHLIGHT_KEY } from './keys';

export function markSearchArrival(): void {
	const stored = sessionStorage.getItem(HIGHLIGHT_KEY);
	if (!stored || !('highlights' in CSS)) return;
	const { unit, terms } = JSON.parse(stored) as { unit: string; terms: string[] };
	const target = document.getElementById(unit);
	if (!target || location.hash !== `#${unit}`) return;
	sessionStorage.removeItem(HIGHLIGHT_KEY);
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.textContent ?? '').toLowerCase();
		for (const term of terms) {
			for (let at = text.indexOf(term); at >= 0 && term; at = text.indexOf(term, at + term.length)) {
				const range = new Range();
				range.setStart(node, at);
				range.setEnd(node, at + term.length);
				ranges.push(range);
			}
		}
	}
	CSS.highlights.set('search', new Highlight(...ranges));
}
