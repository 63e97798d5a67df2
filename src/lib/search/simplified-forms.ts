/**
 * The Simplified form of each Traditional character the Chinese index's text has, so that a query typed in
 * Traditional characters is looked up in the index (which holds the Simplified text) by its Simplified form.
 * Made at build time from the records themselves (a Chinese record holds its text in both scripts, character
 * for character: src/lib/search/records.ts), so it holds exactly the characters the collection has, and written
 * beside the Chinese bundle (`/pagefind/zh/simplified.json`). The candidates are then checked against both
 * scripts (scripts/search/results.ts), as before: the map only decides what Pagefind is asked.
 */

/** Traditional character → its Simplified form, as the texts pair them. */
export type SimplifiedForms = Record<string, string>;

/** The pairs of `texts` (Simplified, Traditional, of equal length in code points) where the two differ; a character paired two ways (or kept as it is somewhere) is left out. */
export function simplifiedForms(texts: Iterable<readonly [simplified: string, traditional: string]>): SimplifiedForms {
	const forms = new Map<string, string | null>();
	for (const [simplified, traditional] of texts) {
		const s = [...simplified];
		const t = [...traditional];
		if (s.length !== t.length) continue;
		t.forEach((char, i) => {
			// A character kept as it is somewhere (乾 in 乾坤) counts as a pairing too: 乾 is not always 干.
			const simple = s[i]!;
			const known = forms.get(char);
			forms.set(char, known === undefined || known === simple ? simple : null);
		});
	}
	return Object.fromEntries(
		[...forms].filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== entry[0]).sort(([a], [b]) => (a < b ? -1 : 1)),
	);
}

/** `query` with each Traditional character the collection has in its Simplified form; others as typed. */
export const toSimplifiedForms = (query: string, forms: SimplifiedForms): string => [...query].map((char) => forms[char] ?? char).join('');
