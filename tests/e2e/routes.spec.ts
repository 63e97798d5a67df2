/**
 * Every built page, in a real browser: served with 200, the document in the
 * interface language of its URL, a title, and no console errors.
 */
import { expect, type Page, test } from '@playwright/test';
import { uiTag } from '../../src/lib/i18n.ts';
import { parseRoute } from '../../src/lib/routes.ts';
import { builtRoutes } from '../support/pages.ts';

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

for (const route of routes) {
	test(`${route} is served, in its language, with a title, no errors and no third-party requests`, async ({ page }) => {
		const errors = collectErrors(page);
		const response = await page.goto(route);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(route));
		expect((await page.title()).trim().length).toBeGreaterThan(0);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});
}

test('an unknown address gets the bilingual 404 page with status 404', async ({ page }) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('找不到此页');
	await expect(page.locator('h1 [lang="en"]')).toHaveText('Page not found');
});
