/** Social cards, drawn at build: `/social/site.png` and one per paper, `/social/{paper}.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../lib/i18n.ts';
import { getPapers } from '../../lib/papers.ts';
import { socialCard } from '../../lib/social-card.ts';

export const getStaticPaths = (async () => {
	const papers = await getPapers();
	const site = `${t('zh', 'siteName')} · ${t('en', 'siteName')}`;
	return [
		{ params: { card: 'site' }, props: { zh: t('zh', 'siteTagline'), en: t('en', 'siteTagline'), site } },
		...papers.map((paper) => ({ params: { card: paper.id }, props: { zh: paper.meta.title.zh, en: paper.meta.title.en, site } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(Buffer.from(socialCard(props as { zh: string; en: string; site: string })), { headers: { 'Content-Type': 'image/png' } });
