/**
 * A search result's excerpt (src/scripts/search/excerpt.ts) is marked on the
 * text, not on its escaped HTML: a query that spells part of an entity marks
 * nothing that is not in the text, and the excerpt reads as the text.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterTypes } from 'parse5';
import { expect, test } from 'vitest';
import { excerpt } from '../../src/scripts/search/excerpt.ts';

/** What a reader sees of `html`: its text, and the text of each <mark>. */
function read(html: string): { text: string; marks: string[] } {
	const fragment = parseFragment(html);
	const textOf = (node: DefaultTreeAdapterTypes.ChildNode): string =>
		'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
	const marks = fragment.childNodes.filter((n): n is DefaultTreeAdapterTypes.Element => 'tagName' in n && n.tagName === 'mark');
	return { text: fragment.childNodes.map(textOf).join(''), marks: marks.map((m) => textOf(m)) };
}

const TEXT = 'He said "yes" & <then> left, quoting a quota.';

test.each(['quot', 'amp', 'lt', 'gt', '&quot;', 'uot', ';'])('the query %s marks only what the text holds, and the text stays whole', (term) => {
	const html = excerpt(TEXT, [term]);
	const { text, marks } = read(html);
	expect(text).toBe(TEXT);
	expect(html).not.toMatch(/&(?:<mark>|[a-z]*<mark>)/);
	for (const mark of marks) expect(mark.toLowerCase()).toBe(term.toLowerCase());
	expect(marks).toHaveLength(TEXT.toLowerCase().split(term.toLowerCase()).length - 1);
});

test('a query with markup in it is marked as text', () => {
	const html = excerpt(TEXT, ['<then>', '"yes"']);
	expect(read(html)).toEqual({ text: TEXT, marks: ['"yes"', '<then>'] });
	expect(serializeOuter(parseFragment(html).childNodes[1]!)).toBe('<mark>"yes"</mark>');
});

test('no term, or an empty one, marks nothing', () => {
	expect(excerpt(TEXT, [])).toBe(excerpt(TEXT, ['']));
	expect(read(excerpt(TEXT, [''])).marks).toEqual([]);
});
