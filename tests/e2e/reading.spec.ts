/**
 * Reading in every mode, in Chromium: languages marked, nothing wider than
 * a phone, rows aligned side by side, the place kept across a switch,
 * permalinks, note popovers, and everything still there without script.
 */
import { expect, type Page, test } from '@playwright/test';
import { forget } from '../support/forget.ts';
import { settle } from '../support/reader.ts';
import { eachStep } from '../support/steps.ts';

const PAPER = 'chatgpt-sora';
const MODES = ['zh', 'en', 'parallel', 'interleaved'] as const;
const readingUrl = (ui: 'zh' | 'en', mode: (typeof MODES)[number]) => (mode === ui ? `/${ui}/${PAPER}/` : `/${ui}/${PAPER}/${mode}/`);
const ALL = (['zh', 'en'] as const).flatMap((ui) => MODES.map((mode) => ({ ui, mode, url: readingUrl(ui, mode) })));

/** The unit ids of the text as the Chinese page has them: every mode must show the same. */
async function unitIds(page: Page, url: string): Promise<string[]> {
	await page.goto(url);
	return page.locator('.text [data-unit]').evaluateAll((els) => els.map((el) => el.id));
}

// One test for the eight pages (a step each, named by its URL): each is loaded afresh, and a new page for each would
// only add the setting up of a browser context eight times over.
test('every unit carries its language, and a 375 px screen never scrolls sideways, on every reading page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await eachStep(
		ALL,
		({ url }) => url,
		async ({ ui, mode, url }) => {
			await forget(page);
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', ui === 'zh' ? 'zh-CN' : 'en');
			// A unit carries the language of its text, or holds one child per language.
			const langs = await page
				.locator('[data-unit][lang], [data-unit]:not([lang]) > :not(.permalink, .cite-unit)')
				.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('lang')))]);
			expect(langs.sort(), url).toEqual(mode === 'zh' ? ['zh-CN'] : mode === 'en' ? ['en'] : ['en', 'zh-CN']);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, url).toBeLessThanOrEqual(0);
		},
	);
});

for (const width of [375, 1280]) {
	test(`the reading enhancements move no text as they load (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(readingUrl('zh', 'parallel'));
		const tops = () => page.locator('h1, .text > [id]:nth-child(-n+4)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
		const before = await tops();
		await page.mouse.move(width / 2, 400);
		await expect(page.locator('a.permalink').first()).toBeAttached();
		await expect(page.locator('.section-steps')).toBeAttached();
		expect(await tops()).toEqual(before);
	});
}

test('side by side, each Chinese unit and its English start on the same line (1280 px)', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(readingUrl('en', 'parallel'));
	const rows = await page.locator('.text .pair, .note-list > li.pair').evaluateAll((pairs) =>
		pairs.map((pair) => {
			const [zh, en] = [pair.querySelector(':scope > [lang="zh-CN"]'), pair.querySelector(':scope > [lang="en"]')];
			return { id: pair.id, zh: zh?.getBoundingClientRect().top ?? NaN, en: en?.getBoundingClientRect().top ?? NaN };
		}),
	);
	expect(rows.length).toBeGreaterThan(70);
	for (const row of rows) expect(Math.abs(row.zh - row.en), row.id).toBeLessThanOrEqual(1);
});

for (const [from, to] of [
	['zh', 'en'],
	['en', 'parallel'],
	['parallel', 'interleaved'],
	['interleaved', 'zh'],
] as const) {
	test(`switching from ${from} to ${to} keeps the unit at the top of the screen`, async ({ page }) => {
		await page.goto(readingUrl('zh', from));
		await settle(page);
		await page.locator('#s3-2-p3').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		// A dispatched click: Playwright's own click scrolls its target into view first, which a reader's does not.
		const link = page.locator(`.mode-switch a[href="${readingUrl('zh', to)}"]`);
		await link.dispatchEvent('click');
		await expect(page).toHaveURL(new RegExp(`${readingUrl('zh', to)}#s3-2-p3$`));
		await expect(link).toHaveAttribute('aria-current', 'page');
		const top = await page.locator('#s3-2-p3').evaluate((el) => el.getBoundingClientRect().top / innerHeight);
		expect(top).toBeGreaterThanOrEqual(-0.05);
		expect(top).toBeLessThan(0.2);
	});
}

