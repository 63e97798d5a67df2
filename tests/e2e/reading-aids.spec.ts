/**
 * The reading aids as a reader meets them: the Traditional edition found by
 * search in either script, from any page; the word look-up by a real click
 * or tap; the glossary concordance counting what the model holds.
 */
import { expect, type Page, test } from '@playwright/test';

async function search(page: Page, query: string): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	// Typed key by key, as a reader does (an IME commits the same characters).
	await page.keyboard.type(query, { delay: 20 });
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
}

const hrefs = (page: Page) => page.locator('#search-results [role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset['href'] ?? ''));

for (const from of ['/zh/chatgpt-sora/', '/zh-hant/chatgpt-sora/', '/en/chatgpt-sora/parallel/']) {
	test(`a Traditional query finds its unit from ${from}, and a Simplified one still does`, async ({ page }) => {
		await page.goto(from);
		await search(page, '世界圖景');
		const traditional = await hrefs(page);
		expect(traditional.some((href) => href.endsWith('#intro-p1'))).toBe(true);
		await page.locator('#search-input').fill('');
		await page.keyboard.type('世界图景', { delay: 20 });
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		// The same units, in both scripts (Pagefind may rank them apart).
		await expect.poll(async () => (await hrefs(page)).sort()).toEqual(traditional.sort());
	});
}

test('on a Traditional page a result is shown in Traditional characters and leads to the Traditional page, marked', async ({ page }) => {
	await page.goto('/zh-hant/chatgpt-sora/');
	await search(page, '纯粹理性批判');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first.locator('.search-excerpt mark').first()).toHaveText('純粹理性批判');
	await expect(first.locator('.search-excerpt')).toHaveAttribute('lang', 'zh-TW');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/zh-hant\/chatgpt-sora\/#/);
	const marked = await page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => range.toString()));
	expect(marked).toContain('純粹理性批判');
});

test('search knows the glossary: "world picture" marks 世界图景 where it lands, side by side', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/parallel/');
	await search(page, 'world picture');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => range.toString().toLowerCase()))).toEqual(expect.arrayContaining(['world picture', '世界图景']));
});
