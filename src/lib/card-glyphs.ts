/**
 * The social cards' text as glyph outlines: Noto Serif CJK SC, read once per
 * build, each line laid out (kerning included) and emitted as `<path>`s that
 * resvg draws without loading a font. resvg's own text costs about 10 ms a
 * glyph in this 25 MB collection (it shapes from the whole font each time);
 * an outline read once serves every card of the build.
 */
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Font, openSync } from 'fontkit';

/** The face the cards name first (`font-family` in social-card.ts), as fonts-noto-cjk installs it. */
export const CARD_FACE = 'NotoSerifCJKsc-Regular';
const FILE_NAME = /^NotoSerifCJK(?:sc)?-Regular\.(?:ttc|otf)$/i;
const FONT_DIRS = [
	'/usr/share/fonts',
	'/usr/local/share/fonts',
	join(homedir(), '.local/share/fonts'),
	join(homedir(), '.fonts'),
	'/Library/Fonts',
	join(homedir(), 'Library/Fonts'),
];

/** The first file under `dir` (depth first, at most a few levels down) whose name is the face's. */
function findIn(dir: string, depth = 4): string | undefined {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return undefined;
	}
	for (const entry of entries) if (entry.isFile() && FILE_NAME.test(entry.name)) return join(dir, entry.name);
	if (depth === 0) return undefined;
	for (const entry of entries) {
		const found = entry.isDirectory() ? findIn(join(dir, entry.name), depth - 1) : undefined;
		if (found) return found;
	}
	return undefined;
}

export interface CardFont {
	/** The file the outlines come from: part of the cards' cache key. */
	file: string;
	font: Font;
	/** Each glyph's outline in font units, read once (a collection's titles share most characters). */
	outlines: Map<number, string>;
}

let loaded: CardFont | null | undefined;

/** Noto Serif CJK SC from the first of `dirs` that has it, or null. */
export function findCardFont(dirs: readonly string[] = FONT_DIRS): CardFont | null {
	for (const dir of dirs) {
		const file = findIn(dir);
		if (!file) continue;
		const opened = openSync(file, CARD_FACE);
		// A collection opens as the face asked for, or as nothing; a single-face file as itself, whichever it is.
		if (opened && 'postscriptName' in opened && opened.postscriptName === CARD_FACE) return { file, font: opened, outlines: new Map() };
	}
	return null;
}

/** The cards' font for this build, found once; null when the system has no Noto Serif CJK SC. */
export function cardFont(): CardFont | null {
	if (loaded === undefined) loaded = findCardFont();
	return loaded;
}

/** The characters of `text` the font has no glyph for. */
export function missingCharacters(font: CardFont, text: string): string[] {
	return [...new Set(text)].filter((c) => !/\s/u.test(c) && !font.font.hasGlyphForCodePoint(c.codePointAt(0)!));
}

/**
 * What this face's `ccmp` (glyph composition) acts on: combining marks, variation selectors, Hangul jamo, the vertical
 * kana repeat marks. Laid out with every one of its characters (one run of twelve at a time), the face gives the same
 * glyphs and positions with `ccmp` as without it for any other text, and its `ccmp` lookups are most of a line's
 * layout (3.5 ms of 3.9 a line, fontkit): a line without these characters is laid out without it
 * (tests/unit/social-card.test.ts).
 */
const COMPOSED = /[\p{M}\u1100-\u11FF\u3031-\u3035\uA960-\uA97F\uD7B0-\uD7FF\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
export const composes = (text: string): boolean => COMPOSED.test(text);
const WITHOUT_CCMP = { ccmp: false };

/**
 * One line of text as SVG, drawn where `<text x y font-size fill>` would draw it: a group scaled from font
 * units, each glyph a `<use>` of its outline at its advance (ids `g{glyph}` in `defs`, filled by the caller).
 */
export function textAsPaths(font: CardFont, line: { x: number; y: number; size: number; fill: string; text: string }, used: Set<number>): string {
	const run = font.font.layout(line.text, composes(line.text) ? undefined : WITHOUT_CCMP);
	const scale = line.size / font.font.unitsPerEm;
	let x = 0;
	let uses = '';
	run.glyphs.forEach((glyph, i) => {
		const position = run.positions[i]!;
		if (!font.outlines.has(glyph.id)) font.outlines.set(glyph.id, glyph.path.toSVG());
		if (font.outlines.get(glyph.id)) {
			used.add(glyph.id);
			uses += `<use href="#g${glyph.id}" x="${x + position.xOffset}"${position.yOffset ? ` y="${position.yOffset}"` : ''}/>`;
		}
		x += position.xAdvance;
	});
	return `<g transform="translate(${line.x} ${line.y}) scale(${scale} ${-scale})" fill="${line.fill}">${uses}</g>`;
}

/** The outlines a card uses, for its `defs`. */
export const outlineDefs = (font: CardFont, used: Set<number>): string => [...used].map((id) => `<path id="g${id}" d="${font.outlines.get(id)}"/>`).join('');
