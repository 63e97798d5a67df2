/**
 * A paper's segment lengths (src/lib/paper/alignment.ts), for the reader's
 * script: fetched with the enhancements, never by a page that reads without them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { segmentLengths } from '../../lib/paper/alignment.ts';
import { getPapers, type Paper } from '../../lib/papers.ts';

export const getStaticPaths = (async () => (await getPapers()).map((paper) => ({ params: { paper: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { paper } = props as { paper: Paper };
	return new Response(JSON.stringify(segmentLengths(paper.text)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
