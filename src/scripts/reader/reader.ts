/**
 * Enhancements of a reading page; the page reads fully without them.
 * - switching mode or language keeps the unit at the top of the screen (swap.ts);
 * - in-page links land below the sticky header, focused (navigation.ts);
 * - each unit's tools: a permalink, copying its URL, and a cite control (unit-tools.ts, citation.ts);
 * - notes in a popover (notes.ts, popover.ts), and in the margin where a wide screen leaves room (sidenotes.ts);
 * - the current section marked in the contents, previous/next section (contents.ts);
 * - the reader's settings: text size, Chinese typeface, first language, margin notes (settings.ts).
 * Everything is delegated from `document` or redone by `enhance()` after a
 * swap, so that a swapped-in page behaves as a loaded one.
 */
import readerStyles from '../../styles/reader.css?inline';
import { setUpCitations } from './citation';
import { enhanceContents, setUpContents } from './contents';
import { markSearchArrival } from './highlight';
import { arrive, setUpNavigation, trackHeaderHeight } from './navigation';
import { setUpNotes } from './notes';
import { setUpPopover } from './popover';
import { addSettingsButton, setUpSettings } from './settings';
import { setUpSidenotes } from './sidenotes';
import { setUpPageSwap } from './swap';
import { addUnitTools, setUpUnitTools } from './unit-tools';

/** What every page shown needs, on load and after each swap. */
function enhance(): void {
	if (!document.querySelector('article.paper')) return;
	trackHeaderHeight();
	addSettingsButton();
	addUnitTools();
	enhanceContents();
	setUpSidenotes();
	markSearchArrival();
}

// The styles of what this script adds come with it, not with every page (see global.css): a constructed
// sheet, which the Content-Security-Policy does not need to list, as it would an inline <style>.
const sheet = new CSSStyleSheet();
sheet.replaceSync(readerStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

setUpPageSwap(enhance);
setUpNotes();
setUpPopover();
setUpCitations();
setUpContents();
setUpUnitTools();
setUpSettings();
setUpNavigation(markSearchArrival);
enhance();
arrive();
