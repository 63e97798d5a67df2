/**
 * The one popover of a reading page, for notes and citations: shown beside
 * what opened it, focus moved in, and given back on close (Escape, its
 * close button, a click elsewhere).
 */
import { escapeHtml as escape } from '../../lib/escape.ts';
import { label } from './strings.ts';

let returnFocusTo: HTMLElement | undefined;

/** The popover, made on first use (and again after a swap, which replaces the body). */
function popover(): HTMLElement {
	const existing = document.getElementById('note-popover');
	if (existing) return existing;
	const el = document.createElement('div');
	el.id = 'note-popover';
	el.className = 'note-popover';
	el.popover = 'auto';
	el.tabIndex = -1;
	el.setAttribute('role', 'note');
	el.innerHTML = `<div class="note-popover-body"></div><p class="note-popover-actions"><a class="note-popover-go" href="#">${escape(label('goToNote'))}</a><button type="button" class="note-popover-close" popovertarget="note-popover" popovertargetaction="hide">${escape(label('closeNote'))}</button></p>`;
	document.querySelector('article.paper')?.append(el);
	return el;
}

/** Shows `content` beside `anchor`, focus inside; `go` is where "go to the note" leads, if anywhere. False where popovers are not supported. */
export function showPopover(anchor: HTMLElement, content: Node, go?: string): boolean {
	if (!('showPopover' in HTMLElement.prototype)) return false;
	const el = popover();
	el.querySelector('.note-popover-body')?.replaceChildren(content);
	const goLink = el.querySelector<HTMLAnchorElement>('.note-popover-go')!;
	goLink.hidden = go === undefined;
	goLink.href = go ?? '#';
	returnFocusTo = anchor;
	el.showPopover();
	place(el, anchor);
	el.focus();
	return true;
}

/**
 * Below the anchor if it fits there, else above; beside it within the screen. Where the text stands in
 * two columns, over the other column than the anchor's, so that the passage being compared stays visible.
 */
function place(el: HTMLElement, anchor: HTMLElement): void {
	const box = anchor.getBoundingClientRect();
	const width = el.offsetWidth;
	const height = el.offsetHeight;
	const margin = 8;
	const column = anchor.closest('.pair > [lang]');
	let left = box.left;
	if (column && innerWidth >= 640) {
		const pair = column.parentElement!.getBoundingClientRect();
		const own = column.getBoundingClientRect();
		const otherSide = own.left - pair.left < pair.width / 2 ? own.right + margin : own.left - width - margin;
		left = otherSide;
	}
	left = Math.max(margin, Math.min(left, innerWidth - width - margin));
	const below = box.bottom + 6;
	const top = below + height <= innerHeight - margin ? below : Math.max(margin, box.top - 6 - height);
	el.style.insetInlineStart = `${left}px`;
	el.style.insetBlockStart = `${top}px`;
}

export function setUpPopover(): void {
	document.addEventListener('click', (event) => {
		// Going on to the note: focus goes there (navigation.ts), not back to the marker.
		if ((event.target as Element).closest('.note-popover-go')) {
			returnFocusTo = undefined;
			document.getElementById('note-popover')?.hidePopover();
		}
	});
	document.addEventListener(
		'toggle',
		(event) => {
			if ((event.target as Element).id === 'note-popover' && (event as ToggleEvent).newState === 'closed') {
				returnFocusTo?.focus();
				returnFocusTo = undefined;
			}
		},
		true,
	);
}
