/**
 * Characters that content may not hold. A control character (BEL, a C1
 * code), a noncharacter (U+FFFE, U+FFFF, U+FDD0…), a lone surrogate or the
 * replacement character U+FFFD, a zero-width space (U+200B) or a bidirectional
 * control (U+202A–U+202E, U+2066–U+2069: text shown in another order than
 * written) is invisible or stands for text already lost:
 * on the page it shows as nothing or as �, XML (the TMX, the social card's
 * SVG) cannot hold most of them, so one download would no longer match the
 * others. The loader refuses each, where it stands, rather than publish it.
 * Tab and line feed are whitespace; a carriage return only ends a line
 * (before a line feed).
 */

const C0_NAMES = [
	'NUL',
	'SOH',
	'STX',
	'ETX',
	'EOT',
	'ENQ',
	'ACK',
	'BEL',
	'BS',
	'HT',
	'LF',
	'VT',
	'FF',
	'CR',
	'SO',
	'SI',
	'DLE',
	'DC1',
	'DC2',
	'DC3',
	'DC4',
	'NAK',
	'SYN',
	'ETB',
	'CAN',
	'EM',
	'SUB',
	'ESC',
	'FS',
	'GS',
	'RS',
	'US',
];

/** Every character of these kinds, and a carriage return not followed by a line feed. */
const FORBIDDEN =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffd\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu;

/** The forbidden characters of `text`, each with its index (in UTF-16 code units) and code point. */
export function forbiddenCharacters(text: string): { index: number; codePoint: number }[] {
	return [...text.matchAll(FORBIDDEN)].map((m) => ({ index: m.index, codePoint: m[0].codePointAt(0)! }));
}

/** A code point as a reader of the message can look it up: `U+0007 (BEL, a control character)`. */
export function describeCodePoint(codePoint: number): string {
	const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
	if (codePoint < 0x20) return `${hex} (${C0_NAMES[codePoint]}, a control character)`;
	if (codePoint === 0x7f) return `${hex} (DEL, a control character)`;
	if (codePoint <= 0x9f) return `${hex} (a C1 control character)`;
	if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `${hex} (half of a surrogate pair, alone)`;
	if (codePoint === 0x200b) return `${hex} (a zero-width space, invisible)`;
	// Embeddings, overrides and isolates make text show in another order than it is stored ("Trojan source").
	if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069))
		return `${hex} (a bidirectional control, which shows the text in another order than it is written)`;
	if (codePoint === 0xfffd) return `${hex} (the replacement character �: a character was lost before, or a character reference stands for none)`;
	return `${hex} (a noncharacter)`;
}

/** The fault of a forbidden character, for a problem's message; `via` names the escape that put it in a value. */
export const characterFault = (codePoint: number, via?: 'a character reference' | 'an escape'): string =>
	`${via ? `${via} here gives the character` : 'the character'} ${describeCodePoint(codePoint)}, which cannot be published: it is invisible or stands for lost text, and the downloads cannot all hold it; remove it or write what it stands for`;

/** The 1-based line and column (in UTF-16 code units, as the parsers count) of `index` in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/**
 * "Spaces and line breaks" where the site collapses or trims them: ASCII whitespace only. JavaScript's
 * `\s` and `trim()` also take U+3000 (the ideographic space, and the indent of a Chinese paragraph),
 * NBSP, U+2028/9 and U+FEFF, which are the text's own characters and must stay as they are.
 */
const ASCII_SPACES = /[ \t\n\r\f]+/g;
export const trimSpacesStart = (text: string): string => text.replace(/^[ \t\n\r\f]+/, '');
export const trimSpacesEnd = (text: string): string => text.replace(/[ \t\n\r\f]+$/, '');
/** Each run of ASCII whitespace as one space, none at the ends. */
export const collapseSpaces = (text: string): string => trimSpacesEnd(trimSpacesStart(text.replace(ASCII_SPACES, ' ')));

/** Whether a text shows nothing: only whitespace of any kind and invisible characters (zero-width ones, the soft hyphen, U+FEFF…). */
export const isBlank = (text: string): boolean => text.replace(/[\s\p{Default_Ignorable_Code_Point}]+/gu, '') === '';
