/** A search result's excerpt: the text around the first match, every match marked. */
import { escapeHtml, escapeRegExp } from '../../lib/escape.ts';

/**
 * A window of `text` around the first match of `terms`, as HTML, every match in a <mark>. Matched on the
 * text and escaped piece by piece: a term that spells part of an escape (`quot`, `amp`, `lt`) marks
 * letters of the text, never the inside of `&quot;`.
 */
export function excerpt(text: string, terms: readonly string[], around = 40): string {
	const wanted = terms.filter((t) => t.length > 0);
	const lower = text.toLowerCase();
	const first = Math.min(...wanted.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
	const start = first === text.length ? 0 : Math.max(0, first - around);
	const piece = text.slice(start, start + around * 3);
	let marked = '';
	let done = 0;
	if (wanted.length > 0) {
		for (const match of piece.matchAll(new RegExp(wanted.map(escapeRegExp).join('|'), 'gi'))) {
			marked += `${escapeHtml(piece.slice(done, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
			done = match.index + match[0].length;
		}
	}
	marked += escapeHtml(piece.slice(done));
	return `${start > 0 ? '…' : ''}${marked}${start + around * 3 < text.length ? '…' : ''}`;
}
