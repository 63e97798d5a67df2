/**
 * The site as it is published: the headers the build wrote (_headers, as
 * tools/serve.ts serves them, and every other test with them), and the
 * Content-Security-Policy holding on every page while the reader uses all
 * of it: enhancements, notes, citations, settings, search.
 */
import { expect, test } from '@playwright/test';
import { builtRoutes } from '../support/pages.ts';
import { press, scrollToReach, settle } from '../support/reader.ts';

/** Reports of the policy's violations, and the console's refusals, gathered in the page. */
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
	});
});
const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test('every page is served with the security headers, a strict policy among them', async ({ request }) => {
	for (const route of builtRoutes()) {
		const response = await request.get(route);
		const headers = response.headers();
		expect(headers['x-content-type-options'], route).toBe('nosniff');
		expect(headers['referrer-policy'], route).toBe('strict-origin-when-cross-origin');
		const csp = headers['content-security-policy'] ?? '';
		expect(csp, route).toContain("default-src 'self'");
		expect(csp, route).toContain("object-src 'none'");
		expect(csp, route).toContain("frame-ancestors 'none'");
		expect(csp, route).not.toContain('unsafe-inline');
	}
});

test('downloads carry their media type, hashed assets are cached for good', async ({ request, page }) => {
	for (const [file, type] of [
		['/downloads/chatgpt-sora-zh.bib', 'application/x-bibtex; charset=utf-8'],
		['/downloads/chatgpt-sora-en.ris', 'application/x-research-info-systems; charset=utf-8'],
		['/downloads/chatgpt-sora.tsv', 'text/tab-separated-values; charset=utf-8'],
		['/downloads/chatgpt-sora.json', 'application/json; charset=utf-8'],
		['/downloads/chatgpt-sora-en.csl.json', 'application/json; charset=utf-8'],
	]) {
		expect((await request.get(file!)).headers()['content-type'], file).toBe(type);
	}
	await page.goto('/en/');
	const stylesheet = await page.locator('link[rel="stylesheet"]:not([media="print"])').first().getAttribute('href');
	expect((await request.get(stylesheet!)).headers()['cache-control']).toContain('immutable');
	expect((await request.get('/zh/')).headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
	expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
	expect((await request.get('/_headers')).status()).toBe(404);
});

test('the policy holds while the reader uses everything the pages offer', async ({ page, context }) => {
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1440, height: 900 });
	// Every page, enhanced, holds its policy: routes.spec.ts checks it, one test a page.
	// A reading page in use: a note, a citation, the settings, search and a result.
	await page.goto('/zh/chatgpt-sora/parallel/');
	await settle(page);
	const marker = page.locator('.text sup a[href="#n7"]').first();
	await scrollToReach(page, marker);
	await press(page, marker, false);
	await expect(page.locator('#note-popover')).toBeVisible();
	await page.keyboard.press('Escape');
	const unit = page.locator('#s2-1-p3');
	await scrollToReach(page, unit);
	const box = (await unit.boundingBox())!;
	await page.mouse.move(box.x + 30, box.y + 10);
	await press(page, unit.locator('.cite-unit'), false);
	await expect(page.locator('#note-popover dt').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await press(page, page.locator('.settings-open'), false);
	await expect(page.locator('#reader-settings')).toBeVisible();
	await page.keyboard.press('Escape');
	await press(page, page.locator('.search-open'), false);
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('世界图景');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	// The whole query answered: until then the options shown are an earlier keystroke's, and Enter has none chosen.
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#/);
	expect(await violations(page)).toEqual([]);
	// Search in the other language, loading its own runtime and WebAssembly.
	await press(page, page.locator('.search-open'), false);
	await page.keyboard.type('world picture');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
