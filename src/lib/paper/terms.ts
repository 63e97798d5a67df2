/**
 * Links glossary terms in running text: the first occurrence of each term
 * in each section, in each language, so that the text is not a sea of
 * links. Chinese is matched longest term first, as the glossary test reads
 * it; English by any of the term's word forms, as whole words.
 */
import type { PhrasingContent } from 'mdast';
import { escapeRegExp } from '../escape.ts';
import type { Lang } from './model.ts';
import { plainText } from './plain-text.ts';
import { chineseMatches, englishForms } from './term-forms.ts';
import type { GlossaryTerm } from './schema.ts';

export type TextPiece = string | { text: string; term: GlossaryTerm };

export interface TermLinker {
	/** Starts a new section: every term may be linked once more. */
	newSection(): void;
	/** Splits `text` around the terms it links. */
	split(text: string): TextPiece[];
}

export function termLinker(glossary: readonly GlossaryTerm[], lang: Lang): TermLinker {
	const linked = new Set<string>();
	const byForm = new Map<string, GlossaryTerm>();
	for (const term of glossary) for (const form of lang === 'zh' ? [term.zh] : term.en) byForm.set(form.toLowerCase(), term);
	const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	// Chinese has no word boundaries; English forms must stand as words.
	const pattern = forms.length === 0 ? undefined : lang === 'zh' ? new RegExp(forms.join('|'), 'g') : new RegExp(`\\b(?:${forms.join('|')})\\b`, 'gi');

	return {
		newSection: () => linked.clear(),
		split(text) {
			if (!pattern) return [text];
			const pieces: TextPiece[] = [];
			let last = 0;
			for (const match of text.matchAll(pattern)) {
				const term = byForm.get(match[0].toLowerCase());
				if (!term || linked.has(term.id)) continue;
				linked.add(term.id);
				if (match.index > last) pieces.push(text.slice(last, match.index));
				pieces.push({ text: match[0], term });
				last = match.index + match[0].length;
			}
			if (last < text.length) pieces.push(text.slice(last));
			return pieces;
		},
	};
}

/** How often a term occurs in one unit or note, in each language: what the concordance marks. */
export interface Occurrences {
	id: string;
	zh: number;
	en: number;
}

/**
 * Where a term occurs in the aligned text (units, then notes, in reading order; the title and the translator's
 * notes apart), and how often in each language: its Chinese as written (not inside a longer term of
 * `glossary`), its English in any of its forms. Units where it does not occur are left out.
 */
export function termOccurrences(
	units: readonly { id: string; text: Record<Lang, PhrasingContent[]> }[],
	term: GlossaryTerm,
	glossary: readonly GlossaryTerm[],
): Occurrences[] {
	return occurrencesIn(plainTexts(units), term, glossary);
}

type PlainUnit = { id: string; zh: string; en: string };
const plainTexts = (units: readonly { id: string; text: Record<Lang, PhrasingContent[]> }[]): PlainUnit[] =>
	units.map((unit) => ({ id: unit.id, zh: plainText(unit.text.zh), en: plainText(unit.text.en) }));

function occurrencesIn(units: readonly PlainUnit[], term: GlossaryTerm, glossary: readonly GlossaryTerm[]): Occurrences[] {
	const forms = glossary.map((t) => t.zh);
	const english = englishForms(term);
	return units
		.map((unit) => ({ id: unit.id, zh: chineseMatches(unit.zh, term.zh, forms).length, en: unit.en.match(english)?.length ?? 0 }))
		.filter((o) => o.zh + o.en > 0);
}

type GlossedText = { text: { units: readonly PlainSource[]; notes: readonly PlainSource[] }; glossary: readonly GlossaryTerm[] };
type PlainSource = { id: string; text: Record<Lang, PhrasingContent[]> };
const counted = new WeakMap<GlossedText, Map<string, Occurrences[]>>();

/**
 * `termOccurrences` of every term of a paper (or of its Traditional edition) in its units, then its notes, by
 * term id: counted once per paper, for its glossary pages and its look-up files in every interface (each
 * would otherwise read the whole text once per term, per page).
 */
export function glossaryOccurrences(paper: GlossedText): Map<string, Occurrences[]> {
	const known = counted.get(paper);
	if (known) return known;
	const units = plainTexts([...paper.text.units, ...paper.text.notes]);
	const found = new Map(paper.glossary.map((term) => [term.id, occurrencesIn(units, term, paper.glossary)]));
	counted.set(paper, found);
	return found;
}
