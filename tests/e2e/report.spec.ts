/**
 * "Report an error" in a paragraph's tools. The site built for the tests
 * (dist/) takes no reports, so the control is not there; the two-paper site
 * (tests/support/build-two-papers.ts) is built with an issue tracker, where a
 * reader's click (or tap, on a phone) gives a report prefilled with the paper,
 * its version, the unit and the sentence chosen, the text as shown and room
 * for the reader's words. And a segment permalink into a unit corrected in
 * a version still lands: ids do not change with a correction.
 */
import { expect, type Page, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { currentVersion } from '../../src/lib/paper/versions.ts';
import { expectFocusOn, press, SCREENS, scrollToReach, settle } from '../support/reader.ts';
import { TWO_PAPERS_URL } from '../support/sub-path.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const version = currentVersion(paper.versions)!;
/** The two-paper site, served on the port after the main site's, under its sub-path (with its slash). */
const REPORTING = TWO_PAPERS_URL;
const TRACKER = 'https://github.com/example/bilingual-texts/issues/new';
/** A paragraph the latest version that changed the text corrected (a version may change the edition notes alone), and a sentence of it. */
const CORRECTED = [...paper.versions]
	.reverse()
	.flatMap((v) => v.changes.flatMap((c) => c.units))
	.find((id) => /^s\d+(-\d+)*-p\d+$/.test(id))!;
const SEGMENT = `${CORRECTED}.2`;

/** The place of a paragraph's sentence, found on the page after the segments are wrapped. */
const aligned = (page: Page) => expect(page.locator(`[id="${SEGMENT}"]`)).toBeAttached();

test('a site configured with no tracker and no address offers no report', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/en/${PAPER}/#${CORRECTED}`);
	await settle(page);
	await expect(page.locator(`[id="${CORRECTED}"] .unit-tools .cite-unit`)).toBeAttached();
	await expect(page.locator('.report-unit')).toHaveCount(0);
});

for (const screen of SCREENS) {
	test(`${screen.name}: report an error on a chosen sentence, prefilled for the tracker`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });
		const page = await context.newPage();
		await page.goto(`${REPORTING}en/${PAPER}/parallel/#${SEGMENT}`);
		await settle(page);
		await aligned(page);
		const unit = page.locator(`[id="${CORRECTED}"]`);
		const sentence = page.locator(`[id="${SEGMENT}"]`);
		// Choose the sentence as a reader does (a click, or a tap, which on a phone also shows the tools), on its widest line:
		// a sentence's box spans lines, and its middle may be its neighbour's.
		await sentence.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const line = await sentence.evaluate((el) => {
			const rects = [...el.getClientRects()].sort((a, b) => b.width - a.width);
			return { x: rects[0]!.x + rects[0]!.width / 2, y: rects[0]!.y + rects[0]!.height / 2 };
		});
		if (screen.touch) await page.touchscreen.tap(line.x, line.y);
		else await page.mouse.click(line.x, line.y);
		const report = unit.locator('.report-unit');
		await expect(report).toBeVisible();
		await expect(report).toHaveAccessibleName('Report an error');
		// On a phone the tools stand in a row below the paragraph: the reader scrolls down to them.
		await scrollToReach(page, report);
		await press(page, report, screen.touch);
		const popover = page.locator('#note-popover');
		await expect(popover).toBeVisible();
		const link = popover.getByRole('link', { name: 'Write the report in the issue tracker' });
		const href = new URL((await link.getAttribute('href'))!);
		expect(`${href.origin}${href.pathname}`).toBe(TRACKER);
		const title = href.searchParams.get('title')!;
		const body = href.searchParams.get('body')!;
		expect(title).toBe(`Error report: ${PAPER} ${version.version} ${SEGMENT}`);
		const shownEn = (await sentence.innerText()).trim();
		for (const line of [
			`Paper: ${paper.meta.title.en} (${PAPER})`,
			`Version: ${version.version} (${version.date})`,
			`Unit: ${CORRECTED}`,
			`Segment: ${SEGMENT}`,
			`Page: ${REPORTING}en/${PAPER}/parallel/#${SEGMENT}`,
			'The text as shown:',
			`> ${shownEn.split('\n')[0]}`,
			'What is wrong (your words):',
		]) {
			expect(body).toContain(line);
		}
		// Side by side, the sentence's Chinese partner is quoted too.
		const partnerZh = (await unit.locator(`[lang|="zh"] .seg[data-seg="2"]`).first().innerText()).trim();
		expect(body).toContain(partnerZh.slice(0, 10));
		// The reader sees what will be sent.
		await expect(popover.locator('pre')).toContainText(`Segment: ${SEGMENT}`);
		await context.close();
	});
}

test('a report names the whole paragraph when no sentence of it is chosen', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`${REPORTING}zh/${PAPER}/#${CORRECTED}`);
	await settle(page);
	await aligned(page);
	const unit = page.locator(`[id="${CORRECTED}"]`);
	// Another paragraph's sentence is chosen by the link; this one's tools are reached by the keyboard, from its permalink.
	await unit.locator('a.permalink').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(unit.locator('.report-unit')).toBeFocused();
	await page.keyboard.press('Enter');
	const href = new URL((await page.locator('#note-popover').getByRole('link', { name: '在问题跟踪系统中写报告' }).getAttribute('href'))!);
	expect(href.searchParams.get('title')).toBe(`报告错误：${PAPER} ${version.version} ${CORRECTED}`);
	expect(href.searchParams.get('body')).toContain(`单元：${CORRECTED}\n句：—`);
});

test('a segment permalink into a unit a version corrected still lands on its sentence', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	for (const path of [`/en/${PAPER}/`, `/zh/${PAPER}/parallel/`]) {
		await page.goto(`${path}#${SEGMENT}`);
		await aligned(page);
		const seg = page.locator(`[id="${SEGMENT}"]`);
		await expect(seg).toBeInViewport();
		await expectFocusOn(seg);
	}
});
