/**
 * How wide each language's column is side by side, for a paper's text.
 *
 * The English keeps a reader's measure, about 80 characters a line in any
 * face: its column is given in `ch` of its own font (global.css,
 * `--en-column`), so a narrow face (Times, Liberation Serif) and a wide one
 * (DejaVu Serif) set the same words on a line. The Chinese column is as many
 * characters wide as the paper needs for the same height: Chinese is denser,
 * and this paper's English runs some 3.8 characters for each of its
 * Chinese ones. Each unit's height in a column is its lines (characters
 * over characters a line) times the line height; a row is as tall as its
 * taller side; the width chosen leaves the least blank beside the shorter
 * partners. Since both columns are measured in characters, the choice holds
 * whatever fonts the reader has.
 */
import type { AlignedPaper } from './model.ts';
import { plainText } from './plain-text.ts';

/** English characters a line side by side (the `--en-column` of global.css, in characters of text rather than `ch`). */
export const ENGLISH_MEASURE = 80;
/** The Chinese column's choices, in characters a line. */
export const CHINESE_MEASURES = [20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40] as const;
export type ChineseMeasure = (typeof CHINESE_MEASURES)[number];
/** The stylesheet's (global.css, `var(--zh, 26)`): a paper that needs another says so in a rule of its pages' own. */
export const DEFAULT_CHINESE_MEASURE: ChineseMeasure = 26;

/** Line height over font size of each script's text (global.css). */
const LEADING = { zh: 1.8, en: 1.6 };
/** The width of an English character, spaces included, in em: Chinese characters are 1 em. */
const ENGLISH_CHARACTER = 0.47;

/** The Chinese column, in characters a line, that leaves the least blank beside the English's fixed measure. */
export function chineseMeasure(paper: AlignedPaper): ChineseMeasure {
	const lengths = [...paper.units, ...paper.notes.filter((n) => !n.missing)].map((unit) => ({
		zh: plainText(unit.text.zh).length,
		en: plainText(unit.text.en).length,
	}));
	const widths = (zh: number) => ({ zh, en: ENGLISH_MEASURE * ENGLISH_CHARACTER });
	let best: { measure: ChineseMeasure; blank: number } = { measure: CHINESE_MEASURES[0], blank: Infinity };
	for (const measure of CHINESE_MEASURES) {
		const width = widths(measure);
		let blank = 0;
		let area = 0;
		for (const unit of lengths) {
			const zh = Math.ceil(unit.zh / measure) * LEADING.zh;
			const en = Math.ceil(unit.en / ENGLISH_MEASURE) * LEADING.en;
			const row = Math.max(zh, en);
			blank += (row - zh) * width.zh + (row - en) * width.en;
			area += row * (width.zh + width.en);
		}
		if (blank / area < best.blank) best = { measure, blank: blank / area };
	}
	return best.measure;
}
