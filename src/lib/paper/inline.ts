/**
 * Renders a unit's inline content (the children of a `<Zh>` or `<En>`) to
 * HTML. The vocabulary is the one `parse.ts` admits: text, emphasis, strong,
 * links, line breaks, note markers and translator's notes; anything else
 * stops the build (`UnrenderableError`) instead of vanishing.
 */
import type { PhrasingContent } from 'mdast';
import { markdownToMdast } from 'satteri';
import { escapeHtml } from '../escape.ts';
import { type AlignedPaper, HTML_LANG, type Lang } from './model.ts';
import type { TermLinker } from './terms.ts';

export interface InlineContext {
	paper: AlignedPaper;
	/** The language of the text rendered: in English, Chinese names and titles are marked as Chinese. */
	lang?: Lang | undefined;
	/**
	 * Whether note markers carry the ids the notes link back to: in a book. A page's have none, for the bytes: its
	 * notes link back to the unit that holds the marker, and its script on to the marker (docs/budgets.md).
	 */
	backTargets: boolean;
	/**
	 * Accessible names of markers, in the interface's language, as aria-label: in a book. A page has none, for the
	 * bytes: its stylesheet names each marker so, by CSS alternative text (global.css, docs/budgets.md).
	 */
	labels?: { note: (n: number) => string; missingNote: string; translatorNote: (n: number) => string };
	/** Links glossary terms in the text, with the glossary entry's URL; none where absent. */
	terms?: { linker: TermLinker; href: (termId: string) => string } | undefined;
}

export function renderInline(nodes: readonly PhrasingContent[], ctx: InlineContext): string {
	return nodes.map((node) => renderNode(node, ctx)).join('');
}

function renderNode(node: PhrasingContent, ctx: InlineContext): string {
	switch (node.type) {
		case 'text':
			return markChinese(ctx.terms ? termLinks(node.value, ctx.terms) : escapeHtml(node.value), ctx.lang);
		case 'emphasis':
			return `<em>${renderInline(node.children, ctx)}</em>`;
		case 'strong':
			return `<strong>${renderInline(node.children, ctx)}</strong>`;
		case 'break':
			return '<br>';
		case 'link': {
			// No glossary links inside a link. Its title, where it has one, is kept as the link's. One whose text is not
			// its address is marked, so that print spells the address out (print.css).
			const inner = renderInline(node.children, { ...ctx, terms: undefined });
			const out = /^(?:https?|mailto):/.test(node.url) && linkText(node.children) !== node.url;
			return `<a${out ? ' class="out"' : ''} href="${escapeHtml(node.url)}"${node.title ? ` title="${escapeHtml(node.title)}"` : ''}>${inner}</a>`;
		}
		case 'mdxJsxTextElement':
			if (node.name === 'Ref') return noteMarker(node.attributes, ctx);
			if (node.name === 'Tn') return translatorMarker(node.attributes, ctx);
			throw new UnrenderableError(`<${node.name ?? ''}>`);
		default:
			// The loader refuses every other node, with its place; should one reach here all the same, the
			// build stops rather than publish the text without it.
			throw new UnrenderableError(node.type);
	}
}

/** Content the renderer does not know: a build error, never a silent gap in the text. */
export class UnrenderableError extends Error {
	constructor(what: string) {
		super(`cannot render ${what}: the loader should have refused it (src/lib/paper/parse.ts, folder.ts)`);
		this.name = 'UnrenderableError';
	}
}

/** Chinese inside English (names, titles, the words a translator's note discusses): a run of Han and CJK punctuation. */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[ ·][\p{Script=Han}]+)*/gu;

/** Wraps the Chinese runs of English HTML text in their own `lang`, so that they take a Chinese face and are read as Chinese. */
export function markChinese(html: string, lang: Lang | undefined): string {
	return lang === 'en' ? html.replace(CHINESE_RUN, (run) => `<span lang="${HTML_LANG.zh}">${run}</span>`) : html;
}

