/**
 * Layout figures, measured in the browser (figures, not a test):
 * - side by side, per width and per Latin serif (DejaVu Serif, wide, and
 *   Liberation Serif, Times-metric, each the only serif its Chromium sees:
 *   tests/support/fonts.ts): characters a line of each column, counted line
 *   by line, and the blank beside the shorter partner by the text's own
 *   height (tests/support/measure.ts);
 * - the height of the sticky chrome on a phone;
 * - the line height each script is set at, per interface and mode.
 * Run by `npm run bench`, or alone: `node bench/layout.ts` after a build.
 */
import type { Browser } from '@playwright/test';
import { launchWithSerif, SERIF_FAMILIES } from '../tests/support/fonts.ts';
import { englishFace, measureSideBySide } from '../tests/support/measure.ts';
import { launch, preview } from '../tools/built-site.ts';

/** The widths side by side is measured at. */
export const WIDTHS = [1024, 1200, 1280, 1440, 1920];

export interface SideBySideFigures {
	font: string;
	ui: string;
	width: number;
	zhPerLine: number;
	enPerLine: number;
	blankPercent: number;
}

export interface LayoutFigures {
	sideBySide: SideBySideFigures[];
	phoneChrome: Record<string, number>;
	lineHeights: Record<string, { zh: number; en: number }>;
}

/** Side by side at every width, in each Latin serif (a family that is missing is said so, and skipped). */
export async function measureSideBySideFigures(origin: string): Promise<SideBySideFigures[]> {
	const figures: SideBySideFigures[] = [];
	for (const family of SERIF_FAMILIES) {
		let browser: Browser;
		try {
			browser = await launchWithSerif(family);
		} catch (error) {
			console.log(`side by side in ${family.name}: not measured. ${(error as Error).message}`);
			continue;
		}
		const page = await browser.newPage();
		for (const ui of ['zh', 'en']) {
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`${origin}/${ui}/chatgpt-sora/parallel/`);
				const font = await englishFace(page);
				const m = await measureSideBySide(page);
				figures.push({ font, ui, width, zhPerLine: m.perLine.zh, enPerLine: m.perLine.en, blankPercent: Math.round(m.blank * 1000) / 10 });
			}
		}
		await browser.close();
	}
	return figures;
}

export async function measureLayout(browser: Browser, origin: string): Promise<LayoutFigures> {
	const figures: LayoutFigures = { sideBySide: await measureSideBySideFigures(origin), phoneChrome: {}, lineHeights: {} };
	const page = await browser.newPage();
	for (const ui of ['zh', 'en'] as const) {
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
				return {
					zh: ratio('.text p[lang="zh-CN"]:not(.abstract), .text [lang="zh-CN"] p, .text .pair > p[lang="zh-CN"]'),
					en: ratio('.text p[lang="en"]:not(.abstract), .text .pair > p[lang="en"]'),
				};
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
	console.log('side by side: characters a line (Chinese, English) and blank beside the shorter partner, by text height');
	for (const f of figures.sideBySide) {
		console.log(
			`  ${f.font.padEnd(17)} ${f.ui} interface ${String(f.width).padStart(4)} px: Chinese ${f.zhPerLine}, English ${f.enPerLine}, blank ${f.blankPercent} %`,
		);
	}
	console.log(
		`line height / font size: ${Object.entries(figures.lineHeights)
			.map(([k, v]) => `${k}: zh ${v.zh}, en ${v.en}`)
			.join(' · ')}`,
	);
	console.log(
		`phone (390 px) sticky chrome while reading: ${Object.entries(figures.phoneChrome)
			.map(([k, v]) => `${k} ${v} px`)
			.join(' · ')}`,
	);
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
