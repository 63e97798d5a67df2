/**
 * The papers of the collection, loaded once per build: metadata from the
 * content collection, the aligned text parsed from `paper.mdx`, and the
 * glossary. Pages read papers only through here.
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from './i18n';
import type { AlignedPaper } from './paper/model';
import { ContentError, readPaper } from './paper/parse';
import type { GlossaryTerm, PaperMeta, Work } from './paper/schema';

export interface Paper {
	/** The folder name, used in URLs. */
	id: string;
	meta: PaperMeta;
	text: AlignedPaper;
	glossary: GlossaryTerm[];
	bibliography: Work[];
}

let loaded: Promise<Paper[]> | undefined;

export function getPapers(): Promise<Paper[]> {
	loaded ??= load();
	return loaded;
}

async function load(): Promise<Paper[]> {
	const [papers, glossaries, bibliographies] = await Promise.all([getCollection('papers'), getCollection('glossaries'), getCollection('bibliographies')]);
	return papers
		.map((entry) => {
			const file = entry.filePath ?? `${entry.id}/paper.mdx`;
			const paper = {
				id: entry.id,
				meta: entry.data,
				text: readPaper(file),
				glossary: glossaries.find((g) => g.id === entry.id)?.data.terms ?? [],
				bibliography: bibliographies.find((b) => b.id === entry.id)?.data.works ?? [],
			};
			checkCitations(paper, file);
			return paper;
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** Notes and bibliography agree: every note with text cites a listed work, every work is cited. */
function checkCitations(paper: Paper, file: string): void {
	if (paper.bibliography.length === 0) return;
	const works = new Set(paper.bibliography.map((w) => w.id));
	const problems = paper.text.notes
		.filter((note) => !note.missing && (note.work === undefined || !works.has(note.work)))
		.map((note) => ({
			file,
			line: note.line,
			column: 1,
			unit: note.id,
			fault: note.work === undefined ? 'note names no work of the bibliography (work="…")' : `note cites work "${note.work}", which bibliography.yaml does not list`,
		}));
	for (const work of works) {
		if (!paper.text.notes.some((n) => n.work === work)) problems.push({ file, line: 1, column: 1, unit: work, fault: 'bibliography.yaml lists a work that no note cites' });
	}
	if (problems.length > 0) throw new ContentError(problems);
}

export interface PaperPageProps {
	paper: Paper;
	ui: Locale;
}

/** Static paths of a page that every paper has once per interface language (`/{ui}/{paper}/…`). */
export async function paperPagePaths(): Promise<{ params: { ui: Locale; paper: string }; props: PaperPageProps }[]> {
	const papers = await getPapers();
	return papers.flatMap((paper) => LOCALES.map((ui) => ({ params: { ui, paper: paper.id }, props: { paper, ui } })));
}
