/**
 * The word look-up, loaded at the reader's first look-up (trigger.ts): the
 * word at the point clicked or tapped, or the one selected, shown in a
 * popover beside it with its pinyin, its CC-CEDICT glosses and, for a key
 * term, the glossary's note and a way to mark every occurrence (the
 * concordance). The paper's words load with the first look-up
 * (`/aids/{paper}/words.{locale}.json`, src/lib/paper/words.ts); the word is
 * found as the build found it, by `Intl.Segmenter`, a key term first.
 */
import { escapeHtml } from '../../lib/escape.ts';
import { langTags, lookupStrings } from '../../lib/i18n.ts';
import type { LookupData, WordEntry } from '../../lib/paper/words.ts';
import { aidsPath } from '../../lib/routes.ts';
import lookupStyles from '../../styles/lookup.css?inline';
import { labeller, pageLocale } from '../interface-strings.ts';
import { showConcordance } from './concordance.ts';
import { placeMarks, termCardHtml } from './term-card.ts';
import { sayLoadFailed } from '../load-module.ts';
import { inChinese, type LookupRequest } from './request.ts';

const locale = pageLocale;
const label = labeller(lookupStrings);
const paperId = (): string | undefined => document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];

const isString = (value: unknown): value is string => typeof value === 'string';
const entriesOf = (value: unknown): [string, unknown][] => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : []);

/** A fetched words file, what of it is what the build writes (src/lib/paper/words.ts): a malformed entry is left out, never shown. */
export function readLookupData(data: unknown): LookupData {
	const record = Object.fromEntries(entriesOf(data));
	const words = entriesOf(record['words']).filter(
		([word, entry]) =>
			word &&
			Array.isArray(entry) &&
			isString(entry[0]) &&
			isString(entry[1]) &&
			(entry[2] === undefined || (Array.isArray(entry[2]) && entry[2].every(isString))),
	) as [string, WordEntry][];
	const terms = entriesOf(record['terms']).filter(([form, term]) => {
		const { id, en, note, forms, count, at, of } = Object.fromEntries(entriesOf(term));
		// What the term's card reads (term-card.ts) too: its forms, counts and places.
		const numbers = (value: unknown, length?: number) =>
			Array.isArray(value) && (length === undefined || value.length === length) && value.every((n) => Number.isFinite(n));
		const card =
			Array.isArray(forms) &&
			forms.length === 2 &&
			forms.every(isString) &&
			numbers(count, 2) &&
			Number.isFinite(of) &&
			Array.isArray(at) &&
			at.every((place) => numbers(place, 2));
		return form && isString(id) && id && isString(en) && isString(note) && card;
	}) as [string, LookupData['terms'][string]][];
	return { words: Object.fromEntries(words), terms: Object.fromEntries(terms) };
}

const data = new Map<string, Promise<LookupData>>();
/** The paper's words for this interface, loaded once (again after a failure). */
function words(): Promise<LookupData> {
	const file = `${paperId()}/words.${locale()}.json`;
	let loading = data.get(file);
	if (!loading) {
		loading = fetch(aidsPath(file)).then((r) => (r.ok ? r.json().then(readLookupData) : Promise.reject(new Error(`${file}: ${r.status}`))));
		loading.catch(() => data.delete(file));
		data.set(file, loading);
	}
	return loading;
}

/** The text node and character at a point of the screen, if it is a character of the text. */
function characterAt(x: number, y: number): { node: Text; index: number } | undefined {
	const position = document.caretPositionFromPoint?.(x, y);
	const legacy = position ? undefined : document.caretRangeFromPoint?.(x, y);
	const caret = position
		? { node: position.offsetNode, offset: position.offset }
		: legacy
			? { node: legacy.startContainer, offset: legacy.startOffset }
			: undefined;
	const node = caret?.node;
	if (!caret || !(node instanceof Text)) return undefined;
	// The caret stands between characters: the character hit is the one before it if the point is inside that one.
	const before = caret.offset - 1;
	if (before >= 0) {
		const range = new Range();
		range.setStart(node, before);
		range.setEnd(node, caret.offset);
		const box = range.getBoundingClientRect();
		if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { node, index: before };
	}
	return caret.offset < node.data.length ? { node, index: caret.offset } : undefined;
}

/** The word of `text` that holds the character at `index`: a key term, the segmenter's word, or the longest word known. */
function wordAt(text: string, index: number, known: LookupData): { start: number; word: string } | undefined {
	for (const form of Object.keys(known.terms)) {
		for (let at = text.indexOf(form); at >= 0 && at <= index; at = text.indexOf(form, at + 1)) if (index < at + form.length) return { start: at, word: form };
	}
	const segment = new Intl.Segmenter('zh', { granularity: 'word' }).segment(text).containing(index);
	if (segment && known.words[segment.segment]) return { start: segment.index, word: segment.segment };
	for (let length = 4; length >= 1; length--) {
		for (let start = Math.max(0, index - length + 1); start <= index && start + length <= text.length; start++) {
			const word = text.slice(start, start + length);
			if (known.words[word]) return { start, word };
		}
	}
	return undefined;
}

function popover(): HTMLElement {
	const existing = document.getElementById('lookup');
	if (existing) return existing;
	const el = document.createElement('div');
	el.id = 'lookup';
	el.className = 'lookup';
	el.popover = 'auto';
	el.tabIndex = -1;
	el.setAttribute('role', 'dialog');
	el.setAttribute('aria-label', label('lookup'));
	document.body.append(el);
	el.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('.lookup-close')) el.hidePopover();
		const mark = target.closest<HTMLElement>('.lookup-mark');
		if (mark?.dataset['term']) {
			el.hidePopover();
			void showConcordance(mark.dataset['term']);
		}
	});
	el.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState !== 'closed') return;
		CSS.highlights?.delete('lookup');
		// A card opened from a link gives focus back to it when it closes with focus inside (Esc, its close button).
		const active = document.activeElement;
		if (returnTo?.isConnected && (!active || active === document.body || el.contains(active))) returnTo.focus({ preventScroll: true });
		returnTo = undefined;
	});
	return el;
}

