/**
 * Size budgets, checked on the built files (sizes, not times). What a
 * reading page costs beyond the text it shows: gzip(HTML) + gzip(CSS) +
 * gzip(JS that loads with it) − gzip(its text). See README, "Budgets".
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { pageWeight } from '../support/page-weight.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { isReadingPath, MODES, parseRoute } from '../../src/lib/routes.ts';
import { builtPages, DIST } from '../support/pages.ts';

const KB = 1024;
/**
 * What any reading page may cost beyond its text: 8 KB. It was 8.5 KB for a while (2026-12-06): three translator's
 * notes, the English's revision and the landing script had taken the heaviest page to 8,525 B; issue #28 won it back
 * (docs/budgets.md, "What was taken"), the heaviest page 8,112 B, then 7,861 B (2026-12-07).
 */
const BEYOND_TEXT = 8 * KB;
/**
 * Issue #28 asks for 300 bytes of room under the budget on every reading page, so that what comes next fits rather
 * than raising it: 331 B on the heaviest page (2026-12-07). What would take the room had better come at the reader's
 * first move (docs/budgets.md lists what was taken and what still could be).
 */
const HEADROOM = 300;
/** JavaScript that runs at load, everywhere. */
const JS_AT_LOAD = 4 * KB;

/**
 * A guide page has no paper text to measure against: the whole page is weighed (gzipped HTML, CSS and the
 * JavaScript at load), live examples included. 10.6 KB at most when the budget was set.
 */
const GUIDE_PAGE = 12 * KB;

const readingPages = builtPages().filter((page) => isReadingPath(`/${page.replace(/index\.html$/, '')}`));

test('there are reading pages to weigh', () => {
	// Every paper, in every mode, under both interfaces.
	const papers = new Set(readingPages.map((page) => page.split('/')[1]));
	expect(papers.size).toBeGreaterThan(0);
	expect(readingPages).toHaveLength(papers.size * LOCALES.length * MODES.length);
});

test(`the heaviest reading page leaves ${HEADROOM} bytes under the budget`, () => {
	const heaviest = Math.max(...readingPages.map((page) => pageWeight(fileURLToPath(DIST), page).beyondText));
	expect(heaviest, `${BEYOND_TEXT - heaviest} B left under ${BEYOND_TEXT}`).toBeLessThanOrEqual(BEYOND_TEXT - HEADROOM);
});

test.each(readingPages)('%s stays within its budget', (page) => {
	const weight = pageWeight(fileURLToPath(DIST), page);
	const summary = `HTML ${weight.html.gzip}, CSS ${weight.css.gzip}, JS ${weight.js.gzip}, text ${weight.text.gzip} → ${weight.beyondText} beyond the text`;
	expect(weight.text.gzip, 'the page shows the text').toBeGreaterThan(10 * KB);
	expect(weight.beyondText, summary).toBeLessThanOrEqual(BEYOND_TEXT);
	expect(weight.jsAtLoad.gzip, 'JavaScript at load').toBeLessThanOrEqual(JS_AT_LOAD);
	expect(weight.blockingScripts, 'render-blocking scripts').toBe(0);
});

test.each(builtPages())('%s has no render-blocking script and little JavaScript at load', (page) => {
	const weight = pageWeight(fileURLToPath(DIST), page);
	expect(weight.blockingScripts).toBe(0);
	expect(weight.jsAtLoad.gzip).toBeLessThanOrEqual(JS_AT_LOAD);
});

const guidePages = builtPages().filter((page) => parseRoute(`/${page.replace(/index\.html$/, '')}`)?.kind === 'guide');

test('there are guide pages to weigh, under every interface', () => {
	expect(guidePages.length).toBeGreaterThanOrEqual(LOCALES.length * 8);
});

test.each(guidePages)('%s, a page without a paper text, stays within its budget', (page) => {
	const weight = pageWeight(fileURLToPath(DIST), page);
	const whole = weight.html.gzip + weight.css.gzip + weight.js.gzip;
	expect(whole, `HTML ${weight.html.gzip}, CSS ${weight.css.gzip}, JS ${weight.js.gzip}`).toBeLessThanOrEqual(GUIDE_PAGE);
	expect(weight.jsAtLoad.gzip, 'JavaScript at load').toBeLessThanOrEqual(JS_AT_LOAD);
	expect(weight.blockingScripts, 'render-blocking scripts').toBe(0);
});
