/**
 * Every built page, in a real browser: served with 200, the document in the
 * interface language of its URL, a title, and no console errors.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page of the built site, as the URL that serves it. */
function builtRoutes(): string[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && file !== '404.html')
		.map((file) => `/${relative('.', file).replace(/index\.html$/, '')}`)
		.sort();
}

/** The interface language a URL promises: /en/… is English, everything else (/, /zh/…) leads with Chinese. */
const expectedLang = (route: string): string => (route.startsWith('/en/') ? 'en' : 'zh-CN');

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
		if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(test.info().project.use.baseURL ?? '').host) errors.push(`third-party request: ${url.href}`);
	});
	return errors;
}

const routes = builtRoutes();

test('the build has the routes the site promises', () => {
	for (const route of ['/', '/zh/', '/en/', '/zh/chatgpt-sora/', '/en/chatgpt-sora/', '/zh/chatgpt-sora/parallel/', '/en/chatgpt-sora/interleaved/']) {
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