function termLinks(text: string, terms: NonNullable<InlineContext['terms']>): string {
	return terms.linker
		.split(text)
		.map((piece) => (typeof piece === 'string' ? escapeHtml(piece) : `<a href="${escapeHtml(terms.href(piece.term.id))}">${escapeHtml(piece.text)}</a>`))
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
	const label = ctx.labels && ctx.labels.note(note.number) + (note.missing ? ctx.labels.missingNote : '');
	// A marker is the text's only <sup>, a note's link is to #n…, a translator's note's to #tn-…: no class of its own
	// in every page (docs/budgets.md); the stylesheet, the scripts and the text measure know a marker by these.
	return `<sup${note.missing ? ' class="is-missing"' : ''}><a href="#${id}"${ctx.backTargets ? ` id="ref-${id}"` : ''}${ariaLabel(label)}>${note.number}</a></sup>`;
}

function translatorMarker(attributes: readonly { type: string; name?: string; value?: unknown }[], ctx: InlineContext): string {
	const id = attr(attributes, 'id');
	const note = ctx.paper.translatorNotes.find((n) => n.id === id);
	if (!note) return '';
	// The accessible name holds the visible label (WCAG 2.5.3): "Translator's note T1".
	return `<sup><a href="#${id}"${ctx.backTargets ? ` id="ref-${id}"` : ''}${ariaLabel(ctx.labels?.translatorNote(note.number))}>T${note.number}</a></sup>`;
}

const ariaLabel = (label: string | undefined): string => (label === undefined ? '' : ` aria-label="${escapeHtml(label)}"`);

/** A link's visible text, as written. */
const linkText = (nodes: readonly PhrasingContent[]): string =>
	nodes.map((n) => ('value' in n ? n.value : 'children' in n ? linkText(n.children as PhrasingContent[]) : '')).join('');

const NO_PAPER: InlineContext = {
	paper: { units: [], notes: [], translatorNotes: [] },
	backTargets: false,
};

/**
 * Light markdown outside the aligned text (a bibliography entry, one paragraph, as the loader checks):
 * emphasis and links, as HTML; `lang` is its language.
 */
export function renderMarkdownInline(markdown: string, lang?: Lang): string {
	const root = markdownToMdast(markdown);
	const [paragraph, ...more] = root.type === 'root' ? root.children : [];
	if (paragraph?.type !== 'paragraph' || more.length > 0) throw new UnrenderableError(`“${markdown.slice(0, 40)}” as one paragraph`);
	return renderInline(paragraph.children, { ...NO_PAPER, lang });
}

/** The bibliography entries rendered, by entry: a paper's about pages and books show each entry, and render it once. */
const renderedWorks = new WeakMap<{ zh: string; en: string }, { zh: string; en: string }>();

/** A bibliography entry in both languages as HTML (`renderMarkdownInline`), rendered once per entry of the model (the Traditional edition's are its own). */
export function workHtml(work: { zh: string; en: string }): { zh: string; en: string } {
	let html = renderedWorks.get(work);
	if (!html) renderedWorks.set(work, (html = { zh: renderMarkdownInline(work.zh), en: renderMarkdownInline(work.en, 'en') }));
	return html;
}

/** Plain Markdown prose (the edition notes, which the loader has checked hold only this): headings and paragraphs, as HTML. */
export function renderMarkdownProse(markdown: string, lang: Lang): string {
	const root = markdownToMdast(markdown);
	if (root.type !== 'root') return '';
	return root.children
		.map((node) => {
			if (node.type === 'paragraph') return `<p>${renderInline(node.children, { ...NO_PAPER, lang })}</p>`;
			if (node.type === 'heading') return `<h${node.depth}>${renderInline(node.children, { ...NO_PAPER, lang })}</h${node.depth}>`;
			throw new UnrenderableError(node.type);
		})
		.join('\n');
}
