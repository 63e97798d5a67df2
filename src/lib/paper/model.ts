/**
 * The aligned model of one paper: what `paper.mdx` means once parsed and
 * validated. Every page mode, the search records and the tests read this,
 * never the MDX directly.
 */
import type { PhrasingContent } from 'mdast';
import type { ReviewRecord } from './reviews.ts';
import type { GlossaryTerm, PaperMeta, Work } from './schema.ts';
import type { Version } from './versions.ts';

/**
 * The version of a paper's entry in the content store (`PaperEntry`, loader.ts), in its digest: an entry kept from a
 * build whose entries had another shape (in `.astro/` or a CI cache) is written afresh, not read as this one. Astro
 * clears its store when content.config.ts changes, not when loader.ts does. Raise it when `PaperEntry` changes.
 * (The model itself is never stored: every process reads it, models.ts.)
 */
export const ENTRY_VERSION = 5;

/** The two languages of a paper, by their short names. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The other language of the two. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** An id of a unit, a note, a term, a work or a paper: lowercase words and digits joined by hyphens (`s2-1-p3`, `n7`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The `lang` attribute each language carries in the HTML. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Unit elements of `paper.mdx` and what they become. */
export const UNIT_KINDS = {
	Abstract: 'abstract',
	H2: 'h2',
	H3: 'h3',
	H4: 'h4',
	P: 'p',
	Note: 'note',
} as const;
export type UnitElement = keyof typeof UNIT_KINDS;
export type UnitKind = (typeof UNIT_KINDS)[UnitElement];

/**
 * One aligned segment of a unit: normally a sentence, in both languages;
 * one side may hold two sentences where the translation merges them. In
 * paper.mdx a segment is a line of `<Zh>` and the line of `<En>` at the same
 * place. Its id is the unit's with its number: `s2-1-p3.2`.
 */
export type Segment = Record<Lang, PhrasingContent[]>;

/** A segment's id: the unit's id, a dot, its 1-based number. Unit ids have no dot, so the two never clash. */
export const segmentId = (unitId: string, index: number): string => `${unitId}.${index + 1}`;

/** The unit id and 0-based index a segment id names, or undefined if it is not one. */
export function parseSegmentId(id: string): { unit: string; index: number } | undefined {
	const match = /^([a-z0-9-]+)\.([1-9][0-9]*)$/.exec(id);
	return match ? { unit: match[1]!, index: Number(match[2]) - 1 } : undefined;
}

/** How the segments of a language join into the unit's text: Chinese runs on, English sentences take a space. */
export const SEGMENT_JOINER: Record<Lang, string> = { zh: '', en: ' ' };

/** Who wrote a unit's English: the team (default) or the author. */
export type Rendering = 'translator' | 'author';

export interface Unit {
	id: string;
	kind: Exclude<UnitKind, 'note'>;
	/** 1-based line in paper.mdx, for messages. */
	line: number;
	/** The whole text in each language: its segments joined. */
	text: Record<Lang, PhrasingContent[]>;
	/** The aligned segments, in order; as many in each language. */
	segments: Segment[];
	rendering: Rendering;
	/** Note ids in the order their markers appear in the Chinese. */
	refs: string[];
}

export interface Note {
	id: string;
	/** Display number: one numbering for the whole paper, by first marker. */
	number: number;
	line: number;
	/** The source shows the marker but does not contain the note's text. */
	missing: boolean;
	/** The work it cites, an id of the paper's bibliography. */
	work: string | undefined;
	text: Record<Lang, PhrasingContent[]>;
	/** The aligned segments; none for a note the source lacks. */
	segments: Segment[];
}

/** An editorial note of the translator's, written inside an English unit. */
export interface TranslatorNote {
	id: string;
	number: number;
	/** The unit (or note) whose English carries it. */
	unitId: string;
	content: PhrasingContent[];
}

export interface AlignedPaper {
	units: Unit[];
	notes: Note[];
	translatorNotes: TranslatorNote[];
}

/**
 * The id of the unit (or, for a translator's note, the note) that holds a note's marker: where the note's way back
 * (↩) leads on a page, whose markers carry no id of their own (docs/budgets.md). Undefined if no marker names it.
 */
export function markerHolder(paper: AlignedPaper, noteId: string): string | undefined {
	return paper.units.find((unit) => unit.refs.includes(noteId))?.id ?? paper.translatorNotes.find((note) => note.id === noteId)?.unitId;
}

/** One paper, as every page, the search index and the downloads read it. */
export interface Paper {
	/** The folder's name, used in every URL of the paper. */
	id: string;
	meta: PaperMeta;
	text: AlignedPaper;
	glossary: GlossaryTerm[];
	bibliography: Work[];
	/** How the edition was made, in each interface language (plain Markdown). */
	editions: Partial<Record<Lang, string>>;
	/** The quality record: the review rounds of the English (reviews/*.yaml), by round. */
	reviews: ReviewRecord[];
	/** Its dated versions, oldest first, each with its changes (versions.yaml); none if the folder has no such file. */
	versions: Version[];
}
