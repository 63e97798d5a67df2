/**
 * Every paper's key terms, for search (which marks a term's forms in both
 * languages, src/scripts/search/glossary.ts) and the concordance: each
 * term's Chinese in both scripts and its English word forms.
 */
import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/papers.ts';
import { toTraditional } from '../../lib/paper/traditional.ts';

export const GET: APIRoute = async () => {
	const terms = (await getPapers()).flatMap((paper) =>
		paper.glossary.map((term) => ({ paper: paper.id, id: term.id, zh: term.zh, hant: toTraditional(term.zh), en: term.en })),
	);
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
