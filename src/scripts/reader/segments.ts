/**
 * Sentence alignment on the page. The HTML marks paragraphs only (a span
 * per sentence would cost every page more than its budget allows); this
 * fetches the paper's segment lengths (src/lib/paper/alignment.ts) and wraps
 * each segment of each unit in a `span.seg`, the first language's with the
 * segment's id (`s2-1-p3.2`), so that a permalink to it lands.
 * Then a segment under the pointer, focused, or tapped is marked together
 * with its partner; J and K step through them from the keyboard.
 * If the lengths cannot be fetched or do not fit the text, nothing changes.
 */
import { type Lang, parseSegmentId } from '../../lib/paper/model.ts';
import { alignmentPath } from '../../lib/routes.ts';
import { fetchOnce } from '../fetch-once.ts';
import { SENTENCE_KEYS } from '../key-bindings.ts';
import { BACK_LINK } from './back-link.ts';
import { fragmentId } from './fragment.ts';

/** The paper's segment lengths as fetched (anything: they are checked unit by unit), or undefined if they cannot be had (asked again at the next page shown). */
const lengths = (paper: string): Promise<unknown> => fetchOnce<unknown>(alignmentPath(paper)).catch(() => undefined);

/** More segments than any paragraph has: a list longer than this is not the build's. */
const MOST_SEGMENTS = 1000;

/** One segment's length in each language: a positive whole number, no more than a page holds. */
const isLength = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

/**
 * A unit's entry of the fetched lengths, if it is what the build writes: as many segments in each language
 * (at least one), each a positive whole number. Anything else (wrong types, negative or huge numbers,
 * unequal counts) leaves that unit as it is, and only that unit.
 */
function unitLengths(data: unknown, unit: string): Record<Lang, number[]> | undefined {
	if (typeof data !== 'object' || data === null || !Object.hasOwn(data, unit)) return undefined;
	const entry: unknown = (data as Record<string, unknown>)[unit];
	if (typeof entry !== 'object' || entry === null) return undefined;
	const { zh, en } = entry as Record<string, unknown>;
	const valid = (sizes: unknown): sizes is number[] => Array.isArray(sizes) && sizes.length > 0 && sizes.length <= MOST_SEGMENTS && sizes.every(isLength);
	return valid(zh) && valid(en) && zh.length === en.length ? { zh, en } : undefined;
}

/** The language blocks of a unit: the unit itself in one language, or its children with a `lang`. */
const blocks = (unit: HTMLElement): HTMLElement[] => (unit.lang ? [unit] : [...unit.querySelectorAll<HTMLElement>(':scope > [lang]')]);

const langOf = (block: HTMLElement): Lang => (block.lang.startsWith('zh') ? 'zh' : 'en');

/**
 * Wraps the first `sum(lengths)` characters of `block` in one span per segment. Segments end between
 * inline elements (the build checks it), so only text nodes are split. False, and the block as it was,
 * if its text is shorter than the lengths say.
 */
function wrapBlock(block: HTMLElement, sizes: readonly number[], unitId: string, withIds: boolean): boolean {
	const spans = sizes.map((_, i) => {
		const span = document.createElement('span');
		span.className = 'seg';
		span.dataset['seg'] = String(i + 1);
		span.style.setProperty('--n', String(i));
		if (withIds) span.id = `${unitId}.${i + 1}`;
		return span;
	});
	const nodes = [...block.childNodes];
	let i = 0;
	let room = sizes[0]!;
	block.insertBefore(spans[0]!, nodes[0] ?? null);
	for (let node of nodes) {
		if (node instanceof Element && node.matches(`.unit-tools, ${BACK_LINK}`)) break;
		while (node instanceof Text && node.data.length > room && i < sizes.length - 1) {
			const rest = node.splitText(room);
			spans[i]!.append(node);
			spans[i]!.after(spans[++i]!);
			node = rest;
			room = sizes[i]!;
		}
		spans[i]!.append(node);
		room -= node.textContent?.length ?? 0;
		while (room <= 0 && i < sizes.length - 1) {
			spans[i]!.after(spans[++i]!);
			room += sizes[i]!;
		}
		if (room <= 0 && i === sizes.length - 1) break;
	}
	if (room > 0 || i < sizes.length - 1) {
		for (const span of spans) span.replaceWith(...span.childNodes);
		block.normalize();
		return false;
	}
	return true;
}

/** The units whose segments are wrapped (or could not be): each is wrapped once, whichever call comes first. */
const wrapped = new WeakSet<HTMLElement>();

/**
 * Wraps the segments of the units on the page now shown: of the unit `only` names, or of every unit (which
 * marks the article `data-segmented`); resolves when done (at once if already done, or if it cannot be).
 */
export async function wrapSegments(only?: string): Promise<void> {
	const article = document.querySelector<HTMLElement>('article.paper');
	const paper = article?.dataset['paper'];
	if (!article || !paper || 'segmented' in article.dataset) return;
	const data = await lengths(paper);
	if (!data || !article.isConnected || 'segmented' in article.dataset) return;
	if (!only) article.dataset['segmented'] = '';
	// Wrapping moves the text's nodes: a link among them that has focus (the marker a way back landed on) keeps it.
	const focused = document.activeElement;
	for (const unit of article.querySelectorAll<HTMLElement>('[data-unit]')) {
		if ((only && unit.id !== only) || wrapped.has(unit)) continue;
		wrapped.add(unit);
		const sizes = unitLengths(data, unit.id);
		if (sizes) blocks(unit).forEach((block, i) => wrapBlock(block, sizes[langOf(block)], unit.id, i === 0));
	}
	if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus({ preventScroll: true });
}

