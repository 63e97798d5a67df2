/** The reader's interface strings in the page's language; the strings come with this script, not with every page. */
import { pick, readerStrings } from '../../lib/i18n';

export const pageLang = (): 'zh' | 'en' => (document.documentElement.lang === 'en' ? 'en' : 'zh');
export type StringKey = keyof typeof readerStrings;
export const label = (key: StringKey): string => pick(readerStrings, pageLang(), key);
