/**
 * What a reader means by a match, on top of Pagefind's candidates. A result
 * that holds the query as it was typed (the whole Chinese string, the
 * English words in order) comes first; then one that holds every part of
 * it; then one in the query's own language; then Pagefind's order. This
 * keeps 李世石 from being buried under every 世界. A quoted query ("…")
 * keeps only exact matches.
 */
import type { Lang } from '../../lib/paper/model.ts';

/** What ranking needs of a result: its language, its text, and its place in its language's candidates. */
export interface Ranked {
	lang: Lang;
	content: string;
	rank: number;
}

const QUOTES = /["“”]/g;
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** The query without its quotes, as Pagefind is asked it. */
export const unquoted = (query: string): string => query.replace(QUOTES, ' ').trim();

/** A query in quotes asks for exact matches only. */
export const isQuoted = (query: string): boolean => /^["“].+["”]$/.test(query.trim());

/** The language a query is written in: Chinese if it holds any Han character. */
export const queryLanguage = (query: string): Lang => (hasHan(query) ? 'zh' : 'en');

/** The parts of a query a match must contain: Chinese runs whole, other words one by one. */
export function queryTerms(query: string): string[] {
	return query
		.replace(QUOTES, ' ')
		.split(/\s+|(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u)
		.map((t) => t.trim().toLowerCase())
		.filter((t) => t.length > 0 && /[\p{L}\p{N}]/u.test(t));
}

/** Whether `content` holds the query exactly as typed (case aside). */
export function isExact(query: string, content: string): boolean {
	const exact = query.replace(QUOTES, '').trim().toLowerCase();
	return exact.length > 0 && content.toLowerCase().includes(exact);
}

/** Whether `content` holds every part of the query (`queryTerms`), case aside. */
export function holdsAll(query: string, content: string): boolean {
	const text = content.toLowerCase();
	return queryTerms(query).every((t) => text.includes(t));
}

/** Orders results: the query as typed, then all its parts, then its language, then Pagefind's rank. */
export function rerank<T extends Ranked>(query: string, results: readonly T[]): T[] {
	const terms = queryTerms(query);
	const lang = queryLanguage(query);
	const quoted = isQuoted(query);
	return results
		.map((result) => {
			const text = result.content.toLowerCase();
			const whole = isExact(query, text) ? 1 : 0;
			const all = terms.every((t) => text.includes(t)) ? 1 : 0;
			return { result, key: [whole, all, result.lang === lang ? 1 : 0, -result.rank] };
		})
		.filter((s) => !quoted || s.key[0] === 1)
		.sort((a, b) => {
			for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
			return 0;
		})
		.map((s) => s.result);
}
