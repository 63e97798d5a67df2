/**
 * A paper's EPUB 3 edition, whole: the text's chapters with their
 * footnotes, the back matter, the navigation and package documents, in the
 * zip a reading system opens. `epubFiles` is pure (the unit tests read its
 * XHTML); `epubBook` zips it. Made at build time by
 * src/pages/downloads/[file].epub.ts.
 */
import type { Paper, Unit } from '../paper/model.ts';
import { downloadPath } from '../routes.ts';
import { bibliographyChapter, citationChapter, colophonChapter, glossaryChapter } from './apparatus.ts';
import { editionPaper, type EpubEdition, epubFileName } from './editions.ts';
import { CONTAINER, navDocument, packageDocument } from './package.ts';
import { EPUB_CSS } from './style.ts';
import { type Chapter, textChapters } from './text.ts';
import { finishBody, idsOf, xhtmlDocument } from './xhtml.ts';
import { ocfZip } from './zip.ts';

/** Where the content documents are inside the container. */
export const CONTENT_DIR = 'EPUB/';

/**
 * The book's files, by their path in the container (`mimetype` apart): `site` is the site's origin (for the
 * citations and the identifier), `built` the build's date (the access date the citations give, and `dcterms:modified`).
 */
export function epubFiles(source: Paper, edition: EpubEdition, site: URL, built: Date): Record<string, string> {
	const paper = editionPaper(source, edition);
	const text = textChapters(paper, edition);
	const back = [
		glossaryChapter(paper, edition),
		bibliographyChapter(paper, edition),
		colophonChapter(paper, edition, site),
		citationChapter(paper, edition, site, built),
	].filter((c): c is Chapter => c !== undefined);
	const spine = [...text, ...back];
	const idFiles = new Map<string, string>();
	for (const chapter of spine) {
		for (const id of idsOf(chapter.body)) {
			const other = idFiles.get(id);
			if (other !== undefined) throw new Error(`EPUB ${edition.id} of ${paper.id}: the id “${id}” is in both ${other} and ${chapter.file}`);
			idFiles.set(id, chapter.file);
		}
	}
	const unitFile = (unit: Unit): string => idFiles.get(unit.id)!;
	const files: Record<string, string> = {
		'META-INF/container.xml': CONTAINER,
		[`${CONTENT_DIR}package.opf`]: packageDocument(paper, edition, {
			identifier: new URL(downloadPath(epubFileName(paper.id, edition.id)), site).href,
			modified: built,
			spine,
		}),
		[`${CONTENT_DIR}nav.xhtml`]: navDocument(paper, edition, { text, back, unitFile }),
		[`${CONTENT_DIR}style.css`]: EPUB_CSS,
	};
	for (const chapter of spine) {
		files[`${CONTENT_DIR}${chapter.file}`] = xhtmlDocument({ lang: chapter.lang, title: chapter.title, body: finishBody(chapter.body, chapter.file, idFiles) });
	}
	return files;
}

/** The EPUB file itself. */
export const epubBook = (paper: Paper, edition: EpubEdition, site: URL, built: Date): Uint8Array => ocfZip(epubFiles(paper, edition, site, built), built);
