/**
 * How a key term's English is found in running text: any of its word forms
 * as whole words, plurals too, case aside. One definition for the model's
 * count (terms.ts) and the page's concordance (scripts/lookup/concordance.ts),
 * apart so that the browser's bundle carries nothing else of the model.
 */
import { escapeRegExp } from '../escape.ts';

export const englishForms = (term: { en: readonly string[] }): RegExp =>
	new RegExp(`\\b(?:${[...term.en].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:s|es)?\\b`, 'gi');
