/** The downloadable files of every paper (see src/lib/downloads.ts), made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '../../lib/downloads.ts';
import { getPapers } from '../../lib/papers.ts';

/** Citations carry the build's date as their access date; the about page says to change it. */
const BUILT = new Date();

export const getStaticPaths = (async () => {
	const papers = await getPapers();
	const site = new URL(import.meta.env.SITE);
	return papers.flatMap((paper) => Object.entries(downloadFiles(paper, site, BUILT)).map(([file, content]) => ({ params: { file }, props: content })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { body, type } = props as { body: () => string; type: string };
	return new Response(body(), { headers: { 'Content-Type': type } });
};
