/**
 * The apparatus's words in an edition's interface languages: one language's
 * in the Chinese and English editions, both (each marked) in the bilingual.
 */
import { escapeHtml } from '../escape.ts';
import { type Locale, t, textLang, type UiKey, uiTag } from '../i18n.ts';
import type { Lang } from '../paper/model.ts';
import type { EpubEdition } from './editions.ts';

/** `key` as HTML: plain in a one-language edition, each language in its own marked span in the bilingual one. */
export function label(edition: EpubEdition, key: UiKey): string {
	if (edition.uis.length === 1) return escapeHtml(t(edition.uis[0]!, key));
	return edition.uis.map((ui) => `<span lang="${uiTag(ui)}">${escapeHtml(t(ui, key))}</span>`).join(' ');
}

/** `key` as plain text (a document title, a metadata value): the languages joined. */
export const plainLabel = (edition: EpubEdition, key: UiKey): string => edition.uis.map((ui) => t(ui, key)).join(' · ');

/** The interface whose words go with the text in `lang`: its own language's if the edition has it. */
export const uiFor = (edition: EpubEdition, lang: Lang): Locale => edition.uis.find((ui) => textLang(ui) === lang) ?? edition.uis[0]!;
