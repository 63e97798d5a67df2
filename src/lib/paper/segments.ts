/**
 * A unit's aligned segments: each line of its `<Zh>` paired with the line of
 * its `<En>` at the same place, as many in each language, none empty, the
 * same note markers in each pair; and the unit's text, its segments joined.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { checkInline } from './inline-check.ts';
import { isBlank, trimSpacesEnd, trimSpacesStart } from './characters.ts';
import { attribute, excerpt, type Reader } from './mdx-reader.ts';
import { type Lang, SEGMENT_JOINER, type Segment, segmentId } from './model.ts';
import { plainText } from './plain-text.ts';

/**
 * The inline content of a <Zh>/<En>, checked (collecting translator's notes), as its segments: one per
 * line. A line break is a segment break only between inline elements, never inside one.
 */
export function segmentLines(reader: Reader, element: MdxJsxFlowElement | undefined, lang: Lang, unit: string): PhrasingContent[][] {
	if (!element) return [];
	const { report } = reader;
	// `<Zh>text</Zh>` on one line gives inline children; text on lines of its own gives a paragraph.
	// Anything that is not inline content is reported by `checkInline`.
	const children = element.children.flatMap((child): RootContent[] => (child.type === 'paragraph' ? child.children : [child])) as PhrasingContent[];
	if (element.children.filter((c) => c.type === 'paragraph').length > 1)
		report(element, unit, `<${element.name}> holds more than one paragraph; a unit is one paragraph`);
	checkInline(reader, children, lang, unit, false);
	const lines: PhrasingContent[][] = [[]];
	for (const node of children) {
		if (node.type !== 'text') {
			if ('children' in node && plainText(node.children as PhrasingContent[]).includes('\n')) {
				report(
					node,
					unit,
					`a line break inside ${node.type === 'mdxJsxTextElement' ? `<${node.name ?? ''}>` : node.type} “${excerpt(node)}”: a segment ends between inline elements, so keep each on one line`,
				);
			}
			lines.at(-1)!.push(node);
			continue;
		}
		const start = node.position?.start;
		node.value.split('\n').forEach((piece, i) => {
			if (i > 0) lines.push([]);
			// Where the piece stands, for messages: the first on the node's line, the others at the start of theirs.
			const position = start && { start: { line: start.line + i, column: i === 0 ? start.column : 1, offset: 0 }, end: node.position!.end };
			if (piece !== '') lines.at(-1)!.push({ type: 'text', value: piece, ...(position ? { position } : {}) });
		});
	}
	return lines.map((line) => trimLine(line));
}

/** The segments of a unit, paired line by line: as many in each language, none empty, the same note markers in each pair. */
export function pairSegments(reader: Reader, lines: Record<Lang, PhrasingContent[][]>, unit: string, en: MdxJsxFlowElement): Segment[] {
	const { report } = reader;
	if (lines.zh.length !== lines.en.length) {
		report(
			en,
			unit,
			`the Chinese has ${lines.zh.length} segment${lines.zh.length === 1 ? '' : 's'} (lines) and the English ${lines.en.length}: each line of <Zh> pairs with the line of <En> at the same place; where the English merges or splits sentences, keep them on one line`,
		);
		return [];
	}
	return lines.zh.map((zh, i) => {
		const pair = { zh, en: lines.en[i]! };
		const where = (lang: Lang) => pair[lang][0] ?? en;
		// A unit of one segment that is empty is reported as an empty text.
		for (const lang of lines.zh.length > 1 ? (['zh', 'en'] as const) : []) {
			if (isBlank(plainText(pair[lang]))) report(where(lang), unit, `segment ${segmentId(unit, i)} is empty in the ${lang === 'zh' ? 'Chinese' : 'English'}`);
		}
		const markers = {
			zh: refsIn(pair.zh)
				.map((r) => r.note)
				.join(', '),
			en: refsIn(pair.en)
				.map((r) => r.note)
				.join(', '),
		};
		if (markers.zh !== markers.en)
			report(where('en'), unit, `segment ${segmentId(unit, i)}: note markers differ: the Chinese has [${markers.zh}], the English [${markers.en}]`);
		return pair;
	});
}

/** A line's inline content without the spaces at its two ends. */
function trimLine(line: PhrasingContent[]): PhrasingContent[] {
	const trimmed = [...line];
	const first = trimmed[0];
	if (first?.type === 'text') trimmed[0] = { ...first, value: trimSpacesStart(first.value) };
	const last = trimmed.at(-1);
	if (last?.type === 'text') trimmed[trimmed.length - 1] = { ...last, value: trimSpacesEnd(last.value) };
	return trimmed.filter((node) => node.type !== 'text' || node.value !== '');
}

/** A language's segments joined into the unit's text, as separate nodes, so that no rendering rule (a glossary link, a run of Chinese) reaches across a segment's edge. */
export function joinSegments(lines: readonly PhrasingContent[][], lang: Lang): PhrasingContent[] {
	return lines.flatMap((line, i) => (i > 0 && SEGMENT_JOINER[lang] ? [{ type: 'text', value: SEGMENT_JOINER[lang] } as const, ...line] : line));
}

/** Note markers in inline content, in order (not inside translator's notes). */
export function refsIn(nodes: readonly PhrasingContent[]): { note: string; node: MdxJsxTextElement }[] {
	const found: { note: string; node: MdxJsxTextElement }[] = [];
	for (const node of nodes) {
		if (node.type === 'mdxJsxTextElement') {
			if (node.name === 'Ref') {
				const to = attribute(node, 'to');
				if (typeof to === 'string') found.push({ note: to, node });
			}
		} else if ('children' in node) found.push(...refsIn(node.children as PhrasingContent[]));
	}
	return found;
}
