/**
 * Layout figures, measured in the browser (figures, not a test):
 * - side by side, the blank share: beside the shorter partner of each pair,
 *   the area left empty, over the area of the two columns;
 * - the height of the sticky chrome on a phone;
 * - the line height each script is set at, per interface and mode;
 * - the characters per line of each column side by side;
 * - the area a character takes in each language, for lib/paper/columns.ts.
 * Run by `npm run bench`, or alone: `node bench/layout.ts` after a build.
 */
import type { Browser, Page } from '@playwright/test';
import { launch, preview } from '../tools/built-site.ts';

export interface LayoutFigures {
	blank: Record<string, number>;
	phoneChrome: Record<string, number>;
	lineHeights: Record<string, { zh: number; en: number }>;
	charactersPerLine: Record<string, { zh: number; en: number }>;
	characterArea: { zh: number; en: number };
}

/** Over every pair side by side: blank area beside the shorter partner / the two columns' area, and the area per character. */
function measurePairs(page: Page) {
	return page.evaluate(() => {
		let blank = 0;
		let total = 0;
		const area = { zh: [] as number[], en: [] as number[] };
		const perLine = { zh: [] as number[], en: [] as number[] };
		for (const pair of document.querySelectorAll<HTMLElement>('.text > .pair:not(h2, h3, h4), .note-list > li.pair')) {
			const zh = pair.querySelector<HTMLElement>(':scope > [lang="zh-CN"]');
			const en = pair.querySelector<HTMLElement>(':scope > [lang="en"]');
			if (!zh || !en) continue;
			const [a, b] = [zh.getBoundingClientRect(), en.getBoundingClientRect()];
			const row = Math.max(a.height, b.height);
			total += row * (a.width + b.width);
			blank += (row - a.height) * a.width + (row - b.height) * b.width;
			const chars = { zh: zh.textContent!.length, en: en.textContent!.length };
			if (chars.zh > 80) area.zh.push((a.height * a.width) / chars.zh / 256);
			if (chars.en > 200) area.en.push((b.height * b.width) / chars.en / 256);
			const lines = (el: HTMLElement, rect: DOMRect) => rect.height / parseFloat(getComputedStyle(el).lineHeight);
			if (chars.zh > 80) perLine.zh.push(chars.zh / lines(zh, a));
			if (chars.en > 200) perLine.en.push(chars.en / lines(en, b));
		}
		const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
		return { share: blank / total, area: { zh: median(area.zh), en: median(area.en) }, perLine: { zh: median(perLine.zh), en: median(perLine.en) } };
	});
}

export async function measureLayout(browser: Browser, origin: string): Promise<LayoutFigures> {
	const figures: LayoutFigures = { blank: {}, phoneChrome: {}, lineHeights: {}, charactersPerLine: {}, characterArea: { zh: NaN, en: NaN } };
	const page = await browser.newPage();
	for (const ui of ['zh', 'en'] as const) {
		for (const width of [1280, 1440, 1600]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${origin}/${ui}/chatgpt-sora/parallel/`);
			const pairs = await measurePairs(page);
			figures.blank[`${ui} ${width}`] = Math.round(pairs.share * 1000) / 10;
			if (width === 1440) {
				figures.charactersPerLine[ui] = { zh: Math.round(pairs.perLine.zh), en: Math.round(pairs.perLine.en) };
				if (ui === 'zh') figures.characterArea = { zh: Math.round(pairs.area.zh * 100) / 100, en: Math.round(pairs.area.en * 100) / 100 };
			}
		}
		for (const mode of ['zh', 'en', 'parallel', 'interleaved']) {
			await page.setViewportSize({ width: 1440, height: 900 });
			await page.goto(`${origin}/${ui}/chatgpt-sora/${mode === ui ? '' : `${mode}/`}`);
			figures.lineHeights[`${ui} ${mode}`] = await page.evaluate(() => {
				const ratio = (selector: string) => {
					const el = document.querySelector<HTMLElement>(selector);
					if (!el) return NaN;
					const style = getComputedStyle(el);
					return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
				};
				return { zh: ratio('.text p[lang="zh-CN"]:not(.abstract), .text [lang="zh-CN"] p, .text .pair > p[lang="zh-CN"]'), en: ratio('.text p[lang="en"]:not(.abstract), .text .pair > p[lang="en"]') };
			});
		}
	}
	const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const phonePage = await phone.newPage();
	for (const path of ['/zh/chatgpt-sora/', '/en/chatgpt-sora/', '/en/chatgpt-sora/interleaved/']) {
		await phonePage.goto(`${origin}${path}`);
		await phonePage.mouse.wheel(0, 3000);
		await phonePage.waitForTimeout(300);
		figures.phoneChrome[path] = await phonePage.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height));
	}
	await phone.close();
	await page.close();
	return figures;
}

export function printLayout(figures: LayoutFigures): void {
	console.log(`side by side, blank beside the shorter partner: ${Object.entries(figures.blank).map(([k, v]) => `${k} px ${v} %`).join(' · ')}`);
	console.log(`side by side at 1440 px, characters per line: ${Object.entries(figures.charactersPerLine).map(([ui, c]) => `${ui} interface: Chinese ${c.zh}, English ${c.en}`).join(' · ')}`);
	console.log(`area of a character (em²): Chinese ${figures.characterArea.zh}, English ${figures.characterArea.en}`);
	console.log(`line height / font size: ${Object.entries(figures.lineHeights).map(([k, v]) => `${k}: zh ${v.zh}, en ${v.en}`).join(' · ')}`);
	console.log(`phone (390 px) sticky chrome while reading: ${Object.entries(figures.phoneChrome).map(([k, v]) => `${k} ${v} px`).join(' · ')}`);
}

// Alone: measure the built site.
if (import.meta.url === `file://${process.argv[1]}`) {
	const server = await preview(4393);
	const browser = await launch();
	try {
		printLayout(await measureLayout(browser, server.url));
	} finally {
		await browser.close();
		server.stop();
	}
}
