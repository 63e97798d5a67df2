/**
 * The contents from anywhere, where the screen has no contents column (a
 * phone, a narrow window): the sticky header shows the section the reader is
 * in (its number and name), and a tap on it opens the contents in a sheet, a
 * modal <dialog>. Choosing an entry closes the sheet and follows the link as
 * the browser does (the section lands below the header, marked and focused,
 * navigation.ts), so Back returns to where the reader was. The sheet has a
 * history entry of its own, so that Back closes it too; its button, Esc and a
 * tap on the backdrop close it and take that entry back. Without script the
 * contents stay where they are, a disclosure above the text; the header's
 * button and the sheet are made here, not carried by every page.
 */
import { escapeHtml as escape } from '../../lib/escape.ts';
import { currentHeading, onScrollFrame } from './contents.ts';
import { label } from './strings.ts';

/** The history entry the open sheet holds. */
const SHEET_STATE = 'contents-sheet';
const isSheetEntry = (): boolean => (history.state as { sheet?: string } | null)?.sheet === SHEET_STATE;

/** A heading's number, from its id (`s2-2-1` → 2.2.1), and its name without the text's own numbering (二、, （一）, II., (1), 1.). */
function sectionOf(heading: HTMLElement): { number: string; name: string } {
	const number = /^s(\d+(?:-\d+)*)$/.exec(heading.id)?.[1]?.replaceAll('-', '.') ?? '';
	// The heading in the language read first (side by side, its first child), without the tools the script added.
	const source = (heading.hasAttribute('lang') ? heading : (heading.querySelector(':scope > [lang]') ?? heading)).cloneNode(true) as HTMLElement;
	for (const added of source.querySelectorAll('.unit-tools, sup')) added.remove();
	const text = source.textContent ?? '';
	const name = text.replace(/^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[IVXL]+\.|\(\d+\)|\d+\.)\s*/, '').trim();
	return { number, name };
}

/** Shows the section now read on the header's button. */
function showSection(): void {
	const button = document.querySelector<HTMLButtonElement>('.contents-open');
	if (!button) return;
	const heading = currentHeading();
	const section = heading && sectionOf(heading);
	const contents = document.getElementById('toc-heading')?.textContent ?? '';
	const shown = section ? `${section.number} ${section.name}`.trim() : contents;
	if (button.dataset['shown'] === shown) return;
	button.dataset['shown'] = shown;
	// The number always, the name as far as the room allows.
	button.innerHTML = section
		? `<span class="contents-number">${escape(section.number)}</span> <span class="contents-name">${escape(section.name)}</span>`
		: `<span class="contents-name">${escape(contents)}</span>`;
	// A name with room for a character or two only is left out: the number (or ☰) alone says more than "T…".
	const name = button.querySelector<HTMLElement>('.contents-name');
	if (name && name.scrollWidth > name.clientWidth && name.clientWidth < 40) name.hidden = true;
	button.setAttribute('aria-label', section ? `${label('contentsOf')}${shown}` : contents);
}

/** Adds the button to the header of the page now shown (again after a swap); a page without contents gets none. */
export function addContentsButton(): void {
	const header = document.querySelector('.site-header');
	if (!header || !document.querySelector('.toc ol') || header.querySelector('.contents-open')) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'contents-open';
	button.setAttribute('aria-haspopup', 'dialog');
	// After the modes: on a phone they share a row.
	const modes = header.querySelector('.mode-switch');
	if (modes) modes.after(button);
	else header.append(button);
	showSection();
}

/** The sheet, made afresh from the page's own contents (the current entry marked, contents.ts). */
function sheet(): HTMLDialogElement {
	document.getElementById('contents-sheet')?.remove();
	const dialog = document.createElement('dialog');
	dialog.id = 'contents-sheet';
	dialog.className = 'contents-sheet';
	dialog.setAttribute('aria-labelledby', 'contents-sheet-title');
	const title = document.getElementById('toc-heading')?.textContent ?? '';
	dialog.innerHTML = `<div class="contents-sheet-head"><h2 id="contents-sheet-title">${escape(title)}</h2><button type="button" class="contents-sheet-close">${escape(label('closeNote'))}</button></div>`;
	// The list alone: the dialog is named by its title, and a second navigation landmark of the same name would say nothing more.
	dialog.append(document.querySelector('.toc ol')!.cloneNode(true));
	document.body.append(dialog);
	return dialog;
}

/** The section link chosen in the sheet, followed once the sheet's history entry is gone. */
let chosen: string | undefined;

function open(): void {
	const dialog = sheet();
	dialog.addEventListener('close', () => {
		document.querySelector('.contents-open')?.setAttribute('aria-expanded', 'false');
		// Closed by its button, Esc, the backdrop or a choice: its entry is taken back (Back has already done so).
		if (isSheetEntry()) history.back();
		else if (chosen) follow();
		dialog.remove();
	});
	dialog.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('.contents-sheet-close')) return dialog.close();
		// A tap on the backdrop is a click on the dialog itself, outside its box.
		if (target === dialog) {
			const box = dialog.getBoundingClientRect();
			const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
			if (!inside) return dialog.close();
		}
		const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
		if (!link) return;
		event.preventDefault();
		chosen = link.hash;
		dialog.close();
	});
	dialog.showModal();
	history.pushState({ sheet: SHEET_STATE }, '');
	document.querySelector('.contents-open')?.setAttribute('aria-expanded', 'true');
	const current = dialog.querySelector<HTMLAnchorElement>('a[aria-current]') ?? dialog.querySelector<HTMLAnchorElement>('a');
	// At the top of the sheet, below its title: what follows the current section is in view, a tap away.
	current?.focus({ preventScroll: true });
	current?.scrollIntoView({ block: 'start' });
}

/**
 * Follows the chosen link as the browser would: a new entry, the section below the header, focused
 * (navigation.ts). After the traversal that took the sheet's entry back is done: it restores that entry's
 * scroll position after its popstate, which would undo the move.
 */
function follow(): void {
	const hash = chosen;
	chosen = undefined;
	if (hash) setTimeout(() => (location.hash = hash));
}

export function setUpContentsSheet(): void {
	document.addEventListener('click', (event) => {
		if ((event.target as Element).closest('.contents-open')) open();
	});
	addEventListener('popstate', () => {
		const dialog = document.querySelector<HTMLDialogElement>('#contents-sheet');
		// Back with the sheet open closes it; Back after a choice has left the sheet's entry: now follow the choice.
		if (dialog?.open) dialog.close();
		else if (chosen) follow();
	});
	// Another width, another room for the name.
	addEventListener('resize', () => {
		const button = document.querySelector<HTMLElement>('.contents-open');
		if (button) delete button.dataset['shown'];
		showSection();
	});
	onScrollFrame(showSection);
}
