/**
 * The papers of the collection: each one the whole model of its folder,
 * parsed and checked once by the loader (src/lib/paper/loader.ts), which
 * holds the models for the build (src/lib/paper/models.ts) and keeps a
 * small entry per paper in the content store. Pages, downloads and the
 * search index read papers only through here.
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from './i18n.ts';
import type { Paper } from './paper/model.ts';
import { modelOf } from './paper/models.ts';
import { traditionalPaper } from './paper/traditional.ts';

export type { Paper };

/**
 * Every paper, in id order: the store's entries say which papers there are and which version of each (`astro dev`
 * reloads the pages when one changes); the models are the ones the loader read (models.ts, `modelOf`).
 */
export async function getPapers(): Promise<Paper[]> {
	return (await getCollection('papers')).map(({ id, data }) => modelOf(id, data)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The paper as a page of `ui` shows it: its Chinese in Traditional characters under the Traditional interface. */
export const editionFor = (paper: Paper, ui: Locale): Paper => (ui === 'zh-hant' ? traditionalPaper(paper) : paper);

export interface PaperPageProps {
	/** The paper as the page shows it (editionFor). */
	paper: Paper;
	ui: Locale;
}

/** Static paths of a page that every paper has once per interface language (`/{ui}/{paper}/…`). */
export async function paperPagePaths(): Promise<{ params: { ui: Locale; paper: string }; props: PaperPageProps }[]> {
	const papers = await getPapers();
	return papers.flatMap((paper) => LOCALES.map((ui) => ({ params: { ui, paper: paper.id }, props: { paper: editionFor(paper, ui), ui } })));
}