/** The entry of `word`, as HTML: a key term's card (term-card.ts), or its pinyin and glosses, or the parts CC-CEDICT has. */
function entryHtml(word: string, known: LookupData, tag: string): string {
	const [pinyin, glosses, parts] = known.words[word] ?? ['', ''];
	const term = known.terms[word];
	const paper = paperId();
	if (term && paper)
		return `${termCardHtml(term, pinyin, locale(), paper)}<p class="lookup-foot"><span></span><button type="button" class="lookup-close">${escapeHtml(label('close'))}</button></p>`;
	const list = (text: string) =>
		`<ul class="lookup-glosses" lang="en">${text
			.split('; ')
			.map((g) => `<li>${escapeHtml(g)}</li>`)
			.join('')}</ul>`;
	let html = `<div class="lookup-head"><span class="lookup-word" lang="${tag}">${escapeHtml(word)}</span><span class="lookup-pinyin" lang="zh-Latn-pinyin">${escapeHtml(pinyin)}</span></div>`;
	if (glosses) html += list(glosses);
	else if (parts) {
		html += `<p>${escapeHtml(label('madeOf'))}</p><ul class="lookup-parts">${parts
			.map((part) => {
				const [p, g] = known.words[part] ?? ['', ''];
				return `<li><span lang="${tag}">${escapeHtml(part)}</span> <span lang="zh-Latn-pinyin">${escapeHtml(p)}</span> <span lang="en">${escapeHtml(g.split('; ')[0] ?? '')}</span></li>`;
			})
			.join('')}</ul>`;
	} else html += `<p>${escapeHtml(label('notInDictionary'))}</p>`;
	return `${html}<p class="lookup-foot"><span>${escapeHtml(label('source'))}</span><button type="button" class="lookup-close">${escapeHtml(label('close'))}</button></p>`;
}

/** Below the word if it fits there, else above; within the screen. */
function place(el: HTMLElement, box: DOMRect): void {
	const margin = 8;
	const left = Math.max(margin, Math.min(box.left, innerWidth - el.offsetWidth - margin));
	const below = box.bottom + 6;
	// Above it, never over the sticky header, which the reader may need.
	const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
	const top = below + el.offsetHeight <= innerHeight - margin ? below : Math.max(margin, header + 4, box.top - 6 - el.offsetHeight);
	el.style.insetInlineStart = `${left}px`;
	el.style.insetBlockStart = `${top}px`;
}

/** The term link a card was opened from. */
let returnTo: HTMLElement | undefined;

/** A glossary term's card, beside the link that asked for it; focus in the card (Tab goes through it, Esc closes it). */
async function showTerm(id: string, link: HTMLAnchorElement): Promise<void> {
	const known = await words();
	const word = Object.keys(known.terms).find((form) => known.terms[form]!.id === id);
	if (!word) throw new Error(`no key term ${id}`);
	const el = popover();
	el.innerHTML = entryHtml(word, known, langTags(locale()).zh);
	placeMarks(el);
	if (el.matches(':popover-open')) el.hidePopover();
	el.showPopover();
	returnTo = link;
	const lines = link.getClientRects();
	place(el, lines[lines.length - 1] ?? link.getBoundingClientRect());
	el.focus({ preventScroll: true });
}

async function show(node: Text, start: number, word: string): Promise<void> {
	const known = await words();
	const range = new Range();
	range.setStart(node, start);
	range.setEnd(node, start + word.length);
	const el = popover();
	const tag = (node.parentElement?.closest('[lang]') as HTMLElement | null)?.lang || langTags(locale()).zh;
	el.innerHTML = entryHtml(word, known, tag);
	placeMarks(el);
	if (!el.matches(':popover-open')) el.showPopover();
	place(el, range.getBoundingClientRect());
	if ('highlights' in CSS) CSS.highlights.set('lookup', new Highlight(range));
}

async function lookUp(request: LookupRequest): Promise<void> {
	if (request.kind === 'concordance') return showConcordance(request.term);
	if (request.kind === 'term') return showTerm(request.term, request.link);
	const known = await words();
	if (request.kind === 'point') {
		const at = characterAt(request.x, request.y);
		if (!at || !inChinese(at.node.parentElement)) return;
		const found = wordAt(at.node.data, at.index, known);
		if (found) await show(at.node, found.start, found.word);
		return;
	}
	const selection = getSelection();
	const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
	const node = range?.startContainer;
	if (!range || !(node instanceof Text) || range.endContainer !== node) return;
	const word = range.toString().trim();
	if (known.words[word] || known.terms[word]) await show(node, range.startOffset + range.toString().indexOf(word), word);
}

// The styles come with the script: a constructed sheet, which the Content-Security-Policy need not list.
const sheet = new CSSStyleSheet();
sheet.replaceSync(lookupStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// The data that cannot be loaded is said so, and asked for again at the next look-up.
// A term's card that cannot be shown follows its link to the glossary, as without script.
document.addEventListener('lookup:request', (event) => {
	const request = (event as CustomEvent<LookupRequest>).detail;
	lookUp(request).catch(request.kind === 'term' ? () => location.assign(request.link.href) : sayLoadFailed);
});
