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
	/** The characters a rule of the face's `ccmp` needs after its first glyph, or alone (`composingCharacters`). */
	composing: Set<number>;
}

let loaded: CardFont | null | undefined;

/** Noto Serif CJK SC from the first of `dirs` that has it, or null. */
export function findCardFont(dirs: readonly string[] = FONT_DIRS): CardFont | null {
	for (const dir of dirs) {
		const file = findIn(dir);
		if (!file) continue;
		const opened = openSync(file, CARD_FACE);
		// A collection opens as the face asked for, or as nothing; a single-face file as itself, whichever it is.
		if (opened && 'postscriptName' in opened && opened.postscriptName === CARD_FACE)
			return { file, font: opened, outlines: new Map(), composing: composingCharacters(opened) };
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

/** fontkit's lists: arrays, or restructure's lazy arrays (read whole with `toArray`). */
type List<T> = readonly T[] | { toArray(): T[] };
const items = <T>(list: List<T> | undefined): readonly T[] => (list === undefined ? [] : 'toArray' in list ? list.toArray() : list);

/** A GSUB coverage table as fontkit reads it: its glyphs listed, or in ranges. */
interface Coverage {
	glyphs?: List<number>;
	rangeRecords?: List<{ start: number; end: number }>;
}

/** What of a GSUB subtable says which glyphs a rule needs, as fontkit reads it (an extension's, from what it wraps). */
interface Substitution {
	extension?: Substitution;
	coverage?: Coverage;
	/** A chaining context's input, a coverage a glyph (format 3). */
	inputCoverage?: List<Coverage>;
	/** A ligature substitution's: for each glyph of the coverage, its ligatures with their components after it. */
	ligatureSets?: List<List<{ components: List<number> }>>;
}

interface Gsub {
	featureList: List<{ tag: string; feature: { lookupListIndexes: List<number> } }>;
	lookupList: { get(i: number): { subTables: List<Substitution> } };
}

const glyphsOf = (coverage: Coverage | undefined): number[] =>
	coverage?.glyphs
		? [...items(coverage.glyphs)]
		: items(coverage?.rangeRecords).flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, i) => start + i));

/**
 * The characters without which no rule of the face's `ccmp` (glyph composition) can act on a line: for a rule of
 * several glyphs, the glyphs after its first (a ligature's components; a chaining context's input after its first);
 * for a rule of one glyph, that glyph. No rule can act first on a line without them, so none acts at all, and the
 * line is laid out the same without `ccmp`, which is most of a line's layout in fontkit (3.5 of 3.9 ms). In Noto
 * Serif CJK SC: the combining marks after m and ê, the second of two em dashes (the Chinese dash ——) or of two
 * horizontal bars, Hangul jamo, the kana's sound marks, a vertical repeat mark.
 */
export function composingCharacters(font: Font): Set<number> {
	const gsub = (font as unknown as { GSUB?: Gsub }).GSUB;
	const needed = new Set<number>();
	for (const { tag, feature } of items(gsub?.featureList)) {
		if (tag !== 'ccmp') continue;
		for (const index of items(feature.lookupListIndexes)) {
			for (const subTable of items(gsub!.lookupList.get(index).subTables)) {
				const table = subTable.extension ?? subTable;
				const input = items(table.inputCoverage);
				if (table.ligatureSets) {
					for (const set of items(table.ligatureSets)) for (const ligature of items(set)) items(ligature.components).forEach((glyph) => needed.add(glyph));
				} else if (input.length > 1) {
					for (const coverage of input.slice(1)) glyphsOf(coverage).forEach((glyph) => needed.add(glyph));
				} else {
					// One glyph (a single, multiple or alternate substitution, a context of one input), or a form not read
					// further: every glyph it covers.
					glyphsOf(table.coverage ?? input[0]).forEach((glyph) => needed.add(glyph));
				}
			}
		}
	}
	return new Set(font.characterSet.filter((codePoint) => needed.has(font.glyphForCodePoint(codePoint).id)));
}

/** Whether a line has a character the face's `ccmp` may act on (`composingCharacters`). */
export const composes = (font: CardFont, text: string): boolean => {
	for (const character of text) if (font.composing.has(character.codePointAt(0)!)) return true;
	return false;
};
const WITHOUT_CCMP = { ccmp: false };

/**
 * One line of text as SVG, drawn where `<text x y font-size fill>` would draw it: a group scaled from font
 * units, each glyph a `<use>` of its outline at its advance (ids `g{glyph}` in `defs`, filled by the caller).
 */
export function textAsPaths(font: CardFont, line: { x: number; y: number; size: number; fill: string; text: string }, used: Set<number>): string {
	const run = font.font.layout(line.text, composes(font, line.text) ? undefined : WITHOUT_CCMP);
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
