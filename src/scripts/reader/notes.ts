/**
 * Note markers: a pointer's click points at the note in the margin where it
 * stands there (sidenotes.ts), else opens it in the popover; a key's opens
 * the popover. Where popovers are not supported, the marker is a plain link.
 */
import { noteContent } from './note-content.ts';
import { showPopover } from './popover.ts';
import { pointAtSidenote } from './sidenotes.ts';

function openNote(marker: HTMLAnchorElement): void {
	const content = noteContent(marker);
	// A translator's note's number (T1) is the stylesheet's, in its list (global.css), which a copy does not carry.
	if (marker.hash.startsWith('#tn-')) content?.prepend(`${marker.textContent} `);
	if (!content || !showPopover(marker, content, marker.hash)) location.hash = marker.hash;
}

export function setUpNotes(): void {
	document.addEventListener('click', (event) => {
		const marker = (event.target as Element).closest<HTMLAnchorElement>('sup a');
		if (!marker) return;
		event.preventDefault();
		if (event.detail === 0 || !pointAtSidenote(marker)) openNote(marker);
	});
}
