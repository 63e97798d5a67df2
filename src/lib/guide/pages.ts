/**
 * The guide's pages: one MDX file per page and language (`src/content/guide/{zh,en}/<page>.mdx`, the
 * `guide` collection). Every page exists in both languages, or the build stops naming the missing file;
 * the Traditional interface reads the Simplified pages, converted (src/lib/guide/hant.ts).
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { LOCALES, type Locale, textLang } from '../i18n.ts';
import { getPapers, type Paper } from '../papers.ts';
import { parseRoute } from '../routes.ts';
import type { Lang } from '../paper/model.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export interface GuidePage {
	/** The page's name in its URL (`reading` in /en/guide/reading/): the file's name. */
	page: string;
	lang: Lang;
	entry: GuideEntry;
}

const asPage = (entry: GuideEntry): GuidePage => {
	const [lang, page] = entry.id.split('/') as [Lang, string];
	return { page, lang, entry };
};

/** Every page of the guide in `lang`, in their order; a page without its partner in the other language stops the build. */
export async function guidePages(lang: Lang): Promise<GuidePage[]> {
	const all = (await getCollection('guide')).map(asPage);
	for (const { page, lang: has } of all) {
		const other: Lang = has === 'zh' ? 'en' : 'zh';
		if (!all.some((p) => p.page === page && p.lang === other))
			throw new Error(
				`src/content/guide/${has}/${page}.mdx has no partner: write src/content/guide/${other}/${page}.mdx too (every guide page is in both languages)`,
			);
	}
	return all.filter((p) => p.lang === lang).sort((a, b) => a.entry.data.order - b.entry.data.order || a.page.localeCompare(b.page));
}

export interface GuidePageProps {
	ui: Locale;
	current: GuidePage;
	pages: GuidePage[];
}

/** Static paths of the guide's pages, under every interface. */
export async function guidePagePaths(): Promise<{ params: { ui: Locale; page: string }; props: GuidePageProps }[]> {
	const paths = [];
	for (const ui of LOCALES) {
		const pages = await guidePages(textLang(ui));
		paths.push(...pages.map((current) => ({ params: { ui, page: current.page }, props: { ui, current, pages } })));
	}
	return paths;
}

/** The interface of the page a guide component renders on, from its URL (a component in MDX is given no props by the page). */
export function uiOf(url: URL): Locale {
	const route = parseRoute(url.pathname);
	return route && route.kind !== 'home' ? route.ui : 'en';
}

/** The paper an example names (src/integrations/guide-examples.ts has made sure it exists). */
export async function examplePaper(id: string): Promise<Paper> {
	const paper = (await getPapers()).find((p) => p.id === id);
	if (!paper) throw new Error(`the guide names a paper “${id}” that is not in the collection`);
	return paper;
}
