/**
 * Enhancements of a reading page; the page reads fully without them.
 * - switching mode or language keeps the unit at the top of the screen (swap.ts);
 * - in-page links land below the sticky header, focused (navigation.ts);
 * - each unit's tools: a permalink, copying its URL, and a cite control (unit-tools.ts, citation.ts);
 * - notes in a popover (notes.ts, popover.ts), and in the margin where a wide screen leaves room (sidenotes.ts);
 * - the current section marked in the contents, previous/next section (contents.ts);
 * - the reader's settings: text size, Chinese typeface, first language, margin notes, interleaving, study (settings.ts);
 * - sentence alignment: segments marked with their partners, J/K, segment permalinks (segments.ts), study (study.ts),
 *   a link to any selected passage (passage-link.ts);
 * - where there is no contents column, the current section in the header, opening the contents in a sheet (contents-sheet.ts);
 * - copying cites itself (copy-citation.ts); a return to the paper offers the place last read (resume.ts).
 * Everything is delegated from `document` or redone by `enhance()` after a
 * swap, so that a swapped-in page behaves as a loaded one.
 */
import readerStyles from '../../styles/reader.css?inline';
import { setUpCitations } from './citation.ts';
import { enhanceContents, setUpContents } from './contents.ts';
import { addContentsButton, setUpContentsSheet } from './contents-sheet.ts';
import { setUpCopyCitation } from './copy-citation.ts';
import { offerResume, setUpResume } from './resume.ts';
import { markSearchArrival, searchArrivalUnit } from './highlight.ts';
import { setUpPassageLinks } from './passage-link.ts';
import { arriveAtSegment, choose, segmentLinkUnit, segmentOf, setUpSegments, wrapSegments } from './segments.ts';
import { setUpStudy } from './study.ts';
import { arrive, setUpNavigation, trackHeaderHeight } from './navigation.ts';
import { setUpNotes } from './notes.ts';
import { setUpPopover } from './popover.ts';
import { setUpReports } from './report.ts';
import { addSettingsButton, setUpSettings } from './settings.ts';
import { setUpSidenotes } from './sidenotes.ts';
import { setUpLookup } from '../lookup/trigger.ts';
import { setUpPageSwap } from './swap.ts';
import { addUnitTools, setUpUnitTools } from './unit-tools.ts';

/**
 * How long the other enhancements wait for a sentence link's or a search's landing: its unit's segments are
 * wrapped and the sentence marked first, since the others change every unit and so lay the whole page out
 * again (a few hundred milliseconds on a slow machine), which would put the mark off that long.
 */
const LANDING_WAIT_MS = 300;

/** What every page shown needs, on load and after each swap. */
function enhance(): void {
	if (!document.querySelector('article.paper')) return;
	// A sentence link or a search's arrival: the segment lengths are asked for first, fetched while the page is laid out.
	const landing = segmentLinkUnit() ?? searchArrivalUnit();
	const landingWrapped = landing && wrapSegments(landing);
	trackHeaderHeight();
	arriveAtSegment();
	// Search marks go on after the segments are wrapped, which moves the text nodes its ranges would hold;
	// the segment the first mark falls in is chosen, and brought into view. Once, from whichever wrap comes first.
	let landed = false;
	const land = () => {
		if (landed) return;
		landed = true;
		arriveAtSegment();
		landOnSegment();
	};
	const rest = () => {
		addSettingsButton();
		addUnitTools();
		enhanceContents();
		addContentsButton();
		setUpSidenotes();
		void wrapSegments().then(land);
	};
	if (!landingWrapped) return rest();
	void Promise.race([landingWrapped.then(land), new Promise((resolve) => setTimeout(resolve, LANDING_WAIT_MS))])
		.catch(reportError)
		.then(rest);
}

/** A search's arrival, marked; the segment of its first match chosen and shown. */
function landOnSegment(): void {
	const first = markSearchArrival();
	const seg = first && segmentOf(first.startContainer.parentElement);
	if (!seg) return;
	choose(seg);
	seg.scrollIntoView({ block: 'nearest' });
}

/**
 * What is set up on the document, once per page life: a module that failed is imported again under a fresh
 * URL (load-module.ts), and must not add a second set of listeners, styles or tools. One part that throws
 * does not stop the others (the error is reported, as an uncaught one would be).
 */
const SET_UP = Symbol.for('reader:set-up');
const page = globalThis as typeof globalThis & { [SET_UP]?: true };
if (!page[SET_UP]) {
	page[SET_UP] = true;
	const setUps = [
		// The styles of what this script adds come with it, not with every page (see global.css): a constructed
		// sheet, which the Content-Security-Policy does not need to list, as it would an inline <style>.
		() => {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(readerStyles);
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		},
		() => setUpPageSwap(enhance),
		setUpNotes,
		setUpPopover,
		setUpCitations,
		setUpReports,
		setUpContents,
		setUpUnitTools,
		setUpSettings,
		() => setUpNavigation(landOnSegment),
		setUpSegments,
		setUpStudy,
		setUpPassageLinks,
		setUpLookup,
		setUpContentsSheet,
		setUpCopyCitation,
		setUpResume,
		// For the page as it was opened (a swap does not offer it again).
		offerResume,
	];
	for (const setUp of setUps) {
		try {
			setUp();
		} catch (error) {
			reportError(error);
		}
	}
}
enhance();
arrive();
