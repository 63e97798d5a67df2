/**
 * Accessibility of every page in every mode, light and dark: axe-core's
 * WCAG 2.2 A/AA rules with zero violations; a skip link; landmarks;
 * headings in order; every control reachable by keyboard and visibly focused.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtRoutes } from '../support/pages';

const routes = builtRoutes();

for (const route of routes) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${route} (${scheme}) has no WCAG 2.2 A/AA violations`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(route);
			const audit = async () => {
				const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
			};
			expect(await audit()).toEqual([]);
			// A reading page again once enhanced: permalinks, citation controls, margin notes.
			if (await page.locator('article.paper').count()) {
				await page.mouse.move(5, 5);
				await expect(page.locator('a.permalink').first()).toBeAttached();
				expect(await audit()).toEqual([]);
			}
		});
	}
	test(`${route} has a skip link, landmarks and headings in order`, async ({ page }) => {
		await page.goto(route);
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await expect(page.locator('header.site-header')).toHaveCount(1);
		await expect(page.locator('main#main')).toHaveCount(1);
		await expect(page.locator('nav').first()).toBeAttached();
		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels[0]).toBe(1);
		expect(levels.filter((l) => l === 1)).toHaveLength(1);
		levels.forEach((level, i) => {
			if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
		});
	});
}

test('every control of a reading page is reachable by keyboard, with a visible focus', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/en/chatgpt-sora/parallel/');
	await page.keyboard.press('Tab'); // loads the enhancements, focuses the skip link
	const controls = await page.locator('a[href], button:not([hidden])').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').length);
	const reached = new Set<string>();
	for (let i = 0; i < controls + 5; i++) {
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return undefined;
			const style = getComputedStyle(el);
			return { key: `${el.tagName}:${el.getAttribute('href') ?? el.className}:${el.textContent?.slice(0, 20)}`, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
		});
		if (focused) {
			expect(focused.outline, `${focused.key} shows its focus`).toBe(true);
			reached.add(focused.key);
		}
		await page.keyboard.press('Tab');
	}
	for (const name of ['Chinese', 'Side by side', 'Search', '中文']) {
		expect([...reached].some((key) => key.includes(name)), name).toBe(true);
	}
	expect(reached.size).toBeGreaterThan(100);
});
