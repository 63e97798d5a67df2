/**
 * The guide as a reader meets it, at 1440 px with a mouse and at 390 px with touch: reached by its links
 * (from a paper's about page, and the collection's footer), its links landing, its live examples showing
 * the model's text, and search finding it, in its own group after the text's results.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AlignedRow } from '../../src/lib/downloads.ts';
import { expectLanded, press, SCREENS, scrollToReach, settle } from '../support/reader.ts';

/** The model's text, as the aligned-text download holds it. */
const model = JSON.parse(readFileSync(new URL('../../dist/downloads/chatgpt-sora.json', import.meta.url), 'utf8')) as { units: AlignedRow[] };
const row = (id: string): AlignedRow => model.units.find((u) => u.id === id)!;
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A tap or click on a link in running text where its first line stands (a link that wraps has no middle of its own). */
async function pressInline(page: Page, link: Locator, touch: boolean): Promise<void> {
	const rect = await link.evaluate((el) => {
		const r = el.getClientRects()[0]!;
		return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
	});
	expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'), [rect.x, rect.y])).toBe(
		await link.getAttribute('href'),
	);
	if (touch) await page.touchscreen.tap(rect.x, rect.y);
	else await page.mouse.click(rect.x, rect.y);
}

/** The text of an example's language, without its note markers (the download's text has none). */
const exampleText = (page: Page, unit: string, mode: string, lang: string) =>
	page
		.locator(`figure[data-example="unit"][data-unit-id="${unit}"][data-mode="${mode}"] [lang="${lang}"]`)
		.first()
		.evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			for (const marker of copy.querySelectorAll('sup')) marker.remove();
			return copy.textContent ?? '';
		});

