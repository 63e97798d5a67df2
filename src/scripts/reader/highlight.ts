/**
 * Marks the words a search matched in the unit it led to, with the CSS
 * Custom Highlight API (no change to the DOM). The search stores what to
 * mark just before it navigates; the reading page marks it on arrival.
 * What is stored is read warily: it may be anything.
 */
import { HIGHLIGHT_KEY } from '../storage-keys.ts';
import { readStored, writeStored } from '../storage.ts';

/** More terms than a query names with its glossary forms, and longer ones than it holds: the rest is ignored. */
const MOST_TERMS = 64;
const LONGEST_TERM = 200;
/** Marks enough to see where the matches are; more would only cost time. */
const MOST_MARKS = 500;

/** What the search left to mark, if it is what the search writes; bounded however much is stored. */
function stored(): { unit: string; terms: string[] } | undefined {
	try {
		const value: unknown = JSON.parse(readStored('sessionStorage', HIGHLIGHT_KEY) ?? 'null');
		if (typeof value !== 'object' || value === null) return undefined;
		const { unit, terms } = value as Record<string, unknown>;
		if (typeof unit !== 'string' || !Array.isArray(terms)) return undefined;
		const usable = terms.slice(0, MOST_TERMS).filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= LONGEST_TERM);
		return { unit, terms: [...new Set(usable.map((t) => t.toLowerCase()))] };
	} catch {
		return undefined;
	}
}

/** The unit a search led to and left words to mark in, if the URL names it. */
export function searchArrivalUnit(): string | undefined {
	const unit = stored()?.unit;
	return unit !== undefined && location.hash === `#${unit}` ? unit : undefined;
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
	for (let node = walker.nextNode(); node && ranges.length < MOST_MARKS; node = walker.nextNode()) {
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
	const highlight = new Highlight();
	for (const range of ranges.slice(0, MOST_MARKS)) highlight.add(range);
	CSS.highlights.set('search', highlight);
	return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
}
