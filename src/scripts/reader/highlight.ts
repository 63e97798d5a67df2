/**
 * Marks the words a search matched in the unit it led to, with the CSS
 * Custom Highlight API (no change to the DOM). The search stores what to
 * mark just before it navigates; the reading page marks it on arrival.
 * What is stored is read warily: it may be anything.
 */
import { HIGHLIGHT_KEY } from '../keys';
import { readStored, writeStored } from '../storage';

/** What the search left to mark, if it is what the search writes. */
function stored(): { unit: string; terms: string[] } | undefined {
	try {
		const value: unknown = JSON.parse(readStored('sessionStorage', HIGHLIGHT_KEY) ?? 'null');
		if (typeof value !== 'object' || value === null) return undefined;
		const { unit, terms } = value as Record<string, unknown>;
		if (typeof unit !== 'string' || !Array.isArray(terms)) return undefined;
		return { unit, terms: terms.filter((t): t is string => typeof t === 'string' && t.length > 0) };
	} catch {
		return undefined;
	}
}

/** Marks what the search left to mark, if the page is where it led; returns the first match. */
export function markSearchArrival(): Range | undefined {
	const arrival = stored();
	if (!arrival) {
		writeStored('sessionStorage', HIGHLIGHT_KEY, null);
		return undefined;
	}
	const target = document.getElementById(arrival.unit);
	if (!target || location.hash !== `#${arrival.unit}` || !('highlights' in CSS)) return undefined;
	writeStored('sessionStorage', HIGHLIGHT_KEY, null);
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.textContent ?? '').toLowerCase();
		for (const term of arrival.terms) {
			for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
				const range = new Range();
				range.setStart(node, at);
				range.setEnd(node, at + term.length);
				ranges.push(range);
			}
		}
	}
	CSS.highlights.set('search', new Highlight(...ranges));
	return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
}