for (const screen of SCREENS) {
	test.describe(`on a ${screen.name} (${screen.width} px${screen.touch ? ', touch' : ''})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		test('from a paper to its about page (or the collection) to the guide, and through the guide’s own links', async ({ page }) => {
			test.slow();
			if (screen.touch) {
				// The about page is wider than a 390 px phone (441 px, before the guide too), which would scale the
				// page under the finger: on the phone the guide is reached from the collection's footer.
				await page.goto('/en/');
				const toGuide = page.locator('footer.site-footer a[href="/en/guide/"]');
				await scrollToReach(page, toGuide);
				await press(page, toGuide, true);
			} else {
				await page.goto('/en/chatgpt-sora/');
				await settle(page);
				const about = page.locator('.colophon a[href="/en/chatgpt-sora/about/"]');
				await scrollToReach(page, about);
				await press(page, about, false);
				await expect(page).toHaveURL(/\/en\/chatgpt-sora\/about\/$/);
				const toGuide = page.locator('.reading-aids a[href="/en/guide/"]');
				await scrollToReach(page, toGuide);
				await press(page, toGuide, false);
			}
			await expect(page).toHaveURL(/\/en\/guide\/$/);
			await expect(page.locator('h1')).toHaveText('Guide');
			for (const title of ['Reading', 'Searching', 'Word look-up and the glossary', 'Citing and reusing', 'Accessibility', 'For editors', 'For translators'])
				await expect(page.locator('.guide-index h2 a', { hasText: title })).toBeVisible();
			const reading = page.locator('.guide-index a', { hasText: 'Reading' });
			await press(page, reading, screen.touch);
			await expect(page).toHaveURL(/\/en\/guide\/reading\/$/);
			await expect(page.locator('h1')).toHaveText('Reading');
			// A link inside the guide, written in its MDX, lands on its page.
			const toCiting = page.locator('.guide a[href="../citing/"]').first();
			await scrollToReach(page, toCiting);
			await pressInline(page, toCiting, screen.touch);
			await expect(page).toHaveURL(/\/en\/guide\/citing\/$/);
			await expect(page.locator('h1')).toHaveText('Citing and reusing');
			// The next page, from the guide's own navigation.
			const next = page.locator('.guide-nav a[rel="next"]');
			await scrollToReach(page, next);
			await press(page, next, screen.touch);
			await expect(page).toHaveURL(/\/en\/guide\/accessibility\/$/);
		});

		test('the collection’s footer leads to the guide in its interface', async ({ page }) => {
			await page.goto('/zh/');
			const link = page.locator('footer.site-footer a[href="/zh/guide/"]');
			await scrollToReach(page, link);
			await press(page, link, screen.touch);
			await expect(page).toHaveURL(/\/zh\/guide\/$/);
			await expect(page.locator('h1')).toHaveText('使用指南');
		});

		test('a reading page leads to the guide from its colophon, its settings and its search, in every interface', async ({ page }) => {
			test.slow();
			for (const ui of ['zh', 'zh-hant', 'en'] as const) {
				const reading = `/${ui}/chatgpt-sora/`;
				// Without script the colophon links the guide; with it, the settings and the search dialog do too.
				expect(await (await page.request.get(reading)).text()).toContain(`<a href="/${ui}/guide/">`);
				await page.goto(reading);
				await settle(page);
				await press(page, page.locator('.settings-open'), screen.touch);
				const fromSettings = page.locator('.reader-settings a[href="/' + ui + '/guide/reading/"]');
				await expect(fromSettings).toBeVisible();
				await press(page, fromSettings, screen.touch);
				await expect(page).toHaveURL(new RegExp(`/${ui}/guide/reading/$`));
				await expect(page.locator('h1')).toHaveText(ui === 'en' ? 'Reading' : ui === 'zh' ? '阅读' : '閱讀');
			}
			// From the search dialog, opened as this screen opens it: the guide's page on searching, the dialog closed.
			await page.goto('/en/chatgpt-sora/');
			await settle(page);
			if (screen.touch) await press(page, page.locator('.search-open'), true);
			else await page.keyboard.press('/');
			const fromSearch = page.locator('#search-dialog .search-guide-link a');
			await expect(fromSearch).toHaveAttribute('href', '/en/guide/searching/');
			await press(page, fromSearch, screen.touch);
			await expect(page).toHaveURL(/\/en\/guide\/searching\/$/);
			await expect(page.locator('h1')).toHaveText('Searching');
			await expect(page.locator('#search-dialog[open]')).toHaveCount(0);
		});

		test('a side-by-side example is as wide as the parallel page’s text, its columns beside each other only where the page puts them so', async ({ page }) => {
			const pairOf = (figure: Locator) =>
				figure.locator('.pair').evaluate((el) => {
					const [first, second] = [...el.children].map((c) => c.getBoundingClientRect());
					return { width: el.getBoundingClientRect().width, first: first!, second: second! };
				});
			await page.goto('/en/chatgpt-sora/parallel/');
			const real = await page
				.locator('.text .pair[data-unit]')
				.first()
				.evaluate((el) => el.getBoundingClientRect().width);
			await page.goto('/en/guide/reading/');
			await settle(page);
			const example = page.locator('figure[data-example="unit"][data-unit-id="s1-1-p1"][data-mode="parallel"]');
			await scrollToReach(page, example);
			const shown = await pairOf(example);
			// The frame's padding and border aside (2 × 17 px), the width of the real page's text.
			expect(shown.width).toBeGreaterThan(real - 40);
			expect(shown.width).toBeLessThanOrEqual(real + 1);
			const { width } = page.viewportSize()!;
			const frame = await example.boundingBox();
			expect(frame!.x + frame!.width).toBeLessThanOrEqual(width);
			if (screen.touch) {
				// A phone: one above the other, as the parallel page puts them.
				expect(Math.round(shown.second.left)).toBe(Math.round(shown.first.left));
				expect(shown.second.top).toBeGreaterThanOrEqual(shown.first.bottom);
			} else {
				expect(shown.width).toBeGreaterThan(1000);
				expect(shown.second.left).toBeGreaterThan(shown.first.right);
				expect(Math.round(shown.second.top)).toBe(Math.round(shown.first.top));
				// The prose around it keeps its measure.
				const prose = await page
					.locator('.guide > p')
					.first()
					.evaluate((el) => el.getBoundingClientRect().width);
				expect(prose).toBeLessThan(600);
			}
		});

		test('the live examples show the model’s text, and lead to it on the reading page', async ({ page }) => {
			await page.goto('/en/guide/reading/');
			for (const mode of ['parallel', 'interleaved']) {
				expect(squeeze(await exampleText(page, 's1-1-p1', mode, 'zh-CN'))).toBe(squeeze(row('s1-1-p1').zh));
				expect(squeeze(await exampleText(page, 's1-1-p1', mode, 'en'))).toBe(squeeze(row('s1-1-p1').en));
			}
			await expect(page.locator('figure[data-example="unit"][data-mode="parallel"] .pair > [lang]')).toHaveCount(2);
			const source = page.locator('figure[data-example="unit"][data-mode="parallel"] figcaption a');
			await scrollToReach(page, source);
			await press(page, source, screen.touch);
			await expect(page).toHaveURL(/\/en\/chatgpt-sora\/parallel\/#s1-1-p1$/);
			await expectLanded(page, page.locator('#s1-1-p1'));
			// Searching and its example, in Traditional characters under the Traditional interface.
			await page.goto('/zh-hant/guide/searching/');
			const hant = await exampleText(page, 's1-2-p2', 'zh', 'zh-TW');
			expect(hant).toContain('世界圖景');
			expect(squeeze(hant).length).toBe(squeeze(row('s1-2-p2').zh).length);
			await expect(page.locator('h1')).toHaveText('搜索');
			// Citing: the cite control's styles, for the unit named.
			await page.goto('/en/guide/citing/');
			const citation = page.locator('figure[data-example="citation"][data-unit-id="s2-1-p3"][data-edition="en"]');
			await expect(citation.locator('dt')).toHaveText(['GB/T 7714—2025', 'Chicago note', 'Chicago bibliography']);
			await expect(citation.locator('dd').first()).toContainText('From ChatGPT to Sora');
			await expect(citation.locator('dd').first()).toContainText('#s2-1-p3');
			await expect(page.locator('figure[data-example="download"][data-file="chatgpt-sora.tsv"] code')).toContainText('id\tunit\tkind\tzh\ten');
		});

		test('search finds a guide page, in its own group after the text’s results', async ({ page }) => {
			await page.goto('/en/chatgpt-sora/');
			await settle(page);
			if (screen.touch) await press(page, page.locator('.search-open'), true);
			else await page.keyboard.press('/');
			await expect(page.locator('#search-input')).toBeFocused();
			await page.locator('#search-input').fill('study');
			const guide = page.locator('.search-guide');
			await expect(guide).toBeVisible();
			await expect(guide.locator('h2')).toHaveText('In the guide');
			const links = guide.locator('a');
			expect(await links.count()).toBeGreaterThan(0);
			expect(await links.count()).toBeLessThanOrEqual(3);
			// Apart from the text's results, after them: never among them.
			const after = await page.evaluate(() => {
				const results = document.getElementById('search-results')!;
				const group = document.querySelector('.search-guide')!;
				return Boolean(results.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING) && !results.contains(group);
			});
			expect(after).toBe(true);
			await expect(page.locator('#search-results .search-guide, #search-results a')).toHaveCount(0);
			const study = guide.locator('a[href="/en/guide/reading/#study"]');
			await expect(study).toBeVisible();
			await study.scrollIntoViewIfNeeded();
			await press(page, study, screen.touch);
			await expect(page).toHaveURL(/\/en\/guide\/reading\/#study$/);
			await expectLanded(page, page.locator('#study'));
		});
	});
}

test('a Chinese query finds the Chinese guide, and a Traditional page leads to the Traditional guide', async ({ page }) => {
	await page.goto('/zh-hant/');
	await settle(page);
	await page.keyboard.press('/');
	await page.locator('#search-input').fill('學習模式');
	const link = page.locator('.search-guide a').first();
	await expect(link).toBeVisible();
	expect(await link.getAttribute('href')).toMatch(/^\/zh-hant\/guide\/reading\/#/);
	await expect(link).toContainText('閱讀');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a guide page reads whole, its live example included', async ({ page }) => {
		await page.goto('/zh/guide/reading/');
		await expect(page.locator('h1')).toHaveText('阅读');
		expect(squeeze(await exampleText(page, 's1-1-p1', 'parallel', 'zh-CN'))).toBe(squeeze(row('s1-1-p1').zh));
		await expect(page.locator('table.guide-keys tbody tr')).toHaveCount(8);
		await page.locator('.guide-nav a[rel="next"]').click();
		await expect(page).toHaveURL(/\/zh\/guide\/searching\/$/);
	});
});
