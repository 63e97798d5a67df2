/**
 * The site published under a sub-path, as GitHub Pages serves a fork
 * (`https://owner.github.io/repo/`): the two-paper site, built for
 * http://127.0.0.1:4328/fork/ and served only there (tests/support/sub-path.ts,
 * tools/serve.ts --base). A reader walks it with real clicks and taps, from
 * the landing page to a paper, its modes, the other interface, the about page
 * and its downloads, the guide, and a page that is not there; every request
 * the pages make, every link they hold and every URL they name for others
 * (canonical, alternates, social card, structured data) stays under the base.
 * The journeys and searches tagged @sub-path run here too (playwright.config.ts).
 */
import { expect, type Page, test } from '@playwright/test';
import { press, SCREENS, scrollToReach, settle } from '../support/reader.ts';
import { SUB_PATH, TWO_PAPERS_URL } from '../support/sub-path.ts';

const PAPER = 'chatgpt-sora';
const ORIGIN = new URL(TWO_PAPERS_URL).origin;
/** The page at `path` under the base, at whatever place of it the reader's script keeps across a switch (`#abstract`). */
const at = (path: string) => new RegExp(`^${TWO_PAPERS_URL.replace(/[.?]/g, '\\$&')}${path}(#[\\w.-]+)?$`);

/** Every request a page makes to the site, kept to be checked: one outside the base would be a 404 on the host. */
function requestsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith(ORIGIN)) urls.push(request.url());
	});
	return urls;
}

