/**
 * Sentence alignment as a reader meets it, on a desktop with a mouse and a
 * phone with touch: a sentence under the pointer, tapped or reached from the
 * keyboard is marked with its partner; a segment permalink lands in every
 * mode; a selected passage gives a link that lands on it; study shows a
 * sentence's partner on one-language pages; interleaving goes sentence by
 * sentence when asked; and without the segments' data the page reads as before.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectFocusOn, headerBottom, press, SCREENS, scrollToReach, settle } from '../support/reader.ts';

const PAPER = 'chatgpt-sora';
/** A paragraph of ten sentences: its fourth (s1-1-p1.4) is the one the tests use. */
const SEG = 's1-1-p1.4';

/** Waits for the enhancements and the segments to be in place. */
async function aligned(page: Page): Promise<void> {
	await settle(page);
	await expect(page.locator('article.paper')).toHaveAttribute('data-segmented', '');
}

/** The segment stands on the screen, below the header. */
async function expectOnScreen(page: Page, target: Locator): Promise<void> {
	await expect
		.poll(
			async () => {
				const box = await target.boundingBox();
				const top = await headerBottom(page);
				return box !== null && box.y >= top - 1 && box.y + 10 <= page.viewportSize()!.height;
			},
			{ message: `${target} is on the screen below the header` },
		)
		.toBe(true);
}

/** The longest of the lines a sentence runs over, where the tests point, tap and drag. */
async function widestLine(seg: Locator): Promise<{ x: number; y: number; w: number; h: number }> {
	const rects = await seg.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
	return rects.reduce((a, b) => (b.w > a.w ? b : a));
}

const markedIds = (page: Page) =>
	page
		.locator('.seg[data-mark]')
		.evaluateAll((els) =>
			els.map((el) => `${el.closest('[data-unit]')!.id}.${(el as HTMLElement).dataset['seg']}:${el.closest('[lang]')!.getAttribute('lang')}`),
		);

