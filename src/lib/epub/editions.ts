/**
 * The EPUB editions of a paper: the Chinese, the English, the two
 * interleaved by paragraph, and the Chinese in Traditional characters (the
 * zh-hant pages' conversion, src/lib/paper/traditional.ts). Each is one file,
 * `/downloads/{paper}.{edition}.epub`, made from the same model as the pages.
 */
import type { Locale } from '../i18n.ts';
import type { Lang, Paper } from '../paper/model.ts';
import { traditionalPaper } from '../paper/traditional.ts';

export type EpubEditionId = 'zh' | 'en' | 'bilingual' | 'zh-hant';

export interface EpubEdition {
	id: EpubEditionId;
	/** The languages of the text, in the order each paragraph shows them. */
	langs: readonly Lang[];
	/** The interfaces whose words the apparatus (labels, colophon, glossary notes) is given in: both in the bilingual edition. */
	uis: readonly Locale[];
}

export const EPUB_EDITIONS: readonly EpubEdition[] = [
	{ id: 'zh', langs: ['zh'], uis: ['zh'] },
	{ id: 'en', langs: ['en'], uis: ['en'] },
	{ id: 'bilingual', langs: ['zh', 'en'], uis: ['zh', 'en'] },
	{ id: 'zh-hant', langs: ['zh'], uis: ['zh-hant'] },
];

/** The edition's file name under /downloads/: `chatgpt-sora.bilingual.epub`. */
export const epubFileName = (paper: string, edition: EpubEditionId): string => `${paper}.${edition}.epub`;

/** The paper as the edition shows it: its Chinese in Traditional characters for `zh-hant`. */
export const editionPaper = (paper: Paper, edition: EpubEdition): Paper => (edition.uis[0] === 'zh-hant' ? traditionalPaper(paper) : paper);

/** The media type of an EPUB, as the zip's first entry and the server's Content-Type give it. */
export const EPUB_TYPE = 'application/epub+zip';
