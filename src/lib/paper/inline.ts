/**
 * Renders a unit's inline content (the children of a `<Zh>` or `<En>`) to
 * HTML. The vocabulary is the one `parse.ts` admits: text, emphasis, strong,
 * links, line breaks, note markers and translator's notes.
 */
import type { PhrasingContent } from 'mdast';
import { markdownToMdast } from 'satteri';
import { escapeHtml } from '../escape';
import type { AlignedPaper } from './model';
import type { TermLinker } from './terms';

export interface InlineContext {
	paper: AlignedPaper;
	/**
	 * Whether note markers carry the ids the notes link back to. Side by side, only the first
	 * language's do: the notes link back once, to the pair, and no two markers share an id.
	 */
	backTargets: boolean;
	/** Accessible names of markers, in the page's interface language. */
	labels: { note: (n: number) => string; missingNote: string; translatorNote: (n: number) => string };
	/** Links glossary terms in the text, with the glossary entry's URL; none where absent. */
	terms?: { linker: TermLinker; href: (termId: string) => string } | undefined;
}

export function renderInline(nodes: readonly PhrasingContent[], ctx: InlineContext): string {
	return nodes.map((node) => renderNode(node, ctx)).join('');
}

function renderNode(node: PhrasingContent, ctx: InlineContext): string {
	switch (node.type) {
		case 'text':
			return ctx.terms ? termLinks(node.value, ctx.terms) : escapeHtml(node.value);
		case 'emphasis':
			return `<em>${renderInline(node.children, ctx)}</em>`;
		case 'strong':
			return `<strong>${renderInline(node.children, ctx)}</strong>`;
		case 'break':
			return '<br>';
		case 'link':
			// No glossary links inside a link.
			return `<a href="${escapeHtml(node.url)}">${renderInline(node.children, { ...ctx, terms: undefined })}</a>`;
		case 'mdxJsxTextElement':
			return node.name === 'Ref' ? noteMarker(node.attributes, ctx) : node.name === 'Tn' ? translatorMarker(node.attributes, ctx) : '';
		default:
			// parse.ts rejects every other node; nothing else can reach here.
			return '';
	}
}

function termLinks(text: string, terms: NonNullable<InlineContext['terms']>): string {
	return terms.linker
		.split(text)
		.map((piece) =>
			typeof piece === 'string' ? escapeHtml(piece) : `<a href="${escapeHtml(terms.href(piece.term.id))}">${escapeHtml(piece.text)}</a>`,
		)
		.join('');
}

function attr(attributes: readonly { type: string; name?: string; value?: unknown }[], name: string): string {
	const found = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : '';
}

function noteMarker(attributes: readonly { type: string; name?: string; value?: unknown }[], ctx: InlineContext): string {
	const id = attr(attributes, 'to');
	const note = ctx.paper.notes.find((n) => n.id === id);
	if (!note) return '';
	const label = ctx.labels.note(note.number) + (note.missing ? ctx.labels.missingNote : '');
	return `<sup class="note-ref${note.missing ? ' is-missing' : ''}"><a href="#${id}" ${ctx.backTargets ? `id="ref-${id}" ` : ''}role="doc-noteref" aria-label="${escapeHtml(label)}">${note.number}</a></sup>`;
}

function translatorMarker(attributes: readonly { type: string; name?: string; value?: unknown }[], ctx: InlineContext): string {
	const id = attr(attributes, 'id');
	const note = ctx.paper.translatorNotes.find((n) => n.id === id);
	if (!note) return '';
	return `<sup class="tn-ref"><a href="#${id}" id="ref-${id}" role="doc-noteref" aria-label="${escapeHtml(ctx.labels.translatorNote(note.number))}">T${note.number}</a></sup>`;
}

/** Light markdown outside the aligned text (a bibliography entry): emphasis and links, as HTML. */
export function renderMarkdownInline(markdown: string): string {
	const root = markdownToMdast(markdown);
	const paragraph = root.type === 'root' ? root.children.find((n) => n.type === 'paragraph') : undefined;
	const empty = { units: [], notes: [], translatorNotes: [] };
	const labels = { note: String, missingNote: '', translatorNote: String };
	return paragraph && paragraph.type === 'paragraph' ? renderInline(paragraph.children, { paper: empty, backTargets: false, labels }) : '';
}