for (const screen of SCREENS) {
	test.describe(`${screen.name} (${screen.width} px${screen.touch ? ', touch' : ''})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		for (const path of [`/zh/${PAPER}/parallel/`, `/en/${PAPER}/interleaved/`]) {
			test(`${path}: ${screen.touch ? 'a tap on' : 'the pointer over'} a sentence marks it and its partner, and only them`, async ({ page }) => {
				await page.goto(path);
				await aligned(page);
				const zh = page.locator(`[id="${SEG}"]`);
				await scrollToReach(page, zh);
				const box = (await zh.boundingBox())!;
				// Inside the sentence's first line, a little in from its end (it may start mid-line).
				const rects = await zh.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
				const line = rects.find((r) => r.w > 30) ?? { x: box.x, y: box.y, w: box.width, h: box.height };
				const [x, y] = [line.x + line.w / 2, line.y + line.h / 2];
				if (screen.touch) await page.touchscreen.tap(x, y);
				else await page.mouse.move(x, y);
				await expect.poll(() => markedIds(page)).toEqual([`${SEG}:zh-CN`, `${SEG}:en`]);
				const partner = page.locator(`[id="${SEG.split('.')[0]}"] [lang="en"] .seg[data-seg="4"]`);
				await expect(partner).toHaveCSS('background-color', /rgb\(/);
				expect(await partner.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
			});
		}

		test('a segment permalink lands on the sentence, focused and marked, in every mode', async ({ page }) => {
			for (const path of [`/zh/${PAPER}/`, `/en/${PAPER}/`, `/zh/${PAPER}/parallel/`, `/en/${PAPER}/interleaved/`]) {
				await page.goto(`${path}#${SEG}`);
				await aligned(page);
				const seg = page.locator(`[id="${SEG}"]`);
				await expectOnScreen(page, seg);
				await expectFocusOn(seg);
				await expect.poll(() => markedIds(page).then((ids) => ids.every((id) => id.startsWith(`${SEG}:`)) && ids.length > 0), path).toBe(true);
			}
		});

		test('a passage selected by hand gives a link that lands on it', async ({ page, context, browserName }) => {
			test.skip(browserName !== 'chromium', 'the clipboard permission is Chromium’s');
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`/en/${PAPER}/`);
			await aligned(page);
			const seg = page.locator(`[id="${SEG}"]`);
			await scrollToReach(page, seg);
			// Select a passage inside the sentence by pressing and dragging (on a phone too: a long press would open the system's menu).
			const line = await widestLine(seg);
			await page.mouse.move(line.x + 4, line.y + line.h / 2);
			await page.mouse.down();
			await page.mouse.move(line.x + line.w * 0.8, line.y + line.h / 2, { steps: 8 });
			await page.mouse.up();
			const selected = await page.evaluate(() => String(getSelection()).trim());
			expect(selected.length).toBeGreaterThan(10);
			const offer = page.locator('#passage-link');
			await expect(offer).toBeVisible();
			await press(page, offer, screen.touch);
			await expect(offer).toHaveText(/copied/i);
			const url = await page.evaluate(() => navigator.clipboard.readText());
			expect(url).toMatch(new RegExp(`/en/${PAPER}/#${SEG.replace('.', '\\.')}:~:text=`));
			// A reader who opens it elsewhere lands on the passage.
			const reader = await context.newPage();
			await reader.goto(url);
			await aligned(reader);
			await expectOnScreen(reader, reader.locator(`[id="${SEG}"]`));
			await reader.close();
		});

		test('a chosen sentence is what the cite control cites, or, asked, its whole paragraph', async ({ page }) => {
			await page.goto(`/en/${PAPER}/`);
			await aligned(page);
			const seg = page.locator(`[id="${SEG}"]`);
			await scrollToReach(page, seg);
			const line = await widestLine(seg);
			if (screen.touch) await page.touchscreen.tap(line.x + line.w / 2, line.y + line.h / 2);
			else await page.mouse.click(line.x + line.w / 2, line.y + line.h / 2);
			await expect(seg).toHaveAttribute('data-mark', '');
			const unit = page.locator('#s1-1-p1');
			// On a desktop the tools stand in the margin, shown as the pointer comes; on a phone the tap has shown them.
			if (!screen.touch) await unit.hover({ position: { x: 10, y: 10 } });
			else await scrollToReach(page, unit.locator('.cite-unit'));
			await press(page, unit.locator('.cite-unit'), screen.touch);
			const popover = page.locator('#note-popover');
			await expect(popover).toBeVisible();
			await expect(popover).toContainText('section 1.1, paragraph 1, sentence 4');
			await expect(popover).toContainText(`/en/${PAPER}/#${SEG}`);
			await press(page, popover.locator('.cite-whole'), screen.touch);
			await expect(popover).not.toContainText('sentence 4');
			await expect(popover).toContainText(`/en/${PAPER}/#s1-1-p1.`.slice(0, -1));
		});

		test('study: reading the English alone, a sentence shows its Chinese partner', async ({ page }) => {
			await page.goto(`/en/${PAPER}/`);
			await aligned(page);
			// Turned on in the reading settings, as a reader would.
			await press(page, page.locator('.settings-open'), screen.touch);
			await press(page, page.locator('input[name="setting-study"][value="on"]'), screen.touch);
			await page.keyboard.press('Escape');
			const seg = page.locator(`[id="${SEG}"]`);
			await scrollToReach(page, seg);
			const line = await widestLine(seg);
			if (screen.touch) await page.touchscreen.tap(line.x + line.w / 2, line.y + line.h / 2);
			else await page.mouse.click(line.x + line.w / 2, line.y + line.h / 2);
			const partner = page.locator('#study-partner');
			await expect(partner).toBeVisible();
			await expect(partner).toHaveAttribute('lang', 'zh-CN');
			const chinese = (await (await page.request.get(`/downloads/${PAPER}.json`)).json()) as { segments: { id: string; zh: string }[] };
			await expect(partner).toHaveText(chinese.segments.find((s) => s.id === SEG)!.zh);
			// It stands below the sentence, on the screen, and covers no part of it.
			const [own, shown] = [await seg.boundingBox(), await partner.boundingBox()];
			expect(shown!.y).toBeGreaterThanOrEqual(own!.y + own!.height - 1);
			expect(shown!.y + shown!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
			// The setting holds on the next page.
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-study', 'on');
		});
	});
}

