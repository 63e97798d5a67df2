/**
 * The interface strings the scripts show, in the page's interface language (its `<html lang>`): one helper
 * for the reader, search and look-up, each with its own table, so that a bundle holds its own strings only.
 */
import { type Locale, localeOf } from '../lib/i18n.ts';

type Strings = Record<string, Record<Locale, string>>;

/** The page's interface: `zh`, `zh-hant` or `en`. */
export const pageLocale = (): Locale => localeOf(document.documentElement.lang);

/** `label(key)` for one table: the string in the page's interface. */
export const labeller =
	<Table extends Strings>(table: Table) =>
	(key: keyof Table): string =>
		table[key]![pageLocale()];

/**
 * The same for a table with `{placeholders}`, filled with `values` (never as replacement patterns: `$&` in a
 * query stays `$&`). Apart, so that the reader's bundle, whose strings have none, does without it.
 */
export const fillingLabeller =
	<Table extends Strings>(table: Table) =>
	(key: keyof Table, values: Record<string, string | number> = {}): string =>
		table[key]![pageLocale()].replace(/\{(\w+)\}/g, (_, name: string) => `${values[name] ?? ''}`);
