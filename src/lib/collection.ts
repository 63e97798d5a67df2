/**
 * The collection page's list of papers. A few papers are cards, each with its
 * summary and reading modes; past `CARDS_UP_TO`, a thousand cards would be a
 * page of megabytes to scroll, so the papers become an index of titles: in
 * the order a reader looks a title up (pinyin under either Chinese
 * interface, the alphabet under English), grouped under their first letter,
 * with the letters linked at the top. Search, on every page, finds a paper by
 * its text; the browser's find finds it by its title.
 */
import { pinyin } from 'pinyin-pro';
import type { Lang } from './paper/model.ts';

/** How many papers the collection page shows as cards; more are listed as titles. */
export const CARDS_UP_TO = 12;

/** The letter a title is listed under: its first letter, or the pinyin initial of its first character; `#` for any other. */
export function titleLetter(title: string): string {
	const first = [...title.trim()][0] ?? '';
	const latin = /\p{Script=Han}/u.test(first) ? pinyin(first, { pattern: 'first', toneType: 'none' }) : first;
	const letter = latin
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toUpperCase();
	return /^[A-Z]$/.test(letter) ? letter : '#';
}

/**
 * `items` in order of `title(item)` in `lang` (Chinese in pinyin order: give the Simplified title, which a
 * Traditional title sorts as), grouped by their first letter, the letters in order and `#` last.
 */
export function byTitle<T>(items: readonly T[], title: (item: T) => string, lang: Lang): { letter: string; key: string; items: T[] }[] {
	const collator = new Intl.Collator(lang === 'zh' ? 'zh-u-co-pinyin' : 'en', { numeric: true });
	const sorted = [...items].sort((a, b) => collator.compare(title(a), title(b)));
	const groups = new Map<string, T[]>();
	for (const item of sorted) {
		const letter = titleLetter(title(item));
		const group = groups.get(letter);
		if (group) group.push(item);
		else groups.set(letter, [item]);
	}
	// `key` names the group in an id (`titles-C`, `titles-other`).
	return [...groups]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
		.map(([letter, grouped]) => ({ letter, key: letter === '#' ? 'other' : letter, items: grouped }));
}
