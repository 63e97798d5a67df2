/**
 * A Chinese result in the reader's script. A Chinese record holds its text
 * in both scripts (src/lib/search/records.ts), character for character, so
 * a query's term found in one stands at the same place in the other: that
 * is how a Traditional query is marked on a Simplified page, and the reverse.
 */
import type { ResultData } from './engine.ts';

/** The text a result shows: in Traditional characters on a Traditional page, where the record has them. */
export const shownText = (data: ResultData, traditional: boolean): string => (traditional && data.hant ? data.hant : data.content);

/** `terms` (lowercase) as they stand in `shown`, one of the record's two scripts: each found in either, taken at its place in `shown`. */
export function termsIn(shown: string, data: ResultData, terms: readonly string[]): string[] {
	const texts = [data.content, data.hant].filter((text): text is string => text !== undefined && text.length === shown.length);
	const found = new Set<string>();
	for (const term of terms) {
		const at = texts.map((text) => text.toLowerCase().indexOf(term)).find((i) => i >= 0);
		found.add(at === undefined ? term : shown.slice(at, at + term.length).toLowerCase());
	}
	return [...found];
}
