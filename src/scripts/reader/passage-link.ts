/**
 * Selecting text of the paper offers "copy a link to this passage": a URL
 * whose fragment names the segment (or note, or unit) the selection starts
 * in, followed by a text fragment (`#s2-1-p3.2:~:text=…`). A browser that
 * knows text fragments scrolls to exactly that text and marks it; one that
 * does not lands on the segment (segments.ts), and so does a page without
 * the segments' data, on the unit.
 */
import { segmentIdOf, segmentOf } from './segments.ts';
import { label } from './strings.ts';

/** Percent-encodes a piece of a text directive: `-`, `,` and `&` have meanings there. */
const encode = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/** The selection widened to whole words at its two ends (a text fragment matches whole words only). */
function wholeWords(range: Range): string {
	const wide = range.cloneRange();
	const { startContainer: start, endContainer: end } = wide;
	if (start instanceof Text) {
		let at = wide.startOffset;
		while (at > 0 && /[\p{L}\p{N}]/u.test(start.data[at - 1]!) && !/\p{Script=Han}/u.test(start.data[at - 1]!)) at--;
		wide.setStart(start, at);
	}
	if (end instanceof Text) {
		let at = wide.endOffset;
		while (at < end.data.length && /[\p{L}\p{N}]/u.test(end.data[at]!) && !/\p{Script=Han}/u.test(end.data[at]!)) at++;
		wide.setEnd(end, at);
	}
	return wide.toString().replace(/\s+/g, ' ').trim();
}

/** The link to the passage `range` selects, if it lies in the paper's text. */
export function passageUrl(range: Range): string | undefined {
	const from = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
	if (!from?.closest('article.paper .text, article.paper .note-list')) return undefined;
	const seg = segmentOf(from);
	const anchor = seg ? segmentIdOf(seg) : from.closest<HTMLElement>('[data-unit]')?.id;
	const text = wholeWords(range);
	if (!anchor || !text) return undefined;
	// Short, the whole text; long, its opening and its close, which the browser matches as a range.
	const han = /\p{Script=Han}/u.test(text);
	const words = text.split(' ');
	const directive =
		text.length <= 80
			? encode(text)
			: han
				? `${encode(text.slice(0, 12))},${encode(text.slice(-12))}`
				: `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`;
	return `${location.origin}${location.pathname}#${anchor}:~:text=${directive}`;
}

function button(): HTMLButtonElement {
	let el = document.getElementById('passage-link') as HTMLButtonElement | null;
	if (!el) {
		el = document.createElement('button');
		el.id = 'passage-link';
		el.type = 'button';
		el.className = 'passage-link';
		el.popover = 'manual';
		document.querySelector('article.paper')?.append(el);
	}
	return el;
}

function hide(): void {
	const el = document.getElementById('passage-link');
	if (el?.matches(':popover-open')) el.hidePopover();
}

/** Offers the link below the selection's end (where a phone's own menu, above it, does not cover it). */
function offer(): void {
	const selection = getSelection();
	const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
	const url = range && passageUrl(range);
	if (!range || !url || !('showPopover' in HTMLElement.prototype)) return hide();
	const el = button();
	el.dataset['url'] = url;
	el.textContent = label('copyPassageLink');
	if (!el.matches(':popover-open')) el.showPopover();
	const rects = range.getClientRects();
	const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
	el.style.insetBlockStart = `${last.bottom + scrollY + 8}px`;
	el.style.insetInlineStart = `${Math.max(8, Math.min(last.right - el.offsetWidth, innerWidth - el.offsetWidth - 8)) + scrollX}px`;
}

export function setUpPassageLinks(): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	document.addEventListener('selectionchange', () => {
		clearTimeout(timer);
		timer = setTimeout(offer, 250);
	});
	document.addEventListener('click', (event) => {
		const el = (event.target as Element).closest<HTMLButtonElement>('#passage-link');
		const url = el?.dataset['url'];
		if (!el || !url) return;
		navigator.clipboard?.writeText(url).then(
			() => {
				el.textContent = label('passageLinkCopied');
				setTimeout(hide, 1200);
			},
			() => {},
		);
	});
}
