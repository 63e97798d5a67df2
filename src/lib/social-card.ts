/**
 * The social card (Open Graph image) of a page, drawn at build time: an SVG
 * of the titles, their text as Noto Serif CJK SC's outlines (card-glyphs.ts),
 * rendered to PNG by resvg. No external service; where that font is not
 * installed, resvg draws the text from the system's fonts, and Chinese
 * renders as the fallback font does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD_FACE, type CardFont, cardFont, missingCharacters, outlineDefs, textAsPaths } from './card-glyphs.ts';
import { escapeHtml } from './escape.ts';

/** Drawn cards are kept between builds: a first build draws every paper's. */
const CACHE = join(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'social-cards');

const WIDTH = 1200;
const HEIGHT = 630;

/** Breaks `text` into lines of about `width` characters: Chinese anywhere, other scripts at spaces. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of text.match(/[\p{Script=Han}\p{P}]|[^\s\p{Script=Han}]+|\s+/gu) ?? []) {
		const length = (s: string) => [...s].reduce((n, c) => n + (/\p{Script=Han}|[，：、。]/u.test(c) ? 1 : 0.55), 0);
		if (length(line + piece) > width && line.trim()) {
			lines.push(line.trim());
			line = piece.trimStart();
		} else line += piece;
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}

/** At most `max` lines of `text`, the last ending in an ellipsis when text is left out, so that a cut title says it is cut. */
export function cardLines(text: string, width: number, max: number): string[] {
	const lines = wrap(text, width);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1]!.replace(/[ \t]+$/, '')}…`;
	return kept;
}

interface CardLine {
	x: number;
	y: number;
	size: number;
	fill: string;
	text: string;
}

type Card = { zh: string; en: string; site: string };

/** The card's lines, and its SVG with them as `<text>`: what the cache is keyed by, and what resvg draws from the system's fonts when the outlines cannot be had. */
function cardAsText(card: Card): { lines: CardLine[]; asText: string } {
	const zh = cardLines(card.zh, 17, 3);
	const en = cardLines(card.en, 34, 3);
	const enTop = 170 + zh.length * 60 * 1.3 + 20;
	const lines: CardLine[] = [
		...zh.map((text, i) => ({ x: 80, y: 170 + i * 60 * 1.3, size: 60, fill: '#1d1b19', text })),
		...en.map((text, i) => ({ x: 80, y: enTop + i * 40 * 1.3, size: 40, fill: '#5c5650', text })),
		{ x: 80, y: HEIGHT - 60, size: 30, fill: '#8a2424', text: card.site },
	];
	return {
		lines,
		asText: cardSvg(lines.map((l) => `<text x="${l.x}" y="${l.y}" font-size="${l.size}" fill="${l.fill}">${escapeHtml(l.text)}</text>`).join('')),
	};
}

/**
 * The card's SVG twice: with its text as `<text>`, and with its text as the font's outlines, or null when there
 * is no font or it lacks a character of the card (then `missing` names them).
 */
export function cardDrawing(card: Card, font: CardFont | null): { asText: string; asOutlines: string | null; missing: string[] } {
	const { lines, asText } = cardAsText(card);
	const missing = font ? missingCharacters(font, lines.map((l) => l.text).join('')) : [];
	if (!font || missing.length > 0) return { asText, asOutlines: null, missing };
	const used = new Set<number>();
	const body = lines.map((l) => textAsPaths(font, l, used)).join('');
	return { asText, asOutlines: cardSvg(body, outlineDefs(font, used)), missing };
}

const cardSvg = (body: string, defs = ''): string =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="Noto Serif CJK SC, Source Han Serif SC, serif">${defs ? `<defs>${defs}</defs>` : ''}<rect width="${WIDTH}" height="${HEIGHT}" fill="#fffdf8"/><rect width="${WIDTH}" height="12" fill="#8a2424"/>${body}</svg>`;

/** resvg's options: the outlines need no font; the text is drawn from the system's (about a second a card in Noto Serif CJK). */
export const resvgOptions = (svg: { asOutlines: string | null }): ResvgRenderOptions =>
	svg.asOutlines ? { font: { loadSystemFonts: false } } : { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' } };

let saidNoFont = false;

export function socialCard(card: Card): Uint8Array {
	const font = cardFont();
	if (!font && !saidNoFont) {
		saidNoFont = true;
		console.warn(
			`social cards: found no ${CARD_FACE} (Debian: apt-get install fonts-noto-cjk); the cards are drawn from the system's fonts, about a second each, and Chinese shows as the fallback font does`,
		);
	}
	// Laid out only when not cached: a rebuild reads its cards and lays out no text.
	const { asText } = cardAsText(card);
	const cached = join(
		CACHE,
		`${createHash('sha256')
			.update(`${asText}${font?.file ?? ''}`)
			.digest('hex')
			.slice(0, 16)}.png`,
	);
	try {
		return readFileSync(cached);
	} catch {
		const drawing = cardDrawing(card, font);
		// A character the font lacks sends the card to resvg, whose fallback fonts may have it.
		if (drawing.missing.length > 0)
			console.warn(`social card: ${CARD_FACE} has no ${drawing.missing.join(' ')}; this card is drawn from the system's fonts (about a second)`);
		const png = new Resvg(drawing.asOutlines ?? drawing.asText, resvgOptions(drawing)).render().asPng();
		mkdirSync(CACHE, { recursive: true });
		writeFileSync(cached, png);
		return png;
	}
}
