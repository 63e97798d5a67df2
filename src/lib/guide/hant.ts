/**
 * The Traditional interface's guide: the Simplified pages as rendered, their text converted as the paper's
 * is (toTraditional, src/lib/paper/traditional.ts: text only, never the markup). Left as they are: code
 * (`<pre>`, `<code>`: what an editor types is Simplified, as the source is) and the live examples, which
 * render the Traditional edition themselves and mark themselves with LIVE_START … LIVE_END.
 */
import { toTraditional } from '../paper/traditional.ts';

export const LIVE_START = '<!--live-->';
export const LIVE_END = '<!--/live-->';

const KEPT = /(<!--live-->[^]*?<!--\/live-->|<pre[\s>][^]*?<\/pre>|<code[\s>][^]*?<\/code>)/;

/** `html` with the text between its tags converted, the kept parts as they are, the live markers dropped. */
export function traditionalHtml(html: string, convert: (text: string) => string = toTraditional): string {
	return html
		.split(KEPT)
		.map((part, i) => (i % 2 === 1 ? part : part.split(/(<[^>]*>)/).map((piece, j) => (j % 2 === 1 ? piece : convert(piece))).join('')))
		.join('')
		.replaceAll(LIVE_START, '')
		.replaceAll(LIVE_END, '');
}

/** A live example's HTML made inert on a guide page: no ids (it may stand twice), links into the page sent to `page`. */
export function inertExample(html: string, page: string): string {
	const tag = (markup: string): string => markup.replace(/\s(?:id|data-unit)(?:="[^"]*")?(?=[\s>/])/g, '').replace(/\shref="#/g, ` href="${page}#`);
	return `${LIVE_START}${html.replace(/<[a-z][^>]*>/gi, tag)}${LIVE_END}`;
}