/** The page's links and the URLs it names for others: each under the base, or to another site. */
async function expectAllUnderBase(page: Page): Promise<void> {
	const named = await page.evaluate(() => [
		...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((el) => el.href),
		...[...document.querySelectorAll('script[src]')].map((el) => (el as HTMLScriptElement).src),
		...[...document.querySelectorAll('meta[property^="og:"][content^="http"]')].map((el) => el.getAttribute('content')!),
		...[...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((el) => el.textContent!.match(/https?:\/\/[^"]+/g) ?? []),
	]);
	const outside = named.filter((url) => url.startsWith(ORIGIN) && !url.startsWith(TWO_PAPERS_URL));
	expect(outside, `${page.url()} names URLs outside ${SUB_PATH}`).toEqual([]);
}

for (const screen of SCREENS) {
	test(`${screen.name}: landing → a paper → another mode → the other interface → about → a download → the guide`, async ({ browser }) => {
		// A long walk, eight pages on a busy machine.
		test.slow();
		const context = await browser.newContext({
			baseURL: TWO_PAPERS_URL,
			viewport: { width: screen.width, height: screen.height },
			hasTouch: screen.touch,
			isMobile: screen.touch,
		});
		const page = await context.newPage();
		const requests = requestsOf(page);

		// The landing page is the base itself.
		await page.goto('');
		await expect(page).toHaveURL(TWO_PAPERS_URL);
		await expect(page.locator('.paper-card')).toHaveCount(2);
		await expectAllUnderBase(page);
		const title = page.locator('.paper-card [lang="en"] h2 a', { hasText: 'ChatGPT' });
		await scrollToReach(page, title);
		await press(page, title, screen.touch);
		await expect(page).toHaveURL(`${TWO_PAPERS_URL}en/${PAPER}/`);
		await settle(page);
		await expectAllUnderBase(page);

		// Another mode, by its link in the header.
		const parallel = page.locator('.site-header .mode-switch a[href$="/parallel/"]');
		await press(page, parallel, screen.touch);
		await expect(page).toHaveURL(at(`en/${PAPER}/parallel/`));
		await expect(page.locator('article.paper')).toHaveAttribute('data-mode', 'parallel');

		// The same page under the Chinese interface.
		const chinese = page.locator('.site-header .ui-switch[lang="zh-CN"]');
		await press(page, chinese, screen.touch);
		await expect(page).toHaveURL(at(`zh/${PAPER}/parallel/`));
		await settle(page);

		// The about page, from the colophon.
		const about = page.locator('.colophon a[href$="/about/"]');
		await scrollToReach(page, about);
		await press(page, about, screen.touch);
		await expect(page).toHaveURL(`${TWO_PAPERS_URL}zh/${PAPER}/about/`);
		await settle(page);
		await expectAllUnderBase(page);

		// A download: its link under the base, the file there.
		const tsv = page.locator(`a[download][href$="/${PAPER}.tsv"]`);
		await expect(tsv).toHaveAttribute('href', `${SUB_PATH}downloads/${PAPER}.tsv`);
		const response = await context.request.get((await tsv.evaluate((a) => (a as HTMLAnchorElement).href))!);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain('s1-p1');

		// The guide, from the colophon of the page read before. (Not from the about page: at 390 px it is wider than the
		// screen, so the phone zooms it out and a tap lands elsewhere than the test aims.)
		await page.goBack();
		await expect(page).toHaveURL(at(`zh/${PAPER}/parallel/`));
		await settle(page);
		const guide = page.locator(`.colophon a[href="${SUB_PATH}zh/guide/"]`);
		await scrollToReach(page, guide);
		await press(page, guide, screen.touch);
		await expect(page).toHaveURL(`${TWO_PAPERS_URL}zh/guide/`);
		await expect(page.locator('main h1')).toBeVisible();
		await expectAllUnderBase(page);

		const outside = requests.filter((url) => !url.startsWith(TWO_PAPERS_URL));
		expect(outside, 'requests outside the base').toEqual([]);
		await context.close();
	});
}

test('the search, opened on a page of the sub-path, loads its index there and lands on the passage', async ({ page }) => {
	const requests = requestsOf(page);
	await page.goto(`zh/${PAPER}/`);
	await page.keyboard.press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('李世石');
	const result = page.locator('#search-results [role="option"]').first();
	await expect(result).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${TWO_PAPERS_URL}zh/${PAPER}/#s1-p1`);
	await expect(page.locator('#s1-p1')).toBeInViewport();
	expect(requests.some((url) => url.startsWith(`${TWO_PAPERS_URL}pagefind/`))).toBe(true);
	expect(requests.filter((url) => !url.startsWith(TWO_PAPERS_URL))).toEqual([]);
});

test('a page that is not there: the 404 page, its links under the base; outside the base, nothing', async ({ page, request }) => {
	const response = await page.goto('zh/no-such-paper/');
	expect(response?.status()).toBe(404);
	await expectAllUnderBase(page);
	await page.locator('main a[lang="en"], main p[lang="en"] a').first().click();
	await expect(page).toHaveURL(`${TWO_PAPERS_URL}en/`);
	// The host's root is not the site's: what escapes the base finds nothing.
	expect((await request.get(`${ORIGIN}/en/`)).status()).toBe(404);
	// The base without its slash is the landing page.
	await page.goto(`${ORIGIN}${SUB_PATH.slice(0, -1)}`);
	await expect(page).toHaveURL(TWO_PAPERS_URL);
});

test('a paper kept offline on the sub-path: the about page offers it, and a mode never opened reads without the network', async ({ page, context }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`${TWO_PAPERS_URL}en/${PAPER}/about/`);
	// The reader's first move loads the enhancements, the offer among them.
	await page.mouse.move(3, 3);
	await page.mouse.move(6, 6);
	const keep = page.locator('button.keep-offline');
	await expect(keep).toBeEnabled();
	await scrollToReach(page, keep);
	await press(page, keep, false);
	await expect(page.locator('section.offline [role="status"]')).toHaveText(/^Kept for offline reading · version [\d.]+ · \d\.\d MB$/, { timeout: 30_000 });
	await context.setOffline(true);
	await page.goto(`${TWO_PAPERS_URL}en/${PAPER}/parallel/`);
	await expect(page).toHaveURL(at(`en/${PAPER}/parallel/`));
	await expect(page.locator('h1').first()).toBeVisible();
	await expect(page.locator('main')).not.toContainText('You are offline');
});
