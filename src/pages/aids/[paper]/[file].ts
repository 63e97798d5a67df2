/** A paper's look-up data for each interface (`/aids/{paper}/words.{locale}.json`): see src/lib/paper/words.ts. */
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../lib/i18n.ts';
import { type Paper, getPapers } from '../../../lib/papers.ts';
import { lookupData } from '../../../lib/paper/words.ts';

export async function getStaticPaths() {
	return (await getPapers()).flatMap((paper) =>
		LOCALES.map((locale) => ({ params: { paper: paper.id, file: `words.${locale}.json` }, props: { paper, locale } })),
	);
}

export const GET: APIRoute<{ paper: Paper; locale: Locale }> = async ({ props }) =>
	new Response(JSON.stringify(await lookupData(props.paper, props.locale)), { headers: { 'Content-Type': 'application/json' } });
