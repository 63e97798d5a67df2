/**
 * Every built page, in a real browser: served with 200, the document in the
 * interface language of its URL, a title, no console errors, and (with the
 * enhancements loaded, at 1440 px) no breach of its Content-Security-Policy
 * (security.spec.ts checks the policy while the reader uses everything).
 */
import { expect, type Page, test } from '@playwright/test';
import { uiTag } from '../../src/lib/i18n.ts';
import { parseRoute } from '../../src/lib/routes.ts';
import { forget } from '../support/forget.ts';
import { eachStep } from '../support/steps.ts';
import { builtRoutes } from '../support/pages.ts';
import { settle } from '../support/reader.ts';

/** The interface language a URL promises: its locale's (/en/… English, /zh-hant/… Traditional Chinese); the landing page leads with Chinese. */
const expectedLang = (route: string): string => {
	const parsed = parseRoute(route);
	return parsed && parsed.kind !== 'home' ? uiTag(parsed.ui) : uiTag('zh');
};

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
	// Nothing outside the site: no fonts, analytics or CDNs.
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(test.info().project.use.baseURL ?? '').host)
			errors.push(`third-party request: ${url.href}`);
	});
	return errors;
}

const routes = builtRoutes();

test('the build has the routes the site promises', () => {
	for (const route of [
		'/',
		'/zh/',
		'/en/',
		'/zh/chatgpt-sora/',
		'/en/chatgpt-sora/',
		'/zh/chatgpt-sora/parallel/',
		'/en/chatgpt-sora/interleaved/',
		'/zh-hant/',
		'/zh-hant/chatgpt-sora/',
		'/zh-hant/chatgpt-sora/parallel/',
		'/zh/guide/',
		'/en/guide/',
		'/zh-hant/guide/',
		'/en/guide/reading/',
		'/zh/guide/citing/',
		'/zh-hant/guide/editors/',
	]) {
		expect(routes).toContain(route);
	}
});

/** The policy's violations, gathered in the page as they are reported. */
const watchPolicy = (page: Page) =>
	page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
	});
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/**
 * The built pages in groups, one test each and a step a page: the landing page, and under each interface its
 * paper's pages and its guide's. Setting up a browser page for each of them took about as long as most of them take.
 */
const groups = Map.groupBy(routes, (route) => {
	const parsed = parseRoute(route);
	return !parsed || parsed.kind === 'home' ? '/' : `/${parsed.ui}/${parsed.kind === 'guide' ? 'guide/' : ''}`;
});

test.describe('every page', () => {
	// Wide: the margin notes' script runs too.
	test.use({ viewport: { width: 1440, height: 900 } });

	for (const [group, pages] of groups) {
		test(`${group}: each page (${pages.length}) is served, in its language, with a title, no errors, no third-party requests, its policy holding, no sideways scroll on a phone`, async ({
			page,
		}) => {
			const errors = collectErrors(page);
			await watchPolicy(page);
			await eachStep(
				pages,
				(route) => route,
				async (route) => {
					// Each page as a reader's first visit: at 1440 px, nothing stored, no worker from the page before
					// (a paper's pages register one, which would then serve this page), what the page before left
					// unfinished ended before its errors are cleared.
					await forget(page);
					errors.length = 0;
					await page.setViewportSize({ width: 1440, height: 900 });
					const response = await page.goto(route);
					expect(response?.status(), route).toBe(200);
					expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), 'no worker of a page before serves this one').toBeNull();
					await expect(page.locator('html'), route).toHaveAttribute('lang', expectedLang(route));
					expect((await page.title()).trim().length, route).toBeGreaterThan(0);
					// The reader's first move: the enhancements load, under the page's policy.
					await settle(page);
					await page.waitForLoadState('networkidle');
					expect(errors, route).toEqual([]);
					expect(await violations(page), route).toEqual([]);
					// Narrowed to a phone's width, enhanced: nothing makes the page wider than the screen (a long URL in the
					// bibliography once made the about page 441 px wide at 390, so a phone showed it zoomed out). Blocks that
					// scroll on their own (preformatted examples, wide tables) may; the page itself may not.
					await page.setViewportSize({ width: 375, height: 800 });
					await expect
						.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: route })
						.toBeLessThanOrEqual(0);
				},
			);
		});
	}
});

test('an unknown address gets the bilingual 404 page with status 404', async ({ page }) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('找不到此页');
	await expect(page.locator('h1 [lang="en"]')).toHaveText('Page not found');
});
