/**
 * The measure side by side, as a reader sees it (for tests/e2e/layout.spec.ts
 * and bench/layout.ts):
 * - characters a line: each paragraph's characters counted line by line (a
 *   line ends where the next character stands back at the line's start),
 *   its last line left out, the median over every line;
 * - the blank beside the shorter partner, by the text's own height (a Range
 *   over each side's text, headings and notes included, not its box, which
 *   a row may stretch): over every pair, the area beside the shorter side
 *   over the area of the two columns;
 * - the face the English is set in (what Chromium drew, not what was asked).
 */
import type { Page } from '@playwright/test';

export interface SideBySide {
	/** Median characters a full line. */
	perLine: { zh: number; en: number };
	/** Blank beside the shorter partner, 0 to 1. */
	blank: number;
	/** The columns' widths, in px. */
	width: { zh: number; en: number };
}

export function measureSideBySide(page: Page): Promise<SideBySide> {
	return page.evaluate(() => {
		const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
		/** Characters on each full line of `el` (note markers left out). */
		const lines = (el: Element): number[] => {
			const counts: number[] = [];
			let count = 0;
			let lastX = -Infinity;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('sup')) continue;
				const text = node.textContent ?? '';
				for (let i = 0; i < text.length; i++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getClientRects()[0];
					if (!rect) continue;
					if (rect.left < lastX - 40) {
						counts.push(count);
						count = 0;
					}
					lastX = rect.left;
					count++;
				}
			}
			return counts;
		};
		const perLine = { zh: [] as number[], en: [] as number[] };
		let blank = 0;
		let total = 0;
		const width = { zh: 0, en: 0 };
		for (const pair of document.querySelectorAll('.text > .pair, .note-list > li.pair')) {
			const zh = pair.querySelector(':scope > [lang|="zh"]');
			const en = pair.querySelector(':scope > [lang="en"]');
			if (!zh || !en) continue;
			const height = (el: Element) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				return range.getBoundingClientRect().height;
			};
			const [a, b] = [zh.getBoundingClientRect().width, en.getBoundingClientRect().width];
			const [ha, hb] = [height(zh), height(en)];
			const row = Math.max(ha, hb);
			total += row * (a + b);
			blank += (row - ha) * a + (row - hb) * b;
			if (pair.matches('.text > div.pair')) {
				width.zh = a;
				width.en = b;
				perLine.zh.push(...lines(zh));
				perLine.en.push(...lines(en));
			}
		}
		return { perLine: { zh: median(perLine.zh), en: median(perLine.en) }, blank: blank / total, width };
	});
}

/** The face Chromium drew the first paragraph's English in. */
export async function englishFace(page: Page): Promise<string> {
	const session = await page.context().newCDPSession(page);
	await session.send('DOM.enable');
	await session.send('CSS.enable');
	const { root } = await session.send('DOM.getDocument', { depth: -1 });
	const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.text > div.pair > p[lang="en"]' });
	const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
	await session.detach();
	return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? '';
}