/** The segment `el` is in, if any. */
export const segmentOf = (el: EventTarget | null): HTMLElement | undefined =>
	el instanceof Element ? (el.closest<HTMLElement>('.seg') ?? undefined) : undefined;

/** A segment's partners: itself and the segment of the same number in the unit's other language. */
export function partners(seg: HTMLElement): HTMLElement[] {
	const unit = seg.closest<HTMLElement>('[data-unit]');
	return unit ? [...unit.querySelectorAll<HTMLElement>(`.seg[data-seg="${seg.dataset['seg']}"]`)] : [seg];
}

/** The id of a segment (its first language's span carries it). */
export function segmentIdOf(seg: HTMLElement): string {
	return partners(seg).find((s) => s.id)?.id ?? '';
}

/** The segment chosen by a tap, a click, the keyboard or a link: marked until another is chosen. */
let chosen: HTMLElement | undefined;

/** Marks `seg` and its partner (or nothing), unmarking what was marked. */
function mark(seg: HTMLElement | undefined): void {
	for (const el of document.querySelectorAll('.seg[data-mark]')) delete (el as HTMLElement).dataset['mark'];
	if (seg) for (const el of partners(seg)) el.dataset['mark'] = '';
}

/** Chooses `seg` (or nothing): marked, and the segment a cite control or J/K starts from. */
export function choose(seg: HTMLElement | undefined): void {
	chosen = seg;
	mark(seg);
	document.dispatchEvent(new CustomEvent('segment:chosen', { detail: seg }));
}

/** The chosen segment, if it is still on the page. */
export const chosenSegment = (): HTMLElement | undefined => (chosen?.isConnected ? chosen : undefined);

/** The segments in reading order, one per pair: those that carry the id. */
const stops = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('article.paper .seg[id]')];

/**
 * Focuses a segment, choosing it. Only a segment reached so is focusable: were they all, a press on a
 * sentence would focus it, and a selection dragged from its first letter would not start.
 */
function focusSegment(seg: HTMLElement): void {
	seg.tabIndex = -1;
	seg.focus({ preventScroll: true });
}

/** Focuses a segment below the header, choosing it. */
function go(seg: HTMLElement): void {
	focusSegment(seg);
	seg.scrollIntoView({ block: 'nearest' });
	choose(seg);
}

/** J or K: the next or previous segment from the chosen one, or from the first in view. */
function step(forward: boolean): void {
	const all = stops();
	if (all.length === 0) return;
	const current = chosenSegment();
	const from = current ? all.indexOf(partners(current).find((s) => s.id) ?? current) : -1;
	let next: HTMLElement | undefined;
	if (from >= 0) next = all[from + (forward ? 1 : -1)];
	else {
		const top = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-height')) || 0;
		next = all.find((s) => s.getBoundingClientRect().bottom > top) ?? all[0];
	}
	if (next) go(next);
}

/** The unit whose sentence the URL names (`s2-1-p3` of `#s2-1-p3.2`), if it names one. */
export const segmentLinkUnit = (): string | undefined => parseSegmentId(fragmentId())?.unit;

/**
 * A segment permalink in the URL (`#s2-1-p3.2`, which no element of the HTML carries): its paragraph at
 * once, then, once the segments are wrapped, the sentence, scrolled to, focused and chosen.
 */
export function arriveAtSegment(): void {
	const named = parseSegmentId(fragmentId());
	if (!named) return;
	const target = document.getElementById(`${named.unit}.${named.index + 1}`) ?? document.getElementById(named.unit);
	if (!target) return;
	// The page opened on its paragraph (the inline script of layouts/Base.astro): what is already on the screen,
	// wholly or from the upper half down, is marked where it stands, so nothing jumps.
	const box = target.getBoundingClientRect();
	const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
	if (box.top < top - 1 || (box.bottom > innerHeight && box.top > innerHeight / 2)) target.scrollIntoView();
	focusSegment(target);
	if (target.matches('.seg')) choose(target);
}

const typing = (target: EventTarget | null): boolean =>
	target instanceof Element && target.closest('input, textarea, select, [contenteditable], dialog') !== null;

export function setUpSegments(): void {
	// A mouse marks what it is over; touch and pen mark by tapping (a hover there would be the tap itself).
	document.addEventListener('pointerover', (event) => {
		if (event.pointerType !== 'mouse') return;
		const seg = segmentOf(event.target);
		if (seg) mark(seg);
	});
	document.addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'mouse' || segmentOf(event.relatedTarget)) return;
		mark(chosenSegment());
	});
	document.addEventListener('focusin', (event) => {
		const seg = segmentOf(event.target);
		if (seg) choose(seg);
	});
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('a, button, .unit-tools, .note-popover') || String(getSelection() ?? '')) return;
		choose(segmentOf(target));
	});
	document.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
		if (event.key === SENTENCE_KEYS.next || event.key === SENTENCE_KEYS.previous) {
			if (!document.querySelector('article.paper .seg')) return;
			event.preventDefault();
			step(event.key === SENTENCE_KEYS.next);
		} else if (event.key === SENTENCE_KEYS.unmark && chosenSegment() && !document.querySelector(':popover-open')) {
			choose(undefined);
		}
	});
}
