/**
 * What the reader's script needs to find each aligned segment in a rendered
 * unit. The pages carry no markup per segment (it would cost every reading
 * page a kilobyte or more); instead the script, once loaded, reads each
 * segment's length in the unit's rendered text and wraps the segments there.
 * Lengths are counted as the browser counts `textContent` (UTF-16 code
 * units), from the very HTML the pages render, so the two cannot disagree.
 */
import { parseHtml, textOf } from '../html-tree.ts';
import { renderInline } from './inline.ts';
import { type AlignedPaper, type Lang, LANGS, SEGMENT_JOINER } from './model.ts';

/** Per unit (and note) id, the lengths of its segments in each language; the joiner after a segment counts in it. */
export type SegmentLengths = Record<string, Record<Lang, number[]>>;

/** The rendered text of inline content: what `textContent` of its HTML is. */
const renderedText = (paper: AlignedPaper, nodes: Parameters<typeof renderInline>[0]): string =>
	textOf(parseHtml(renderInline(nodes, { paper, backTargets: false, labels: { note: String, missingNote: '', translatorNote: String } })));

export function segmentLengths(paper: AlignedPaper): SegmentLengths {
	const lengths: SegmentLengths = {};
	for (const unit of [...paper.units, ...paper.notes]) {
		if (unit.segments.length === 0) continue;
		const last = unit.segments.length - 1;
		lengths[unit.id] = Object.fromEntries(
			LANGS.map((lang) => [lang, unit.segments.map((segment, i) => renderedText(paper, segment[lang]).length + (i < last ? SEGMENT_JOINER[lang].length : 0))]),
		) as Record<Lang, number[]>;
	}
	return lengths;
}