test('switching the interface language keeps the place too', async ({ page }) => {
	await page.goto(readingUrl('zh', 'parallel'));
	await settle(page);
	await page.locator('#s4-2-p2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.locator('a.ui-switch[lang="en"]').dispatchEvent('click');
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/parallel\/#s4-2-p2$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const top = await page.locator('#s4-2-p2').evaluate((el) => el.getBoundingClientRect().top / innerHeight);
	expect(top).toBeLessThan(0.2);
});

test('a permalink brings its unit into view, highlighted, in every mode', async ({ page }) => {
	await eachStep(
		MODES,
		(mode) => mode,
		async (mode) => {
			// Another path each time, nothing kept from the one before: the page is loaded anew, as a permalink
			// followed from elsewhere loads it.
			await forget(page);
			await page.goto(`${readingUrl('en', mode)}#s2-1-p3`);
			const unit = page.locator('#s2-1-p3');
			await expect(unit).toBeInViewport();
			const highlighted = mode === 'zh' || mode === 'en' ? unit : unit.locator('> [lang]').first();
			const background = await highlighted.evaluate((el) => getComputedStyle(el).backgroundColor);
			expect(background, mode).not.toBe('rgba(0, 0, 0, 0)');
		},
	);
});

test('each unit offers a permalink control on hover, which copies its address', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(readingUrl('zh', 'zh'));
	// The reading enhancements load at the reader's first move.
	await page.mouse.move(5, 5);
	const unit = page.locator('#s1-p1');
	const control = unit.locator('> .unit-tools > a.permalink');
	await expect(control).toHaveCSS('opacity', '0');
	await unit.hover();
	await expect(control).toHaveCSS('opacity', '1');
	await control.click();
	await expect(page).toHaveURL(/#s1-p1$/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/zh\/chatgpt-sora\/#s1-p1$/);
	// Every unit and note has one.
	const units = await page.locator('.text > [id], .note-list > li[id]').count();
	await expect(page.locator('a.permalink')).toHaveCount(units);
});

test('a note marker opens the note in a popover; Escape closes it and gives focus back', async ({ page }) => {
	await page.goto(readingUrl('en', 'en'));
	await settle(page);
	const marker = page.locator('#s2-1-p3 sup a[href^="#n"]');
	await marker.focus();
	await page.keyboard.press('Enter');
	const popover = page.locator('#note-popover');
	await expect(popover).toBeVisible();
	await expect(popover).toBeFocused();
	await expect(popover).toContainText(/Video generation models as world simulators/i);
	await expect(page).not.toHaveURL(/#n7$/);
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await expect(marker).toBeFocused();
});

for (const [ui, mode] of [
	['zh', 'parallel'],
	['en', 'en'],
] as const) {
	test(`a translator’s note opens in its popover as English (${readingUrl(ui, mode)})`, async ({ page }) => {
		await page.goto(readingUrl(ui, mode));
		// The enhancements there first: before they are, Enter follows the marker as a plain link (right too, but not this test).
		await settle(page);
		await page.locator('sup a[href^="#tn-"]').first().focus();
		await page.keyboard.press('Enter');
		const popover = page.locator('#note-popover');
		await expect(popover).toContainText('T1 The author’s own English abstract renders');
		await expect(popover.locator('.note-popover-body > *')).toHaveAttribute('lang', 'en');
		await expect(popover.locator('.note-popover-go')).toHaveText(ui === 'zh' ? '到注释处' : 'Go to the note');
	});
}

test('a missing note opens as missing in its popover', async ({ page }) => {
	await page.goto(readingUrl('zh', 'zh'));
	await page.mouse.move(5, 5);
	// The enhancements are there (before they are, Enter follows the marker as a plain link, which is right too).
	await expect(page.locator('a.permalink').first()).toBeAttached();
	await page.locator('#intro-p1 sup a[href^="#n"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#note-popover')).toContainText('原文缺此注的注文');
});

test('on a wide screen the notes of a single-language text stand in the margin, beside their markers', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(readingUrl('zh', 'zh'));
	await page.mouse.move(5, 5);
	const markers = page.locator('.text sup a');
	const notes = page.locator('.sidenotes > aside');
	await expect(notes).toHaveCount(await markers.count());
	await expect(page.locator('.sidenotes')).toHaveAttribute('aria-hidden', 'true');
	const text = (await page.locator('.text').boundingBox())!;
	const boxes = await notes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
	// Each in the margin; none over the one above; the first beside its marker.
	for (const box of boxes) expect(box.left).toBeGreaterThan(text.x + text.width);
	for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
	const first = (await markers.first().boundingBox())!;
	expect(Math.abs(boxes[0]!.top - first.y)).toBeLessThan(first.height);
	await expect(page.locator('.sidenotes > [data-note="n5"]')).toContainText('成生辉：《ChatGPT：智能对话开创新时代》');
	// A click on a marker points at its margin note (highlighted for 0.8 s: watched as it happens, since a loaded
	// machine can poll past it); no popover.
	const n5 = page.locator('.sidenotes > [data-note="n5"]');
	await n5.evaluate((note) => {
		new MutationObserver(() => {
			if (note.classList.contains('is-pointed')) note.dataset.wasPointed = '';
		}).observe(note, { attributeFilter: ['class'] });
	});
	await page.locator('#s1-1-p1 sup a[href^="#n"]').click();
	await expect(n5).toHaveAttribute('data-was-pointed');
	await expect(n5).toBeInViewport();
	await expect(page.locator('#note-popover')).toHaveCount(0);
});

