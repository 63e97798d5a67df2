/**
 * What the reader's script needs to find each aligned segment in a rendered
 * unit. The pages carry no markup per segment (it would cost every reading
 * page a kilobyte or more); instead the script, once loaded, reads each
 * segment's length in the unit's rendered text and wraps the segments there.
 * Lengths are counted as the browser counts `textContent` (UTF-16 code
 * units), from the very HTML the pages render, so the two cannot disagree.
 */
import { findAll, parseHtml, textOf } from '../html-tree.ts';
import { renderInline } from './inline.ts';
import { type AlignedPaper, type Lang, LANGS, SEGMENT_JOINER } from './model.ts';

/** Per unit (and note) id, the lengths of its segments in each language; the joiner after a segment counts in it. */
export type SegmentLengths = Record<string, Record<Lang, number[]>>;

/** The HTML of inline content as the pages render it. */
const renderedHtml = (paper: AlignedPaper, nodes: Parameters<typeof renderInline>[0]): string =>
	renderInline(nodes, { paper, backTargets: false, labels: { note: String, missingNote: '', translatorNote: String } });

export function segmentLengths(paper: AlignedPaper): SegmentLengths {
	const units = [...paper.units, ...paper.notes].filter((unit) => unit.segments.length > 0);
	// Every segment's HTML in a <div> of its own, parsed at once (a parse a segment cost three times as much, most of
	// it the parser's own set-up): the text of each <div> is what `textContent` of that segment's HTML is.
	const html = units.flatMap((unit) => LANGS.flatMap((lang) => unit.segments.map((segment) => `<div>${renderedHtml(paper, segment[lang])}</div>`)));
	const body = findAll(parseHtml(html.join('')), (el) => el.tagName === 'body')[0];
	const texts = (body?.children ?? []).filter((node) => node.type === 'element').map((div) => textOf(div));
	if (texts.length !== html.length) throw new Error(`segment lengths: ${html.length} segments rendered, ${texts.length} read back`);
	const lengths: SegmentLengths = {};
	let at = 0;
	for (const unit of units) {
		const last = unit.segments.length - 1;
		lengths[unit.id] = Object.fromEntries(
			LANGS.map((lang) => [lang, unit.segments.map((_, i) => texts[at++]!.length + (i < last ? SEGMENT_JOINER[lang].length : 0))]),
		) as Record<Lang, number[]>;
	}
	return lengths;
}
