/** The about page, paragraph citations, and the landing page's language offer, in Chromium. */
import { expect, test } from '@playwright/test';

test('the about page says what the source lacks, how to cite the text, and what the notes cite', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/about/');
	await expect(page.locator('.colophon')).toContainText('not stated in the source');
	await expect(page.locator('.edition h2').first()).toHaveText('How the text was established');
	await expect(page.locator('.citation dd[lang="zh-CN"]').first()).toContainText('佚名. 从ChatGPT到Sora');
	await expect(page.locator('.citation').nth(1)).toContainText('Trans. by the site');
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
	await expect(popover).toContainText('从ChatGPT到Sora：生成逻辑、哲学本质与世界图景〔编者拟题〕：第2.1节第3段[EB/OL]');
	await expect(popover).toContainText('/zh/chatgpt-sora/#s2-1-p3');
	await expect(popover).toContainText('[editorial title], section 2.1, paragraph 3.');
	const download = page.waitForEvent('download');
	await popover.getByRole('link', { name: 'RIS' }).click();
	expect((await download).suggestedFilename()).toBe('chatgpt-sora-zh-s2-1-p3.ris');
});

test('a note can be cited, labelled with its number', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/parallel/');
	await page.mouse.move(5, 5);
	const note = page.locator('#n7');
	await note.hover();
	await note.locator('> .unit-tools > button.cite-unit').click();
	const popover = page.locator('#note-popover');
	await expect(popover).toContainText('注7[EB/OL]');
	await expect(popover).toContainText('[editorial title], note 7.');
});

test('the landing page gives the work in both languages: each title a link, every mode offered', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	const card = page.locator('.paper-card').first();
	await expect(card.locator('h2 a')).toHaveText(['从ChatGPT到Sora：生成逻辑、哲学本质与世界图景', 'From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture']);
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
