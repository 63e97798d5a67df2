/**
 * The papers of the collection: each one the whole model of its folder,
 * parsed and checked once by the loader (src/lib/paper/loader.ts), which
 * holds the models for the build (src/lib/paper/models.ts) and keeps a
 * small entry per paper in the content store. Pages, downloads and the
 * search index read papers only through here.
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from './i18n.ts';
import { compact, readPaperFolder } from './paper/folder.ts';
import type { Paper } from './paper/model.ts';
import { heldModel, heldModels } from './paper/models.ts';
import { traditionalPaper } from './paper/traditional.ts';

export type { Paper };

/**
 * Every paper, in id order: the store's entries say which papers there are and which version of each (`astro dev`
 * reloads the pages when one changes); the models are the ones the loader read from those very files.
 */
export async function getPapers(): Promise<Paper[]> {
	return (await getCollection('papers'))
		.map(({ id, data }) => heldModel(id, data.digest) ?? heldModels().get(id)?.paper ?? readAgain(id, data.folder, data.digest))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A paper whose model this process's loader did not read (the store came from another process): read from its
 * folder, which the loader has checked, and held as the loader's models are. Not where the loader holds a model of
 * other files (`getPapers` takes that one): in `astro dev` the loader reads a changed folder a moment before the
 * store's entry has the new digest, and reading the folder again then could meet it half edited, or file its new
 * text under the old digest.
 */
function readAgain(id: string, folder: string, digest: string): Paper {
	const paper = compact(readPaperFolder(folder));
	heldModels().set(id, { digest, paper });
	return paper;
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
