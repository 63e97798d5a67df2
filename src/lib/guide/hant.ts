/**
 * The Traditional interface's guide: the Simplified pages as rendered, their text converted as the paper's
 * is (toTraditional, src/lib/paper/traditional.ts: text only, never the markup). Left as they are: code
 * (`<pre>`, `<code>`: what an editor types is Simplified, as the source is) and the live examples, which
 * render the Traditional edition themselves and mark themselves with LIVE_START … LIVE_END.
 */
import { markChinese } from '../paper/inline.ts';
import { toTraditional } from '../paper/traditional.ts';

export const LIVE_START = '<!--live-->';
export const LIVE_END = '<!--/live-->';

const KEPT = /(<!--live-->[^]*?<!--\/live-->|<pre[\s>][^]*?<\/pre>|<code[\s>][^]*?<\/code>)/;

/** `html` with the text between its tags converted, the kept parts as they are, the live markers dropped. */
export function traditionalHtml(html: string, convert: (text: string) => string = toTraditional): string {
	return html
		.split(KEPT)
		.map((part, i) =>
			i % 2 === 1
				? part
				: part
						.split(/(<[^>]*>)/)
						.map((piece, j) => (j % 2 === 1 ? piece : convert(piece)))
						.join(''),
		)
		.join('')
		.replaceAll(LIVE_START, '')
		.replaceAll(LIVE_END, '');
}

/** A live example's HTML made inert on a guide page: no ids (it may stand twice), links into the page sent to `page`. */
export function inertExample(html: string, page: string): string {
	const tag = (markup: string): string => markup.replace(/\s(?:id|data-unit)(?:="[^"]*")?(?=[\s>/])/g, '').replace(/\shref="#/g, ` href="${page}#`);
	return `${LIVE_START}${html.replace(/<[a-z][^>]*>/gi, tag)}${LIVE_END}`;
}

/** An English page's HTML with every Chinese run of its own text marked as Chinese (markChinese); the live examples mark their own. */
export function englishHtml(html: string): string {
	return html
		.split(/(<!--live-->[^]*?<!--\/live-->)/)
		.map((part, i) =>
			i % 2 === 1
				? part
				: part
						.split(/(<[^>]*>)/)
						.map((piece, j) => (j % 2 === 1 ? piece : markChinese(piece, 'en')))
						.join(''),
		)
		.join('')
		.replaceAll(LIVE_START, '')
		.replaceAll(LIVE_END, '');
}

/** Text for a `<pre>`: escaped, its Chinese marked when the block is English, and a line's trailing spaces (RIS's `ER  - `) kept as references, which HTML checkers do not take for stray whitespace. */
export const preformatted = (text: string, escape: (s: string) => string, lang: 'zh' | 'en'): string =>
	markChinese(escape(text), lang).replace(/ +$/gm, (spaces) => '&#32;'.repeat(spaces.length));
