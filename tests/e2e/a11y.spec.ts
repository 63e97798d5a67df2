/**
 * Accessibility of every kind of page under every interface, and of every
 * mode, light and dark (tests/support/pages.ts, auditedRoutes): axe-core's
 * WCAG 2.2 A/AA rules with zero violations; a skip link; landmarks;
 * headings in order; every control reachable by keyboard and visibly focused.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { isReadingPath, parseRoute } from '../../src/lib/routes.ts';
import { axe } from '../support/axe.ts';
import { forget } from '../support/forget.ts';
import { eachStep } from '../support/steps.ts';
import { auditedRoutes } from '../support/pages.ts';

/**
 * A Traditional guide page is its Simplified page as rendered, the text between the tags converted
 * (src/lib/guide/hant.ts), but for what a component of its MDX renders (live examples, which render the Traditional
 * edition themselves; tables). One with no component is the Simplified page's markup and styles exactly, and the
 * Traditional guide's chrome is audited on its other pages: auditing it adds nothing.
 */
const convertedOnly = (route: string): boolean => {
	const parsed = parseRoute(route);
	if (parsed?.kind !== 'guide' || parsed.ui !== 'zh-hant' || !parsed.page) return false;
	return !/<[A-Z]/.test(readFileSync(new URL(`../../src/content/guide/zh/${parsed.page}.mdx`, import.meta.url), 'utf8'));
};
const routes = auditedRoutes().filter((route) => !convertedOnly(route));

/** Only the colours change with the scheme: the second scheme is audited for them, the first for everything. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function audit(page: Page, coloursOnly = false): Promise<string[]> {
	const builder = coloursOnly ? axe(page).withRules(COLOUR_RULES) : axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/** A page as a reader meets it, audited: see the tests below. */
async function expectAccessible(page: Page, route: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(route);
	// The first move (from wherever the page before left the mouse, so that it is one).
	await page.mouse.move(5, 5);
	await page.mouse.move(6, 6);
	if (await page.locator('article.paper').count()) await expect(page.locator('a.permalink').first()).toBeAttached();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await audit(page, scheme === 'dark'), `${route}, ${scheme}`).toEqual([]);
	}
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip, route).toBeFocused();
	await expect(skip, route).toBeInViewport();
	await expect(page.locator('header.site-header'), route).toHaveCount(1);
	await expect(page.locator('main#main'), route).toHaveCount(1);
	await expect(page.locator('nav').first(), route).toBeAttached();
	const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	expect(levels[0], route).toBe(1);
	expect(
		levels.filter((l) => l === 1),
		route,
	).toHaveLength(1);
	levels.forEach((level, i) => {
		if (i > 0) expect(level - levels[i - 1]!, `${route}: heading ${i}`).toBeLessThanOrEqual(1);
	});
}

const TITLE = 'a skip link, landmarks, headings in order; no WCAG 2.2 A/AA violations in light and dark';

// One page load per route, as a reader meets it: the enhancements loaded (permalinks, citation controls,
// margin notes), the audit in light and in dark (all of the page as served is there too; without script it
// is audited once, below); then the skip link at the first Tab, landmarks and headings.
// The reading pages, the longest, a test each; the other pages of an interface in one test, a step a page
// (setting up a browser page for each took about as long as auditing most of them).
for (const route of routes.filter(isReadingPath)) {
	test(`${route}: ${TITLE}`, async ({ page }) => {
		await expectAccessible(page, route);
	});
}

const others = Map.groupBy(
	routes.filter((route) => !isReadingPath(route)),
	(route) => {
		const parsed = parseRoute(route);
		return !parsed || parsed.kind === 'home' ? '/' : `/${parsed.ui}/`;
	},
);
for (const [group, pages] of others) {
	test(`${group}: every page but the reading pages (${pages.length}): ${TITLE}`, async ({ page }) => {
		await eachStep(
			pages,
			(route) => route,
			async (route) => {
				// Met as on a first visit: no worker from a paper's page serving the next, nothing stored.
				await forget(page);
				await expectAccessible(page, route);
			},
		);
	});
}

test('every control of a reading page is reachable by keyboard, with a visible focus', async ({ page }) => {
	test.slow();
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/en/chatgpt-sora/parallel/');
	await page.keyboard.press('Tab'); // loads the enhancements, focuses the skip link
	await expect(page.locator('a.permalink').first()).toBeAttached();
	// Each control focused is noted in the page, with whether its focus shows; the test only presses Tab.
	await page.evaluate(() => {
		const seen: { key: string; outline: boolean }[] = [];
		(window as unknown as { focused: typeof seen }).focused = seen;
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			seen.push({
				key: `${el.tagName}:${el.getAttribute('href') ?? el.className}:${el.textContent?.slice(0, 20)}`,
				outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
			});
		});
	});
	const controls = await page
		.locator('a[href], button:not([hidden])')
		.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').length);
	for (let i = 0; i < controls + 5; i++) await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => (window as unknown as { focused: { key: string; outline: boolean }[] }).focused);
	for (const { key, outline } of focused) expect(outline, `${key} shows its focus`).toBe(true);
	const reached = new Set(focused.map((f) => f.key));
	for (const name of ['Chinese', 'Side by side', 'Search', '中文']) {
		expect(
			[...reached].some((key) => key.includes(name)),
			name,
		).toBe(true);
	}
	expect(reached.size).toBeGreaterThan(100);
});

test('a reading page side by side, before the enhancements load, has no WCAG 2.2 A/AA violations', async ({ page }) => {
	await page.goto('/zh/chatgpt-sora/parallel/');
	expect(await page.locator('a.permalink').count()).toBe(0);
	expect(await audit(page)).toEqual([]);
});

for (const [width, height] of [
	[1440, 900],
	[390, 844],
] as const) {
	test(`the search dialog with results has no WCAG 2.2 A/AA violations (${width} px, dark)`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/en/chatgpt-sora/');
		await page.keyboard.press('/');
		await expect(page.locator('#search-input')).toBeFocused();
		await page.keyboard.type('world picture');
		await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
		// Audited once every language has answered: a list re-rendered during the audit most likely had axe read options
		// already replaced, without their colours (a contrast "violation" of eight results, once in a fresh clone's run).
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		expect(await audit(page)).toEqual([]);
	});
}
