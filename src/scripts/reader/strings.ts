/** The reader's interface strings in the page's language; the strings come with this script, not with every page. */
import { type Locale, localeOf, pick, readerStrings } from '../../lib/i18n';

export const pageLang = (): Locale => localeOf(document.documentElement.lang);
export type StringKey = keyof typeof readerStrings;
export const label = (key: StringKey): string => pick(readerStrings, pageLang(), key);
