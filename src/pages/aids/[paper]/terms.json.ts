/**
 * A paper's key terms (`/aids/{paper}/terms.json`), for search (which marks a term's forms in both languages,
 * src/scripts/search/glossary.ts) and the concordance: each term's Chinese in both scripts and its English word
 * forms. One file per paper, so that what a reader loads does not grow with the collection.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Paper, getPapers } from '../../../lib/papers.ts';
import { toTraditional } from '../../../lib/paper/traditional.ts';

export const getStaticPaths = (async () => (await getPapers()).map((paper) => ({ params: { paper: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: Paper }> = ({ props: { paper } }) => {
	const terms = paper.glossary.map((term) => ({ paper: paper.id, id: term.id, zh: term.zh, hant: toTraditional(term.zh), en: term.en }));
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
