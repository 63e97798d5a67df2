/**
 * Search knows the glossary: a query that names a key term (in English, or
 * in Chinese of either script) marks the term's forms in both languages
 * where the reader lands, so that "world picture" marks 世界图景 too, and
 * the reverse. The terms are the glossary of the paper the page belongs to
 * (`/aids/{paper}/terms.json`, a few KB, whatever the collection's size); they
 * load as search opens; until they are there, and on pages of no paper, only
 * the query is marked.
 */
import { aidsPath, parseRoute } from '../../lib/routes.ts';

/** One key term's forms: its Chinese in both scripts and its English word forms. */
export interface TermForms {
	paper: string;
	id: string;
	zh: string;
	hant: string;
	en: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The terms of a fetched `terms.json`, those that are what the build writes: every form a non-empty string
 * (an empty one would match everywhere, and a search for it never advance). Anything else is left out.
 */
export function readTerms(data: unknown): TermForms[] {
	if (!Array.isArray(data)) return [];
	return data.flatMap((entry: unknown): TermForms[] => {
		if (typeof entry !== 'object' || entry === null) return [];
		const { paper, id, zh, hant, en } = entry as Record<string, unknown>;
		if (!isText(paper) || !isText(id) || !isText(zh) || !isText(hant) || !Array.isArray(en)) return [];
		return [{ paper, id, zh, hant, en: en.filter(isText) }];
	});
}

let terms: TermForms[] = [];
let loading: Promise<void> | undefined;

/** The paper a page belongs to (its reading pages, glossary and about page), if any. */
function paperOfPage(): string | undefined {
	const route = parseRoute(location.pathname);
	return route && 'paper' in route ? route.paper : undefined;
}

/** A paper's terms file. */
export const termsPath = (paper: string): string => aidsPath(`${paper}/terms.json`);

/** Loads the page's paper's terms, once (again after a failure); a failure only leaves the glossary out. */
export function loadGlossary(): Promise<void> {
	const paper = paperOfPage();
	if (!paper) return Promise.resolve();
	loading ??= fetch(termsPath(paper))
		.then((response) => (response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(String(response.status)))))
		.then((loaded) => void (terms = readTerms(loaded)))
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
