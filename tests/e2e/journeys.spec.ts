/**
 * The reader's journeys, with the enhancements loaded, on a desktop and on
 * a phone with touch, in every reading mode: real pointer clicks and taps
 * where the control stands on the screen, and where the reader ends up (the
 * target's place below the sticky header, focus, the URL). Those tagged
 * @sub-path run again on the site built under a sub-path (playwright.config.ts):
 * pages are opened by paths relative to the site's URL.
 */
import { expect, type Page, test } from '@playwright/test';
import { forget } from '../support/forget.ts';
import { expectFocusOn, expectLanded, press, SCREENS, scrollToReach, settle } from '../support/reader.ts';
import { eachStep } from '../support/steps.ts';
import { relativePath } from '../support/sub-path.ts';

const PAPER = 'chatgpt-sora';
const readingUrl = (ui: 'zh' | 'en', mode: string) => (mode === ui ? `/${ui}/${PAPER}/` : `/${ui}/${PAPER}/${mode}/`);
/** Every mode, under both interfaces between them. */
const MODES = [
	['zh', 'zh'],
	['en', 'en'],
	['zh', 'parallel'],
	['en', 'interleaved'],
] as const;
type Mode = (typeof MODES)[number][1];

const scrolled = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/**
 * Walks `journey` in every mode, a step each in one browser page (setting up a page for each took about as long as a
 * journey), each mode's page as on a first visit (forget); each step within a test's time, and one that fails does not
 * stop the others (eachStep). Under the sub-path (its own project), in `underSubPath`'s modes only.
 */
async function inEveryMode(page: Page, underSubPath: readonly Mode[], journey: (url: string, ui: 'zh' | 'en', mode: Mode) => Promise<void>): Promise<void> {
	const modes = test.info().project.name === 'sub-path' ? MODES.filter(([, mode]) => underSubPath.includes(mode)) : MODES;
	await eachStep(
		modes,
		([ui, mode]) => readingUrl(ui, mode),
		async ([ui, mode]) => {
			// Met as on a first visit: no worker, storage or place read left by the mode before.
			await forget(page);
			await journey(readingUrl(ui, mode), ui, mode);
		},
	);
}

