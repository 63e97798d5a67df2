/**
 * The aligned model of one paper: what `paper.mdx` means once parsed and
 * validated. Every page mode, the search records and the tests read this,
 * never the MDX directly.
 */
import type { PhrasingContent } from 'mdast';

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

/** Who wrote a unit's English: the team (default) or the author. */
export type Rendering = 'translator' | 'author';

export interface Unit {
	id: string;
	kind: Exclude<UnitKind, 'note'>;
	/** 1-based line in paper.mdx, for messages. */
	line: number;
	text: Record<Lang, PhrasingContent[]>;
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
