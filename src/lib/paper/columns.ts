/**
 * How wide each language's column should be side by side, for a paper's
 * text: Chinese is denser than English, so equal columns leave a blank
 * beside every Chinese paragraph. Each unit's height in a column is its
 * text's area (characters × the area one takes) over the column's width;
 * a row is as tall as its taller side; the shares chosen make the rows, in
 * sum, as short as they can be, which is the least blank.
 */
import type { AlignedPaper, Lang } from './model.ts';
import { plainText } from './plain-text.ts';

/**
 * The area a character takes, in em² of its column: a Chinese character is 1 em wide at a line height of
 * 1.8; an English character, spaces included, about 0.55 em at 1.6 (global.css). Calibrated against the
 * blank the benchmark measures (`npm run bench`: "side by side, blank").
 */
export const CHARACTER_AREA: Record<Lang, number> = { zh: 1.8, en: 0.55 * 1.6 };

/** Column shares for `paper`, in whole percent (`zh + en = 100`), the Chinese kept between 30 and 55. */
export function columnShares(paper: AlignedPaper): Record<Lang, number> {
	const lengths = [...paper.units, ...paper.notes.filter((n) => !n.missing)].map((unit) => ({
		zh: plainText(unit.text.zh).length * CHARACTER_AREA.zh,
		en: plainText(unit.text.en).length * CHARACTER_AREA.en,
	}));
	let best = { zh: 50, height: Infinity };
	for (let zh = 30; zh <= 55; zh++) {
		const height = lengths.reduce((sum, unit) => sum + Math.max(unit.zh / zh, unit.en / (100 - zh)), 0);
		if (height < best.height) best = { zh, height };
	}
	return { zh: best.zh, en: 100 - best.zh };
}