for (const screen of SCREENS) {
	test.describe(`${screen.name} (${screen.width} px${screen.touch ? ', touch' : ''})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		// Under the sub-path once a screen, side by side: the contents' links are the page's own places, whatever its base.
		test('contents → a section → Back, in every mode', { tag: '@sub-path' }, async ({ page }) => {
			await inEveryMode(page, ['parallel'], async (url) => {
				await page.goto(relativePath(url));
				await settle(page);
				const toc = page.locator('.toc');
				// On a phone the contents are a disclosure above the text.
				if (!(await toc.locator('a[href="#s3"]').isVisible())) await press(page, toc.locator('summary'), screen.touch);
				const link = toc.locator('a[href="#s3"]');
				await scrollToReach(page, link);
				const before = await scrolled(page);
				await press(page, link, screen.touch);
				await expect(page).toHaveURL(new RegExp(`${url}#s3$`));
				await expectLanded(page, page.locator('#s3'));
				await expectFocusOn(page.locator('#s3'));
				await page.goBack();
				await expect(page).toHaveURL(new RegExp(`${url}$`));
				await expect.poll(() => scrolled(page)).toBe(before);
			});
		});

		test('a note marker → the note → its return link, in every mode', async ({ page }) => {
			await inEveryMode(page, [], async (url) => {
				await page.goto(url);
				await settle(page);
				const marker = page.locator('.text sup a[href="#n7"]').first();
				await scrollToReach(page, marker);
				await press(page, marker, screen.touch);
				const popover = page.locator('#note-popover');
				const margin = page.locator('.sidenotes > [data-note="n7"]');
				if (await margin.isVisible()) {
					// Beside the text: the click points at the note in the margin, on the screen; the keyboard opens the popover.
					await expect(margin).toHaveClass(/is-pointed/);
					await expect(margin).toBeInViewport();
					await page.keyboard.press('Escape');
					await marker.focus();
					await page.keyboard.press('Enter');
				}
				await expect(popover).toBeVisible();
				await expect(popover).toBeInViewport({ ratio: 1 });
				await expect(popover).toContainText(/Video generation models as world simulators/i);
				await press(page, popover.locator('.note-popover-go'), screen.touch);
				await expect(page).toHaveURL(/#n7$/);
				await expect(popover).toBeHidden();
				await expectLanded(page, page.locator('#n7'));
				await expectFocusOn(page.locator('#n7'));
				// The way back leads to the unit that holds the marker, the script on to the marker (reader/back-link.ts).
				await press(page, page.locator('#n7 > a[href^="#"], #n7 > [lang] > a[href^="#"]'), screen.touch);
				await expect(page).toHaveURL(/#s2-1-p3$/);
				const back = page.locator('#s2-1-p3 sup a[href="#n7"]').first();
				await expect(back).toBeInViewport();
				await expectFocusOn(back);
			});
		});

		// Under the sub-path in two modes a screen, the Chinese interface's and the English's: the search's links are made alike in every mode.
		test('search → a result → the unit, marked → Back, in every mode', { tag: '@sub-path' }, async ({ page }) => {
			await inEveryMode(page, ['zh', 'interleaved'], async (url, ui) => {
				await page.goto(relativePath(url));
				await settle(page);
				await press(page, page.locator('.search-open'), screen.touch);
				const dialog = page.locator('#search-dialog');
				await expect(dialog).toBeVisible();
				await expect(page.locator('#search-input')).toBeFocused();
				await page.keyboard.type(ui === 'zh' ? '世界图景' : 'world picture');
				const options = page.locator('#search-results [role="option"]');
				await expect(options.nth(3)).toBeVisible();
				// Both languages answered: the list no longer moves under the finger.
				await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
				// Several results on the screen at once, inside the dialog.
				const onScreen = await options.evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().bottom <= innerHeight).length);
				expect(onScreen).toBeGreaterThanOrEqual(3);
				const second = options.nth(1);
				const unit = await second.evaluate((option) => new URL((option as HTMLElement).dataset['href']!, location.href).hash);
				await press(page, second, screen.touch);
				await expect(dialog).toBeHidden();
				await expect(page).toHaveURL(new RegExp(`${url}${unit}$`));
				await expectLanded(page, page.locator(unit));
				await expectFocusOn(page.locator(unit));
				await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
				await page.goBack();
				await expect(page).toHaveURL(new RegExp(`${url}$`));
			});
		});

		test('a permalink lands its unit below the header, focused and marked, in every mode', async ({ page }) => {
			await inEveryMode(page, [], async (url, _ui, mode) => {
				// Another path each time: loaded anew, as a permalink followed from elsewhere loads it.
				await page.goto(`${url}#s2-1-p3`);
				const unit = page.locator('#s2-1-p3');
				await expectLanded(page, unit);
				await expectFocusOn(unit);
				const marked = mode === 'zh' || mode === 'en' ? unit : unit.locator('> [lang]').first();
				await expect(marked).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
			});
		});

		test('search closes by its button, by Escape and (beside the sheet) by a click on the backdrop', async ({ page }) => {
			await page.goto('/en/chatgpt-sora/');
			await settle(page);
			const open = page.locator('.search-open');
			const dialog = page.locator('#search-dialog');
			await press(page, open, screen.touch);
			await expect(dialog).toBeVisible();
			await press(page, dialog.locator('.search-close'), screen.touch);
			await expect(dialog).toBeHidden();
			await expect(open).toBeFocused();
			await press(page, open, screen.touch);
			await expect(dialog).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await press(page, open, screen.touch);
			const box = (await dialog.boundingBox())!;
			if (screen.name === 'phone') {
				// A sheet over the whole screen: nothing beside it to click.
				expect(box.width).toBeGreaterThanOrEqual(screen.width - 1);
				expect(box.height).toBeGreaterThanOrEqual(screen.height - 1);
			} else {
				await page.mouse.click(box.x / 2, screen.height - 20);
				await expect(dialog).toBeHidden();
			}
		});
	});
}

test('the keyboard: a contents link followed with Enter lands its section, focused', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/zh/chatgpt-sora/parallel/');
	await settle(page);
	await page.locator('.toc a[href="#s4"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#s4$/);
	await expectLanded(page, page.locator('#s4'));
	await expectFocusOn(page.locator('#s4'));
	// The next Tab goes on from the section, not from the contents.
	await page.keyboard.press('Tab');
	const after = await page.evaluate(() => document.activeElement?.closest('[id]')?.id ?? '');
	expect(after).not.toBe('');
	expect(await page.locator('.toc').evaluate((toc) => toc.contains(document.activeElement))).toBe(false);
});

