/** The reader's interface strings in the page's language; the strings come with this script, not with every page. */
import { readerStrings } from '../../lib/i18n.ts';
import { labeller, pageLocale } from '../interface-strings.ts';

export const pageLang = pageLocale;
export type StringKey = keyof typeof readerStrings;
export const label = labeller(readerStrings);
