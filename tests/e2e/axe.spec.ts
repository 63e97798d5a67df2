/**
 * The way the browser tests run axe (tests/support/axe.ts: violations only, in the page itself) finds what axe's
 * default way finds: faults planted in a page of the paper, with the enhancements loaded, are each reported with
 * every node they are on, by the whole-page audit, the colour audit and an audit of one part. The paper's about
 * page, not a reading page: what is compared is how axe runs, which no page changes, and axe's default way takes
 * four times as long on the longest reading page (docs/ci-time.md).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { axe } from '../support/axe.ts';
import { settle } from '../support/reader.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Three runs of faint text and two images without alternative text, in the first two paragraphs and in the header. */
const plantFaults = (page: Page): Promise<void> =>
	page.evaluate(() => {
		const [first, second] = document.querySelectorAll('main p');
		const header = document.querySelector('.site-header')!;
		for (const at of [first!, first!, header]) {
			const faint = document.createElement('span');
			faint.style.color = '#ddd';
			faint.textContent = 'faint';
			at.append(faint);
		}
		for (const at of [first!, second!]) {
			const image = document.createElement('img');
			image.src = '/favicon.svg';
			at.append(image);
		}
	});

const found = async (builder: AxeBuilder): Promise<string[]> =>
	(await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`).sort();

test('the tests’ axe reports every planted fault, as axe’s default way does', async ({ page }) => {
	test.slow();
	await page.goto('/en/chatgpt-sora/about/');
	await settle(page);
	await plantFaults(page);
	const whole = await found(axe(page).withTags(WCAG));
	expect(whole).toEqual(await found(new AxeBuilder({ page }).withTags(WCAG)));
	expect(whole.map((line) => [line.split(':')[0], line.split(', ').length])).toEqual([
		['color-contrast', 3],
		['image-alt', 2],
	]);
	// The colour rules alone, and one part of the page.
	expect(await found(axe(page).withRules(['color-contrast', 'link-in-text-block']))).toEqual(whole.filter((line) => line.startsWith('color-contrast')));
	expect((await found(axe(page).include('.site-header').withTags(WCAG))).map((line) => line.split(', ').length)).toEqual([1]);
});