test('side by side, or with no room beside the text, notes stay at the end and open in the popover', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(readingUrl('zh', 'parallel'));
	await page.mouse.move(5, 5);
	await expect(page.locator('a.permalink').first()).toBeAttached();
	await expect(page.locator('.sidenotes')).toHaveCount(0);
	await page.setViewportSize({ width: 700, height: 900 });
	await page.goto(readingUrl('zh', 'zh'));
	await page.mouse.move(5, 5);
	const n5 = page.locator('.sidenotes > [data-note="n5"]');
	await expect(n5).toBeAttached();
	await expect(n5).toBeHidden();
	await page.locator('#s1-1-p1 sup a[href^="#n"]').click();
	await expect(page.locator('#note-popover')).toContainText('成生辉');
	// Room made by widening the window brings them out.
	await page.keyboard.press('Escape');
	await page.setViewportSize({ width: 1400, height: 900 });
	await expect(n5).toBeVisible();
});

test('the contents mark the section being read', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(readingUrl('en', 'en'));
	await page.locator('#s3-1-p2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await expect(page.locator('.toc a[aria-current]')).toHaveAttribute('href', '#s3-1');
	await page.locator('.section-steps [data-step="1"]').click();
	await expect(page).toHaveURL(/#s3-2$/);
	await expect(page.locator('.toc a[aria-current]')).toHaveAttribute('href', '#s3-2');
});

test('printed side by side: two columns, no site chrome, note URLs in full', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 1400 });
	await page.emulateMedia({ media: 'print' });
	await page.goto(readingUrl('en', 'parallel'));
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.toc')).toBeHidden();
	const columns = await page.locator('#s1-p1').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
	expect(columns).toBe(2);
	await expect(page.locator('#n3 [lang="en"] a[href^="https:"]')).toHaveText('https://www.thepaper.cn/newsDetail_forward_2637061');
});

test('the theme toggle overrides the system and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/en/');
	await page.locator('.theme-toggle').click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto(readingUrl('zh', 'parallel'));
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(26, 25, 23)');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the progress bar follows the reading', async ({ page }) => {
		await page.goto(readingUrl('zh', 'zh'));
		// The bar is the paper's ::before (global.css).
		const scale = () => page.locator('article.paper').evaluate((el) => new DOMMatrix(getComputedStyle(el, '::before').transform).a);
		expect(await scale()).toBeLessThan(0.05);
		await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
		await expect.poll(scale).toBeGreaterThan(0.4);
		expect(await scale()).toBeLessThan(0.6);
	});
	// The Chinese page's units read once, every page compared with them (a step each).
	test('every reading page shows every unit, and its note links work', async ({ page }) => {
		const expected = await unitIds(page, readingUrl('zh', 'zh'));
		await eachStep(
			ALL,
			({ url }) => url,
			async ({ url }) => {
				await forget(page);
				expect(await unitIds(page, url), url).toEqual(expected);
				await page.locator('.text sup a[href="#n6"]').first().click();
				await expect(page).toHaveURL(/#n6$/);
				await expect(page.locator('#n6')).toBeInViewport();
			},
		);
	});
});
