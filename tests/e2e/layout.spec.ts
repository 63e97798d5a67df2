/**
 * Layout and typography as the reader meets them: balanced columns side by
 * side, each script set at its own leading in every interface, the phone's
 * chrome, targets a finger can hit, tools that never cover the text, notes
 * that keep their numbers, one pair lit at a time, citations to copy, and
 * the reader's settings, chosen with real pointer and touch input.
 */
import { expect, test } from '@playwright/test';
import { axe } from '../support/axe.ts';
import { launchWithSerif, SERIF_FAMILIES } from '../support/fonts.ts';
import { englishFace, measureSideBySide } from '../support/measure.ts';
import { press, scrollToReach, settle } from '../support/reader.ts';

const PAPER = '/chatgpt-sora';

/*
 * Side by side, in two Latin serifs of different widths (DejaVu Serif, wide; Liberation Serif, Times-metric),
 * each the only serif its Chromium sees (tests/support/fonts.ts), whatever the machine has installed: at every
 * width from 1024 to 1920 px, the English at most 90 characters a line, the Chinese 20 to 40, and the blank
 * beside the shorter partner, by the text's own height, at most 10 %.
 */
for (const family of SERIF_FAMILIES) {
	test(`side by side in ${family.name}: a reader's measure in each language, and little blank beside the shorter partner`, async ({ baseURL }) => {
		// A family that is missing fails here, saying how to get it.
		const browser = await launchWithSerif(family);
		try {
			const page = await browser.newPage();
			for (const [ui, width] of [
				['zh', 1024],
				['zh', 1200],
				['zh', 1280],
				['en', 1440],
				['zh', 1600],
				['en', 1920],
			] as const) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`${baseURL}/${ui}${PAPER}/parallel/`);
				expect(await englishFace(page), 'the face the English is drawn in').toBe(family.name);
				const { perLine, blank, width: column } = await measureSideBySide(page);
				const at = `${family.name}, ${ui} interface, ${width} px`;
				expect(perLine.en, `${at}: English characters a line`).toBeLessThanOrEqual(90);
				expect(perLine.en, `${at}: English characters a line`).toBeGreaterThanOrEqual(55);
				expect(perLine.zh, `${at}: Chinese characters a line`).toBeGreaterThanOrEqual(20);
				expect(perLine.zh, `${at}: Chinese characters a line`).toBeLessThanOrEqual(40);
				expect(blank, `${at}: blank beside the shorter partner`).toBeLessThanOrEqual(0.1);
				// Chinese is denser: its column is the narrower.
				expect(column.zh, at).toBeLessThan(column.en * 0.8);
			}
		} finally {
			await browser.close();
		}
	});
}

