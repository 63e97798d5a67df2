/** The about page, paragraph citations, and the landing page's language offer, in Chromium. */
import { expect, test } from '@playwright/test';

test('a long label of the colophon wraps rather than squeeze every value into a narrow column (1440 px)', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/en/chatgpt-sora/about/');
	const colophon = (await page.locator('.about .colophon dl').boundingBox())!;
	// "Author, Affiliation, Journal, Year, Keywords, DOI" once took 70 % of the width, its value column 30 %.
	for (const value of await page.locator('.about .colophon dd').all()) expect((await value.boundingBox())!.width).toBeGreaterThan(colophon.width * 0.55);
});

test('the about page says what the source lacks, how to cite the text, and what the notes cite', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/about/');
	await expect(page.locator('.colophon')).toContainText('not stated in the source');
	await expect(page.locator('.edition h2').first()).toHaveText('How the text was established');
	// GB/T 7714—2025: no author (nor 佚名), the editors' title in brackets, the edition's version and date; the translation names its translator.
	await expect(page.locator('.citation dd[lang="zh-CN"]').first()).toContainText(
		/\[从ChatGPT到Sora：生成逻辑、哲学本质与世界图景\]\[EB\/OL\]\. [\d.]+版\. （\d{4}-\d\d-\d\d）\[/,
	);
	await expect(page.locator('.citation').nth(1)).toContainText(/\[EB\/OL\]\. The site’s editorial team, trans\. Version [\d.]+\. /);
	await expect(page.locator('.citation').nth(1)).toContainText(
		/\[editorial title\]\. Version [\d.]+\. Translated by the site’s editorial team\. Bilingual Scholarly Texts, /,
	);
	await expect(page.locator('.citation').nth(1).locator('a[download]')).toHaveText(['chatgpt-sora-en.bib', 'chatgpt-sora-en.ris', 'chatgpt-sora-en.csl.json']);
	// The OpenAI report, cited five times, is one entry that links to each note.
	const openai = page.locator('#work-openai-2024');
	await expect(openai.locator('.cited-in a')).toHaveText(['6', '7', '11', '19', '20']);
	await openai.locator('.cited-in a').nth(2).click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/#n11$/);
	await expect(page.locator('#n11')).toBeInViewport();
});

test('a paragraph can be cited, with its own address and label', async ({ page }) => {
	await page.goto('/zh/chatgpt-sora/');
	await page.mouse.move(5, 5);
	const unit = page.locator('#s2-1-p3');
	await unit.hover();
	await unit.locator('> .unit-tools > button.cite-unit').click();
	const popover = page.locator('#note-popover');
	await expect(popover).toBeVisible();
	await expect(popover).toContainText('[从ChatGPT到Sora：生成逻辑、哲学本质与世界图景]：第2.1节第3段[EB/OL]');
	await expect(popover).toContainText('/zh/chatgpt-sora/#s2-1-p3');
	await expect(popover).toContainText(/\[editorial title\], version [\d.]+, Bilingual Scholarly Texts, [A-Z][a-z]+ \d{1,2}, \d{4}, sec\. 2\.1, para\. 3, http/);
	for (const [name, file] of [
		['RIS', 'chatgpt-sora-zh-s2-1-p3.ris'],
		['CSL-JSON', 'chatgpt-sora-zh-s2-1-p3.csl.json'],
	] as const) {
		const download = page.waitForEvent('download');
		await popover.getByRole('link', { name }).click();
		expect((await download).suggestedFilename()).toBe(file);
	}
});

test('a note can be cited, labelled with its number', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/parallel/');
	await page.mouse.move(5, 5);
	const note = page.locator('#n7');
	await note.hover();
	await note.locator('> .unit-tools > button.cite-unit').click();
	const popover = page.locator('#note-popover');
	await expect(popover).toContainText('：注7[EB/OL]');
	await expect(popover).toContainText(
		/\[editorial title\], version [\d.]+, trans\. the site’s editorial team, Bilingual Scholarly Texts, [A-Z][a-z]+ \d{1,2}, \d{4}, n\. 7, http/,
	);
});

test('the landing page gives the work in both languages: each title a link, every mode offered', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	const card = page.locator('.paper-card').first();
	await expect(card.locator('h2 a')).toHaveText([
		'从ChatGPT到Sora：生成逻辑、哲学本质与世界图景',
		'From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture',
	]);
	await expect(card.locator('.paper-modes a')).toHaveCount(8);
	await expect(card.locator('.paper-modes a', { hasText: 'Interleaved' })).toHaveAttribute('href', '/en/chatgpt-sora/interleaved/');
	// Side by side on a wide screen: the two languages share the row.
	const [zh, en] = await card.locator('> div').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
	expect(Math.abs(zh! - en!)).toBeLessThan(2);
	// No language to pick first on a page that speaks both.
	await expect(page.locator('.language-offer')).toHaveCount(0);
	await card.locator('h2 a').nth(1).click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/$/);
});
