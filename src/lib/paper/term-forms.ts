/**
 * How a key term's English is found in running text: any of its word forms
 * as whole words, plurals too, case aside. One definition for the model's
 * count (terms.ts) and the page's concordance (scripts/lookup/concordance.ts),
 * apart so that the browser's bundle carries nothing else of the model.
 */
import { escapeRegExp } from '../escape.ts';

export const englishForms = (term: { en: readonly string[] }): RegExp =>
	new RegExp(
		`\\b(?:${[...term.en]
			.sort((a, b) => b.length - a.length)
			.map(escapeRegExp)
			.join('|')})(?:s|es)?\\b`,
		'gi',
	);

/**
 * Where a term's Chinese `form` stands in `text` (the index of each occurrence), except inside a longer key
 * term that holds it (模态 inside 多模态 is that term, not this one), as the glossary links take the longest
 * term first. `forms` are all the paper's terms, in the text's script.
 */
export function chineseMatches(text: string, form: string, forms: readonly string[]): number[] {
	// An empty form matches everywhere and would never advance: it matches nothing.
	if (!form) return [];
	const indices = (f: string): number[] => {
		const out: number[] = [];
		for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) out.push(at);
		return out;
	};
	const covered = forms.filter((f) => f.length > form.length && f.includes(form)).flatMap((f) => indices(f).map((at) => [at, at + f.length] as const));
	return indices(form).filter((at) => !covered.some(([start, end]) => start <= at && at + form.length <= end));
}
