/**
 * The social card (Open Graph image) of a page, drawn at build time: an SVG
 * of the titles, rendered to PNG by resvg with the system's fonts. No
 * external service; where no CJK font is installed, Chinese renders as the
 * fallback font does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from './escape.ts';

/** Drawn cards are kept between builds: loading the system's fonts costs about a second a card. */
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

export function socialCard(card: { zh: string; en: string; site: string }): Uint8Array {
	const zh = cardLines(card.zh, 17, 3);
	const en = cardLines(card.en, 34, 3);
	const text = (lines: string[], y: number, size: number, fill: string) =>
		lines.map((l, i) => `<text x="80" y="${y + i * size * 1.3}" font-size="${size}" fill="${fill}">${escapeHtml(l)}</text>`).join('');
	const enTop = 170 + zh.length * 60 * 1.3 + 20;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="Noto Serif CJK SC, Source Han Serif SC, serif">
		<rect width="${WIDTH}" height="${HEIGHT}" fill="#fffdf8"/>
		<rect width="${WIDTH}" height="12" fill="#8a2424"/>
		${text(zh, 170, 60, '#1d1b19')}
		${text(en, enTop, 40, '#5c5650')}
		<text x="80" y="${HEIGHT - 60}" font-size="30" fill="#8a2424">${escapeHtml(card.site)}</text>
	</svg>`;
	const cached = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.png`);
	try {
		return readFileSync(cached);
	} catch {
		const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' } }).render().asPng();
		mkdirSync(CACHE, { recursive: true });
		writeFileSync(cached, png);
		return png;
	}
}