/** Records, at every frame the page draws from the first, where it is scrolled and where `id` (or else its unit) stands. */
async function recordFrames(page: Page, id: string): Promise<void> {
	await page.addInitScript((id) => {
		const frames: { y: number; top: number | null; bottom: number | null; marked: boolean }[] = [];
		(window as unknown as { frames_: typeof frames }).frames_ = frames;
		// Read after every callback of the frame and its layout, just before it is painted: a resize observer's first report.
		const frame = () => {
			const observer = new ResizeObserver(() => {
				observer.disconnect();
				const el = document.getElementById(id) ?? document.getElementById(id.replace(/\.\d+$/, ''));
				const box = el?.getBoundingClientRect();
				frames.push({
					y: scrollY,
					top: box?.top ?? null,
					bottom: box?.bottom ?? null,
					marked: document.getElementById(id)?.hasAttribute('data-mark') ?? false,
				});
			});
			observer.observe(document.documentElement);
			if (frames.length < 600) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	}, id);
}
const framesOf = (page: Page) =>
	page.evaluate(() => (window as unknown as { frames_: { y: number; top: number | null; bottom: number | null; marked: boolean }[] }).frames_);

test.describe('a sentence’s link, at first paint', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the page opens on the sentence’s paragraph from its first frame, and marks the sentence there without a jump', async ({ page }) => {
		for (const path of [`/zh/${PAPER}/`, `/en/${PAPER}/parallel/`]) {
			await recordFrames(page, SEG);
			await page.goto(`${path}#${SEG}`);
			await aligned(page);
			await expect.poll(() => markedIds(page).then((ids) => ids.length > 0 && ids.every((id) => id.startsWith(`${SEG}:`)))).toBe(true);
			const frames = await framesOf(page);
			// The first frame drawn with the paragraph parsed shows it below the header.
			const first = frames.find((f) => f.top !== null)!;
			const top = await headerBottom(page);
			expect(first.top!, `${path}: the paragraph at the first frame`).toBeGreaterThanOrEqual(top - 1);
			expect(first.top!, `${path}: the paragraph at the first frame`).toBeLessThan(900 / 2);
			// From that frame until the sentence is marked, and after, the page does not move.
			expect(new Set(frames.filter((f) => f.top !== null).map((f) => Math.round(f.y))).size, `${path}: scroll positions drawn`).toBe(1);
			await expectOnScreen(page, page.locator(`[id="${SEG}"]`));
		}
	});
});

test.describe('the keyboard', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('J and K step sentence by sentence, focus and mark following, the page scrolling to keep it in view', async ({ page }) => {
		await page.goto(`/zh/${PAPER}/parallel/#s1-1-p1`);
		await aligned(page);
		await page.keyboard.press('j');
		const first = await page.evaluate(() => document.activeElement?.id);
		expect(first).toMatch(/^[a-z0-9-]+\.\d+$/);
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		await page.keyboard.press('k');
		const now = await page.evaluate(() => document.activeElement?.id ?? '');
		const ids = await page.locator('article.paper .seg[id]').evaluateAll((els) => els.map((el) => el.id));
		expect(ids.indexOf(now) - ids.indexOf(first!)).toBe(1);
		expect((await markedIds(page)).map((id) => id.split(':')[0])).toEqual([now, now]);
		await expectOnScreen(page, page.locator(`[id="${now}"]`));
		// Thirty sentences on: the page has followed.
		for (let i = 0; i < 30; i++) await page.keyboard.press('j');
		const far = await page.evaluate(() => document.activeElement?.id ?? '');
		await expectOnScreen(page, page.locator(`[id="${far}"]`));
		await page.keyboard.press('Escape');
		await expect(page.locator('.seg[data-mark]')).toHaveCount(0);
	});

	test('interleaved sentence by sentence: each Chinese sentence is followed by its English', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('settings', '{"interleave":"sentence"}'));
		await page.goto(`/zh/${PAPER}/interleaved/#s1-1-p1`);
		await aligned(page);
		const tops = await page.locator('#s1-1-p1 .seg').evaluateAll((els) =>
			els
				.map((el) => ({ lang: el.closest('[lang]')!.getAttribute('lang'), n: Number((el as HTMLElement).dataset['seg']), top: el.getBoundingClientRect().top }))
				.sort((a, b) => a.top - b.top)
				.map((s) => `${s.n}${s.lang}`),
		);
		expect(tops.slice(0, 6)).toEqual(['1zh-CN', '1en', '2zh-CN', '2en', '3zh-CN', '3en']);
	});

	test('search lands on the sentence of the match, marking it and its partner', async ({ page }) => {
		await page.goto(`/en/${PAPER}/parallel/`);
		await settle(page);
		await page.keyboard.press('/');
		await expect(page.locator('#search-input')).toBeFocused();
		await page.keyboard.type('"Lee Sedol"');
		const result = page.locator('#search-results [role="option"]').first();
		await expect(result).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#s1-p1$/);
		await expect.poll(() => markedIds(page)).toEqual(['s1-p1.2:zh-CN', 's1-p1.2:en']);
		await expectOnScreen(page, page.locator('[id="s1-p1.2"]'));
	});
});

test.describe('when the segments cannot load', () => {
	test('the page reads and its links work as before; a segment permalink still reaches its paragraph', async ({ page }) => {
		await page.route('**/alignment/**', (route) => route.abort());
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`/zh/${PAPER}/parallel/#${SEG}`);
		await settle(page);
		await expectOnScreen(page, page.locator('#s1-1-p1'));
		await expectFocusOn(page.locator('#s1-1-p1'));
		await expect(page.locator('.seg')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});
