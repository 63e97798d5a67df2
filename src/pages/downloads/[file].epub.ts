/** Each paper's EPUB editions (src/lib/epub/), made at build time from the model, as `/downloads/{paper}.{edition}.epub`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { epubBook } from '../../lib/epub/book.ts';
import { EPUB_EDITIONS, EPUB_TYPE, type EpubEdition, epubFileName } from '../../lib/epub/editions.ts';
import { getPapers, type Paper } from '../../lib/papers.ts';

/** The citations in the book carry the build's date as their access date, as the about page's do. */
const BUILT = new Date();

export const getStaticPaths = (async () => {
	const papers = await getPapers();
	// The file's name without `.epub`, which the route's own name adds.
	return papers.flatMap((paper) =>
		EPUB_EDITIONS.map((edition) => ({ params: { file: epubFileName(paper.id, edition.id).slice(0, -'.epub'.length) }, props: { paper, edition } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { paper, edition } = props as { paper: Paper; edition: EpubEdition };
	const book = epubBook(paper, edition, new URL(import.meta.env.SITE), BUILT);
	return new Response(book.slice().buffer, { headers: { 'Content-Type': EPUB_TYPE } });
};
