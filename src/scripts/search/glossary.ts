/**
 * Search knows the glossary: a query that names a key term (in English, or
 * in Chinese of either script) marks the term's forms in both languages
 * where the reader lands, so that "world picture" marks 世界图景 too, and
 * the reverse. The terms (`/aids/terms.json`, a few hundred bytes) load as
 * search opens; until they are there, only the query is marked.
 */
import { aidsPath } from '../../lib/routes';

/** One key term's forms: its Chinese in both scripts and its English word forms. */
export interface TermForms {
	paper: string;
	id: string;
	zh: string;
	hant: string;
	en: string[];
}

let terms: TermForms[] = [];
let loading: Promise<void> | undefined;

/** Loads the terms, once (again after a failure); a failure only leaves the glossary out. */
export function loadGlossary(): Promise<void> {
	loading ??= fetch(aidsPath('terms.json'))
		.then((response) => (response.ok ? (response.json() as Promise<TermForms[]>) : Promise.reject(new Error(String(response.status)))))
		.then((loaded) => void (terms = Array.isArray(loaded) ? loaded : []))
		.catch(() => void (loading = undefined));
	return loading;
}

/** The forms (lowercase) of every term `query` names, in both languages and scripts. */
export function glossaryForms(query: string): string[] {
	const text = query.toLowerCase();
	return terms
		.filter((term) => [term.zh, term.hant, ...term.en].some((form) => text.includes(form.toLowerCase())))
		.flatMap((term) => [term.zh, term.hant, ...term.en].map((form) => form.toLowerCase()));
}