test('the contents column keeps the current section in view', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 500 });
	await page.goto('/en/chatgpt-sora/');
	await settle(page);
	await scrollToReach(page, page.locator('#s4-3-p4'));
	const current = page.locator('.toc a[aria-current]');
	await expect(current).toHaveAttribute('href', '#s4-3');
	await expect(current).toBeInViewport();
});

test('the progress bar stands over the sticky header', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/');
	await page.mouse.wheel(0, 3000);
	// The bar is the paper's ::before (global.css), which takes no pointer; for this look, it does, to be found where
	// it is painted: what is found there is then the paper, the bar's element, not the header under it.
	await expect
		.poll(() =>
			page.evaluate(() => {
				// A constructed sheet, which the Content-Security-Policy allows, as it would not a <style>.
				const sheet = new CSSStyleSheet();
				sheet.replaceSync('.paper::before { pointer-events: auto; }');
				document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
				return document.elementFromPoint(2, 1)?.matches('article.paper');
			}),
		)
		.toBe(true);
});

test.describe('when things fail', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('storage blocked: the enhancements, search and the theme all still work', async ({ page }) => {
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/zh/chatgpt-sora/');
		await settle(page);
		await press(page, page.locator('.theme-toggle'), true);
		await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
		await press(page, page.locator('.search-open'), true);
		// The dialog opens as its module loads: typing waits for the field, as a reader's eyes would.
		await expect(page.locator('#search-input')).toBeFocused();
		await page.keyboard.type('李世石');
		const result = page.locator('#search-results [role="option"]').first();
		await expect(result).toBeVisible();
		// Every language answered for the whole query: the list no longer moves under the finger.
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		await expect(result).toHaveAttribute('data-href', /#s1-p1$/);
		await press(page, result, true);
		await expect(page).toHaveURL(/#s1-p1$/);
		await expectLanded(page, page.locator('#s1-p1'));
		expect(errors).toEqual([]);
	});

	test('a module that fails to load: links work as plain links, and it is tried again at the next click', async ({ page }) => {
		await page.route('**/_astro/reader-*', (route) => route.abort());
		await page.goto('/zh/chatgpt-sora/');
		const marker = page.locator('.text sup a[href="#n7"]');
		await scrollToReach(page, marker);
		await press(page, marker, true);
		// The marker was followed as a link: the note, below the header.
		await expect(page).toHaveURL(/#n7$/);
		await expectLanded(page, page.locator('#n7'));
		await page.unroute('**/_astro/reader-*');
		await press(page, page.locator('#n7 > a[href^="#"]'), true);
		await expect(page).toHaveURL(/#s2-1-p3$/);
		// That click asked for the module again; once it is there, the next click opens the note.
		await expect(page.locator('a.permalink').first()).toBeAttached();
		await press(page, marker, true);
		await expect(page.locator('#note-popover')).toBeVisible();
		await expect(page.locator('#note-popover')).toContainText(/Video generation models as world simulators/i);
	});

	test('the search module fails to load: the button says so, and search opens once it can', async ({ page }) => {
		await page.route('**/_astro/search-*', (route) => route.abort());
		await page.goto('/en/chatgpt-sora/');
		await settle(page);
		await press(page, page.locator('.search-open'), true);
		await expect(page.locator('.load-failed')).toBeVisible();
		await expect(page.locator('.load-failed')).toHaveText('Could not load; try again.');
		await page.unroute('**/_astro/search-*');
		await press(page, page.locator('.search-open'), true);
		await expect(page.locator('#search-dialog')).toBeVisible();
	});

	test('offline after loading: in-page links, Back to a mode read before, all without the network', async ({ page, context }) => {
		await page.goto('/zh/chatgpt-sora/');
		await settle(page);
		// Read in English once, online; then the connection goes.
		await press(page, page.locator('.mode-switch a', { hasText: '英文' }), true);
		await expect(page).toHaveURL(/\/zh\/chatgpt-sora\/en\//);
		await expect(page.locator('.text [data-unit]').first()).toHaveAttribute('lang', 'en');
		await context.setOffline(true);
		await press(page, page.locator('.toc summary'), true);
		await press(page, page.locator('.toc a[href="#s2"]'), true);
		await expectLanded(page, page.locator('#s2'));
		await page.goBack();
		await page.goBack();
		await expect(page).toHaveURL(/\/zh\/chatgpt-sora\/$/);
		await expect(page.locator('.text [data-unit]').first()).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('.text [data-unit]').first()).toBeVisible();
	});
});
