/** What the text measure and the fidelity checks leave out of a page's text (lib/html-tree.ts). */
import { expect, test } from 'vitest';
import { notText, parseHtml, textOf } from '../../src/lib/html-tree.ts';

test("a note's way back and its markers are not the text; a link of the text within the page is", () => {
	// The way back links to the unit that holds the marker, named by its aria-label (NoteList.astro); a link the text
	// holds has no aria-label (lib/paper/inline.ts), wherever it leads.
	const note = parseHtml(
		'<li id="n3" data-unit lang="en">See <a href="#s2">section 2</a>.<sup><a href="#tn-x">T1</a></sup><a href="#s1-p1" aria-label="Back to text">↩</a></li>',
	);
	expect(textOf(note, notText)).toBe('See section 2.');
});
