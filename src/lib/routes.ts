/**
 * Every URL of the site, built in one place. A paper is read at
 * `/{ui}/{paper}/` in its interface language's text, and at
 * `/{ui}/{paper}/{mode}/` in the other modes.
 */
// With its extension: the benchmark runs this module under plain Node.
import { type Locale, LOCALES } from './i18n.ts';

export type Mode = 'zh' | 'en' | 'parallel' | 'interleaved';
export const MODES: readonly Mode[] = ['zh', 'en', 'parallel', 'interleaved'];

export const homePath = (): string => '/';
export const collectionPath = (ui: Locale): string => `/${ui}/`;

/** The mode a reading URL without a mode segment shows: the interface language's text. */
export const defaultMode = (ui: Locale): Mode => ui;

export function readingPath(ui: Locale, paper: string, mode: Mode = defaultMode(ui)): string {
	return mode === defaultMode(ui) ? `/${ui}/${paper}/` : `/${ui}/${paper}/${mode}/`;
}

/** Whether `path` (`/zh/chatgpt-sora/`, `/en/chatgpt-sora/parallel/`) is a reading page, as `readingPath` makes them. */
export function isReadingPath(path: string): boolean {
	const [ui, paper, mode, ...rest] = path.split('/').filter(Boolean);
	return LOCALES.some((l) => l === ui) && paper !== undefined && rest.length === 0 && (mode === undefined || MODES.some((m) => m === mode));
}

/** A paper's glossary, and one term's entry in it. */
export const glossaryPath = (ui: Locale, paper: string, term?: string): string => `/${ui}/${paper}/glossary/${term ? `#${term}` : ''}`;

/** A paper's about page: the edition, how to cite it, its bibliography, downloads. */
export const aboutPath = (ui: Locale, paper: string): string => `/${ui}/${paper}/about/`;

/** Files to download: the aligned text (`tsv`, `json`) and citations (`bib`, `ris`, per edition). */
export const downloadPath = (file: string): string => `/downloads/${file}`;
