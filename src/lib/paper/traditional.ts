/**
 * The Traditional Chinese edition, generated from the Simplified text (the
 * only source) at build time: OpenCC's phrase-level conversion to the
 * Taiwan standard (opencc-js, `cn` → `tw`), then the overrides of
 * traditional-overrides.ts. Taiwan rather than Hong Kong: it is the
 * standard of most readers and of most scholarly publishing in Traditional
 * characters, and its forms (著, 裡, 啟) are those of the Ministry of
 * Education's dictionary, which the overrides follow. `tw`, not `twp`: the
 * script changes, the author's words do not (no 視頻 → 影片, 網絡 → 網路).
 */
import * as OpenCC from 'opencc-js/cn2t';
import type { PhrasingContent } from 'mdast';
import type { Paper } from './model.ts';
import type { Segment } from './model.ts';
import { OVERRIDES } from './traditional-overrides.ts';

/** The `lang` of Traditional Chinese text: Taiwan's standard (see above). */
export const HANT_TAG = 'zh-TW';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** `simplified` in Traditional characters, Taiwan standard, the overrides applied where their Simplified stands. */
export function toTraditional(simplified: string): string {
	let out = convert(simplified);
	// Character for character, as OpenCC's cn → tw is: an override replaces its place in the output exactly.
	const aligned = out.length === simplified.length;
	for (const { simplified: from, traditional: to } of OVERRIDES) {
		if (aligned) {
			for (let at = simplified.indexOf(from); at >= 0; at = simplified.indexOf(from, at + from.length)) out = out.slice(0, at) + to + out.slice(at + to.length);
		} else {
			out = out.replaceAll(convert(from), to);
		}
	}
	return out;
}

function convertNodes(nodes: readonly PhrasingContent[]): PhrasingContent[] {
	return nodes.map((node): PhrasingContent => {
		if (node.type === 'text') return { ...node, value: toTraditional(node.value) };
		if ('children' in node) return { ...node, children: convertNodes(node.children as PhrasingContent[]) } as PhrasingContent;
		return node;
	});
}

/** A segment with its Chinese converted (a sentence's, as the unit's whole text is: character for character, so the lengths stay). */
const segmentZh = (segment: Segment): Segment => ({ ...segment, zh: convertNodes(segment.zh) });

const EDITIONS = Symbol.for('papers.traditional-editions');

/**
 * The editions made, by paper: one table for every copy of this module in the process (the content loader's, which
 * holds those its threads made, src/lib/paper/read-threads.ts, and the pages' bundle's), as models.ts holds the models.
 */
function editions(): WeakMap<Paper, Paper> {
	const global = globalThis as typeof globalThis & { [EDITIONS]?: WeakMap<Paper, Paper> };
	global[EDITIONS] ??= new WeakMap();
	return global[EDITIONS];
}

/** Holds `edition` as `paper`'s Traditional edition (made elsewhere: on the thread that read the paper), for `traditionalPaper`. */
export function holdEdition(paper: Paper, edition: Paper): void {
	editions().set(paper, edition);
}

/** The paper with every Chinese text in Traditional characters (the English as it is); made once per paper. */
export function traditionalPaper(paper: Paper): Paper {
	const known = editions().get(paper);
	if (known) return known;
	const zh = <T extends { zh: string }>(value: T): T => ({ ...value, zh: toTraditional(value.zh) });
	const { meta, text } = paper;
	const edition: Paper = {
		...paper,
		meta: {
			...meta,
			title: zh(meta.title),
			summary: zh(meta.summary),
			source: { ...meta.source, description: zh(meta.source.description) },
			translation: { by: zh(meta.translation.by) },
		},
		text: {
			...text,
			units: text.units.map((unit) => ({ ...unit, text: { ...unit.text, zh: convertNodes(unit.text.zh) }, segments: unit.segments.map(segmentZh) })),
			notes: text.notes.map((note) => ({ ...note, text: { ...note.text, zh: convertNodes(note.text.zh) }, segments: note.segments.map(segmentZh) })),
		},
		glossary: paper.glossary.map((term) => ({ ...term, zh: toTraditional(term.zh), note: zh(term.note) })),
		bibliography: paper.bibliography.map(zh),
		editions: paper.editions.zh === undefined ? paper.editions : { ...paper.editions, zh: toTraditional(paper.editions.zh) },
		versions: paper.versions.map((v) => ({ ...v, summary: zh(v.summary), changes: v.changes.map((c) => ({ ...c, what: zh(c.what) })) })),
	};
	editions().set(paper, edition);
	return edition;
}
