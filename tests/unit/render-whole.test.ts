/**
 * The renderer shows the whole of what it is given, or stops the build: a
 * node it does not know throws (`UnrenderableError`) instead of becoming
 * nothing, and a link's title is kept as the link's.
 */
import type { PhrasingContent } from 'mdast';
import { expect, test } from 'vitest';
import { type InlineContext, renderInline, renderMarkdownInline, renderMarkdownProse, UnrenderableError } from '../../src/lib/paper/inline.ts';
import { parsePaper } from '../../src/lib/paper/parse.ts';

const ctx: InlineContext = {
	paper: { units: [], notes: [], translatorNotes: [] },
	backTargets: false,
	labels: { note: String, missingNote: '', translatorNote: String },
};

test('a link’s title is kept, in the aligned text, a bibliography entry and the edition notes', () => {
	const paper = parsePaper(
		'<P id="p1">\n<Zh>见[此处](https://example.org/a "标题")。</Zh>\n<En>See [here](https://example.org/a "A “title” & more").</En>\n</P>\n',
		'paper.mdx',
	);
	expect(renderInline(paper.units[0]!.text.zh, ctx)).toBe('见<a class="out" href="https://example.org/a" title="标题">此处</a>。');
	expect(renderInline(paper.units[0]!.text.en, ctx)).toBe('See <a class="out" href="https://example.org/a" title="A “title” &amp; more">here</a>.');
	expect(renderMarkdownInline('A [book](https://example.org/b "Its title").')).toContain('title="Its title"');
	expect(renderMarkdownProse('Prose [here](https://example.org/c "Why").', 'en')).toContain('title="Why"');
});

test('a node the renderer does not know stops the build instead of vanishing', () => {
	const unknown: PhrasingContent[] = [
		{ type: 'inlineCode', value: 'code' },
		{ type: 'image', url: 'x.png', alt: 'a cover' },
		{ type: 'html', value: '<b>x</b>' },
		{ type: 'mdxJsxTextElement', name: 'b', attributes: [], children: [{ type: 'text', value: 'words' }] } as PhrasingContent,
	];
	for (const node of unknown) expect(() => renderInline([{ type: 'text', value: 'before ' }, node], ctx), node.type).toThrow(UnrenderableError);
});

test('a bibliography entry is rendered whole, or not at all', () => {
	expect(renderMarkdownInline('Cheng. *A Book*. [Link](https://example.org/).')).toBe(
		'Cheng. <em>A Book</em>. <a class="out" href="https://example.org/">Link</a>.',
	);
	for (const entry of ['A\n\nB', '2024. A Title.', '# A Title', '<b>A</b> Title', '- A Title'])
		expect(() => renderMarkdownInline(entry), entry).toThrow(UnrenderableError);
});

test('edition notes are rendered whole, or not at all', () => {
	expect(renderMarkdownProse('## Made\n\nProse.', 'en')).toBe('<h2>Made</h2>\n<p>Prose.</p>');
	for (const prose of ['- a list', '> a quote', '```\ncode\n```', '<div>x</div>'])
		expect(() => renderMarkdownProse(prose, 'en'), prose).toThrow(UnrenderableError);
});

test('a link that a browser resolves to another host is not safe, however it is written', async () => {
	const { isSafeLink } = await import('../../src/lib/paper/parse.ts');
	for (const url of [
		'/\\evil.example/',
		'\\\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'https:\\\\evil.example',
		'a\\b',
		'//evil.example',
		' //evil.example',
		'javascript:alert(1)',
	])
		expect(isSafeLink(url), url).toBe(false);
	for (const url of ['/en/chatgpt-sora/', '#s1-p1', '../about/', 'https://example.org/a\u00e9', 'mailto:a@example.org', '/%5Cevil.example/', '?q=1'])
		expect(isSafeLink(url), url).toBe(true);
});