test('each script is set at its own leading and face, in every interface and mode', async ({ page }) => {
	const leading = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => {
				const style = getComputedStyle(el);
				return { ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize), face: style.fontFamily };
			});
	for (const path of [`/zh${PAPER}/en/`, `/en${PAPER}/`, `/zh${PAPER}/parallel/`, `/en${PAPER}/interleaved/`]) {
		await page.goto(path);
		const en = await leading('.text p[lang="en"]:not(.editorial), .text .pair > p[lang="en"]');
		expect(en.ratio, `${path}: English`).toBeGreaterThanOrEqual(1.4);
		expect(en.ratio, `${path}: English`).toBeLessThanOrEqual(1.75);
		expect(en.face, `${path}: English face`).toMatch(/^"?Iowan/);
		const heading = await leading('.text h2');
		expect(heading.ratio, `${path}: headings`).toBeLessThan(1.5);
	}
	for (const path of [`/zh${PAPER}/`, `/en${PAPER}/zh/`, `/en${PAPER}/parallel/`]) {
		await page.goto(path);
		const zh = await leading('.text p[lang="zh-CN"]');
		expect(zh.ratio, `${path}: Chinese`).toBeGreaterThanOrEqual(1.6);
		expect(zh.ratio, `${path}: Chinese`).toBeLessThanOrEqual(2);
		// CJK faces first: Chinese quotation marks and dashes are CJK glyphs.
		expect(zh.face, `${path}: Chinese face`).toMatch(/^"?Songti SC/);
	}
	// The chrome keeps the interface's sans-serif face.
	expect(await page.locator('.toc summary').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/-apple-system/);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the sticky chrome is 56 px at most, and nothing of it spills over the text', async ({ page }) => {
		for (const path of [`/zh${PAPER}/`, `/en${PAPER}/interleaved/`, `/en${PAPER}/about/`]) {
			await page.goto(path);
			await settle(page);
			await page.mouse.wheel(0, 2000);
			const { height, spill } = await page.locator('.site-header').evaluate((header) => {
				const box = header.getBoundingClientRect();
				const spill = [...header.querySelectorAll('a, button')].filter(
					(el) => (el as HTMLElement).offsetParent && el.getBoundingClientRect().bottom > box.bottom + 0.5,
				);
				return { height: box.height, spill: spill.map((el) => el.textContent) };
			});
			expect(height, path).toBeLessThanOrEqual(56);
			expect(spill, path).toEqual([]);
		}
	});

	test('targets pass WCAG 2.5.8 (24 px, or spaced), with the enhancements loaded', async ({ page }) => {
		await page.goto(`/en${PAPER}/`);
		await settle(page);
		const { violations } = await axe(page).withRules(['target-size', 'label-content-name-mismatch']).analyze();
		expect(violations.map((v) => `${v.id} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
	});

	test('a tapped paragraph shows its tools in a row below it, covering nothing; Chinese is justified', async ({ page }) => {
		await page.goto(`/zh${PAPER}/`);
		await settle(page);
		const unit = page.locator('#s1-p1');
		await scrollToReach(page, unit);
		const before = await page.locator('#s1-1').boundingBox();
		await press(page, unit, true);
		const tools = unit.locator('.unit-tools');
		await expect(tools).toBeVisible();
		const row = (await tools.boundingBox())!;
		const text = (await unit.locator('sup').last().boundingBox())!;
		expect(row.y).toBeGreaterThanOrEqual(text.y + text.height - 1);
		// Below the tapped unit: what follows moved down, and nothing stands over it.
		expect((await page.locator('#s1-1').boundingBox())!.y).toBeGreaterThan(before!.y);
		await expect(unit).toHaveCSS('text-align', 'justify');
		// A second tap on it puts them away.
		await press(page, unit.locator('[lang]').first().or(unit).first(), true);
		await expect(tools).toBeHidden();
	});
});

test('notes keep their numbers side by side and interleaved', async ({ page }) => {
	for (const mode of ['parallel', 'interleaved']) {
		await page.goto(`/en${PAPER}/${mode}/`);
		const marker = await page.locator('#n7').evaluate((li) => getComputedStyle(li, '::before').content);
		expect(marker, mode).toContain('counter(note)');
		expect(await page.locator('#n7').evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1)).toBe(7);
	}
});

test('the partner is lit for one pair at a time, padded, and never behind the tools', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/zh${PAPER}/parallel/`);
	await settle(page);
	const zh = page.locator('#s1-p1 > [lang="zh-CN"]');
	const en = page.locator('#s1-p1 > [lang="en"]');
	await scrollToReach(page, zh);
	const box = (await zh.boundingBox())!;
	await page.mouse.move(box.x + 20, box.y + 20);
	await expect(en).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	await expect(en).not.toHaveCSS('box-shadow', 'none');
	await expect(zh).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	await expect(page.locator('#s1-p1 > .unit-tools')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	// Focus in another pair: that pair is lit, the hovered one no longer.
	await page.locator('#s1-1-p1 sup a[href^="#n"]').first().focus();
	await expect(page.locator('#s1-1-p1 > [lang="en"]')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	await expect(en).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('a unit’s citation names each style and copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/en${PAPER}/`);
	await settle(page);
	const unit = page.locator('#s2-1-p3');
	await scrollToReach(page, unit);
	const box = (await unit.boundingBox())!;
	await page.mouse.move(box.x + 40, box.y + 10);
	await press(page, unit.locator('.cite-unit'), false);
	const popover = page.locator('#note-popover');
	await expect(popover.locator('dt')).toHaveText(['GB/T 7714—2025', 'Chicago note', 'Chicago bibliography']);
	await press(page, popover.getByRole('button', { name: 'Copy Chicago note' }), false);
	await expect(popover.getByRole('button', { name: 'Copy Chicago note' })).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('sec. 2.1, para. 3');
});

test.describe('the reader’s settings', () => {
	test('text size, typeface, the first language and margin notes: chosen by pointer, kept across pages', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/zh${PAPER}/parallel/`);
		await settle(page);
		const size = () => page.locator('#s1-p1').evaluate((el) => parseFloat(getComputedStyle(el.querySelector('[lang="zh-CN"]') ?? el).fontSize));
		const before = await size();
		await press(page, page.locator('.settings-open'), false);
		const panel = page.locator('#reader-settings');
		await expect(panel).toBeVisible();
		await press(page, panel.getByLabel('大', { exact: true }), false);
		expect(await size()).toBeGreaterThan(before);
		await press(page, panel.getByLabel('黑体'), false);
		await expect(page.locator('#s1-p1 > [lang="zh-CN"]')).toHaveCSS('font-family', /^"PingFang SC"/);
		// English on the left, side by side.
		await press(page, panel.locator('fieldset').nth(2).getByLabel('英文'), false);
		const [zhX, enX] = await Promise.all(
			['zh-CN', 'en'].map((lang) => page.locator(`#s1-p1 > [lang="${lang}"]`).evaluate((el) => el.getBoundingClientRect().x)),
		);
		expect(enX).toBeLessThan(zhX!);
		await press(page, panel.getByLabel('只在文末'), false);
		await page.keyboard.press('Escape');
		// Kept, and applied before the first paint of the next page: no margin notes there either.
		await page.goto(`/zh${PAPER}/`);
		expect(await size()).toBeGreaterThan(before);
		await expect(page.locator('html')).toHaveAttribute('data-left', 'en');
		await settle(page);
		await expect(page.locator('article.paper')).not.toHaveAttribute('data-sidenotes');
	});

	test('on a phone, by touch', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(`/en${PAPER}/`);
		await settle(page);
		await press(page, page.locator('.settings-open'), true);
		const panel = page.locator('#reader-settings');
		await expect(panel).toBeInViewport({ ratio: 1 });
		await press(page, panel.getByLabel('Larger'), true);
		await expect(page.locator('html')).toHaveAttribute('data-size', 'xl');
		await context.close();
	});
});
