/**
 * Copying cites itself: a selection copied from the text or the notes goes
 * to the clipboard as its text followed by the citation of where it came
 * from, with its permanent link: the sentence when it lies within one
 * (`…#s2-1-p3.2`), else the paragraph (the first, when it spans several).
 * Chinese is cited in GB/T 7714—2025, English in Chicago (the full note);
 * a selection that spans both languages gives each language's text with its
 * own citation. As text/plain and as text/html, where the link is live.
 *
 * Only the text is copied: a selection dragged within one language (side by
 * side, one column; interleaved, from one original to the next) copies that
 * language alone, never the partner the DOM holds between; the unit tools,
 * note markers, return links and popovers are left out. A reading setting
 * (`data-copy="plain"`, settings.ts) turns it off. The paper's facts come
 * from its aligned download, fetched as soon as a selection is made (a copy
 * event must fill the clipboard at once); until they are there, or if they
 * cannot be had, the browser copies as it always does.
 */
import { chicagoNote, citedUrl, gbt7714 } from '../../lib/cite.ts';
import { escapeHtml as escape } from '../../lib/escape.ts';
import type { Lang } from '../../lib/paper/model.ts';
import { BACK_LINK_IN_COPY } from './back-link.ts';
import { citableText, noteNumberOf, paperFacts, type PaperFacts } from './citation.ts';
import { segmentOf } from './segments.ts';

/** What is on the page but not the text: the unit tools, note markers, return links, what the scripts float over it. */
const NOT_TEXT = `.unit-tools, sup, ${BACK_LINK_IN_COPY}, button, .study-partner, .passage-link, .sidenotes`;

const UNITS = '.text > [id], .note-list > li[id]';

/** The paper's facts once fetched, for the copy event, which cannot wait. */
let facts: { paper: string; value: PaperFacts } | undefined;

/** A unit's language blocks: itself in one language, or its children with a `lang`. */
const blocksOf = (unit: HTMLElement): HTMLElement[] => (unit.hasAttribute('lang') ? [unit] : [...unit.querySelectorAll<HTMLElement>(':scope > [lang]')]);
const langOf = (block: HTMLElement): Lang => (block.lang.startsWith('zh') ? 'zh' : 'en');

interface Block {
	unit: HTMLElement;
	el: HTMLElement;
	lang: Lang;
}

/** The language blocks the selection touches, in the page's order. */
function selectedBlocks(range: Range): Block[] {
	const article = document.querySelector('article.paper');
	if (!article) return [];
	return [...article.querySelectorAll<HTMLElement>(UNITS)]
		.filter((unit) => range.intersectsNode(unit))
		.flatMap((unit) =>
			blocksOf(unit)
				.filter((el) => range.intersectsNode(el))
				.map((el) => ({ unit, el, lang: langOf(el) })),
		);
}

/** The part of `range` inside `el`. */
function clip(range: Range, el: HTMLElement): Range {
	const part = document.createRange();
	part.selectNodeContents(el);
	if (el.contains(range.startContainer)) part.setStart(range.startContainer, range.startOffset);
	if (el.contains(range.endContainer)) part.setEnd(range.endContainer, range.endOffset);
	return part;
}

/** The text of a clipped range, without what is not the text, its white space as it reads. */
function textOf(part: Range): string {
	const holder = document.createElement('div');
	holder.append(part.cloneContents());
	for (const el of holder.querySelectorAll(NOT_TEXT)) el.remove();
	return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The node's element. */
const elementOf = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);

/** What is cited for the blocks of one language: the sentence if the selection lies in one (of a unit that has several), else the first unit. */
function citedUnit(range: Range, blocks: Block[]): { id: string; note?: number } {
	const { unit, el } = blocks[0]!;
	const note = noteNumberOf(unit);
	const cited = { id: unit.id, ...(note ? { note } : {}) };
	if (blocks.length > 1) return cited;
	const part = clip(range, el);
	const from = segmentOf(elementOf(part.startContainer));
	const to = segmentOf(elementOf(part.endContainer));
	if (from && from === to && el.querySelector('.seg[data-seg="2"]')) return { ...cited, id: `${unit.id}.${from.dataset['seg']}` };
	return cited;
}

/** The copy: plain text and HTML, or nothing if the selection holds none of the text. */
export function citedCopy(range: Range, paper: string, paperFacts: PaperFacts): { text: string; html: string } | undefined {
	const blocks = selectedBlocks(range);
	if (blocks.length === 0) return undefined;
	const at = (node: Node) => blocks.find((b) => b.el.contains(node))?.lang;
	const first = at(range.startContainer) ?? blocks[0]!.lang;
	const last = at(range.endContainer) ?? blocks[blocks.length - 1]!.lang;
	// Within one language, that language only; from one to the other, both, in the order they were met.
	const langs: Lang[] = first === last ? [first] : [first, last];
	const plain: string[] = [];
	const html: string[] = [];
	for (const lang of langs) {
		const own = blocks.filter((b) => b.lang === lang);
		const texts = own.map((b) => textOf(clip(range, b.el))).filter(Boolean);
		if (texts.length === 0) continue;
		const cited = citableText(paper, paperFacts, lang, citedUnit(range, own));
		const citation = lang === 'zh' ? gbt7714(cited) : chicagoNote(cited);
		const url = citedUrl(cited);
		plain.push(`${texts.join('\n\n')}\n\n${citation}`);
		const tag = own[0]!.el.lang;
		const linked = escape(citation).replace(escape(url), `<a href="${escape(url)}">${escape(url)}</a>`);
		html.push(
			`<blockquote lang="${escape(tag)}">${texts.map((t) => `<p>${escape(t)}</p>`).join('')}</blockquote><p lang="${lang === 'zh' ? escape(tag) : 'en'}">${linked}</p>`,
		);
	}
	return plain.length ? { text: plain.join('\n\n'), html: html.join('') } : undefined;
}

const currentRange = (): Range | undefined => {
	const selection = getSelection();
	return selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
};

export function setUpCopyCitation(): void {
	// The facts are fetched as a selection is made in the paper, so that they are there when it is copied.
	document.addEventListener('selectionchange', () => {
		const paper = document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];
		const range = currentRange();
		if (!paper || facts?.paper === paper || !range || !elementOf(range.commonAncestorContainer)?.closest('article.paper')) return;
		paperFacts(paper).then(
			(value) => (facts = { paper, value }),
			() => {},
		);
	});
	document.addEventListener('copy', (event) => {
		const paper = document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];
		const range = currentRange();
		if (document.documentElement.dataset['copy'] === 'plain' || !paper || !range || facts?.paper !== paper || !event.clipboardData) return;
		const copy = citedCopy(range, paper, facts.value);
		if (!copy) return;
		event.clipboardData.setData('text/plain', copy.text);
		event.clipboardData.setData('text/html', copy.html);
		event.preventDefault();
	});
}
