/**
 * The papers of the collection, loaded once per build: metadata from the
 * content collection, the aligned text parsed from `paper.mdx`, and the
 * glossary. Pages read papers only through here.
 */
import { getCollection } from 'astro:content';
import type { AlignedPaper } from './paper/model';
import { readPaper } from './paper/parse';
import type { GlossaryTerm, PaperMeta } from './paper/schema';

export interface Paper {
	/** The folder name, used in URLs. */
	id: string;
	meta: PaperMeta;
	text: AlignedPaper;
	glossary: GlossaryTerm[];
}

let loaded: Promise<Paper[]> | undefined;

export function getPapers(): Promise<Paper[]> {
	loaded ??= load();
	return loaded;
}

async function load(): Promise<Paper[]> {
	const [papers, glossaries] = await Promise.all([getCollection('papers'), getCollection('glossaries')]);
	return papers
		.map((entry) => ({
			id: entry.id,
			meta: entry.data,
			text: readPaper(entry.filePath ?? `${entry.id}/paper.mdx`),
			glossary: glossaries.find((g) => g.id === entry.id)?.data.terms ?? [],
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
}
