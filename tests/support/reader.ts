/**
 * A reader's hands, for the browser tests: real pointer clicks and touch
 * taps at an element's place on the screen (never `locator.click()`, which
 * scrolls its target into view first and so hides what a sticky header or a
 * lost scroll position does to a reader), scrolling by the wheel, and where
 * the reader has ended up.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Screen = { name: 'desktop' | 'phone'; width: number; height: number; touch: boolean };
export const SCREENS: readonly Screen[] = [
	{ name: 'desktop', width: 1440, height: 900, touch: false },
	{ name: 'phone', width: 390, height: 844, touch: true },
];

/** The bottom of the sticky header: where a unit a link leads to should stand. */
export const headerBottom = (page: Page): Promise<number> => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);

/** Scrolls with the wheel, as a reader would, until `target` is on the screen below the header. */
export async function scrollToReach(page: Page, target: Locator): Promise<void> {
	for (let i = 0; i < 60; i++) {
		const box = await target.boundingBox();
		const top = await headerBottom(page);
		const height = page.viewportSize()!.height;
		if (box && box.y >= top && box.y + Math.min(box.height, 40) <= height) return;
		// A reader's flick: up to three screens a turn of the wheel, so that a far target is reached in a few.
		const delta = box ? Math.max(-height * 3, Math.min(height * 3, box.y - top - height / 3)) : height * 3;
		await page.mouse.wheel(0, delta);
		await page.waitForTimeout(50);
	}
	throw new Error(`could not scroll ${target} into reach`);
}

/** Clicks (or taps, on a touch screen) the middle of `target` where it stands on the screen; it must be there, uncovered. */
export async function press(page: Page, target: Locator, touch: boolean): Promise<void> {
	const box = await target.boundingBox();
	if (!box) throw new Error(`${target} is not on the page`);
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 12);
	const { width, height } = page.viewportSize()!;
	expect(x >= 0 && x <= width && y >= 0 && y <= height, `${target} is on the screen (${Math.round(x)}, ${Math.round(y)})`).toBe(true);
	// Nothing stands over it (the sticky header, a popover).
	const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.outerHTML.slice(0, 80) ?? '', [x, y]);
	const covered = await target.evaluate(
		(el, [px, py]) => {
			const top = document.elementFromPoint(px!, py!);
			return !(top && (el === top || el.contains(top)));
		},
		[x, y],
	);
	expect(covered, `${target} is covered at its middle by ${hit}`).toBe(false);
	if (touch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

/** The reader's first move, which loads the enhancements; waits until they are there. */
export async function settle(page: Page): Promise<void> {
	await page.mouse.move(3, 3);
	await page.mouse.move(6, 6);
	if (await page.locator('article.paper').count()) await expect(page.locator('a.permalink').first()).toBeAttached();
}

/** `target` stands just below the sticky header (a little room allowed), on the screen. */
export async function expectLanded(page: Page, target: Locator): Promise<void> {
	await expect
		.poll(
			async () => {
				const top = (await target.boundingBox())?.y ?? NaN;
				return Math.round(top - (await headerBottom(page)));
			},
			{ message: `${target} lands just below the header` },
		)
		.toBeGreaterThanOrEqual(-1);
	const gap = ((await target.boundingBox())?.y ?? NaN) - (await headerBottom(page));
	expect(gap, `${target} lands just below the header`).toBeLessThanOrEqual(48);
}

/** Focus is on `target` (or inside it). */
export async function expectFocusOn(target: Locator): Promise<void> {
	await expect.poll(() => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
}
