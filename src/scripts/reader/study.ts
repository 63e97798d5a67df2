/**
 * Study: reading one language, a sentence's partner shown beside it on a
 * tap, a click, J/K, or a mouse's hover, without leaving the page. A reader's
 * setting (`data-study="on"`), for the one-language modes. The partner floats
 * below the sentence, in a popover that takes no focus and moves no text, so
 * that a pointer sweeping over the text does not make it jump. The texts come
 * from the paper's aligned download (one row per segment), fetched once.
 */
import type { AlignedDownload, SegmentRow } from '../../lib/downloads.ts';
import type { Lang } from '../../lib/paper/model.ts';
import { downloadPath } from '../../lib/routes.ts';
import { fetchOnce } from '../fetch-once.ts';
import { chosenSegment, segmentIdOf, segmentOf } from './segments.ts';

/** The segments' texts by id, from the paper's aligned download (shared with citation.ts), or undefined if it cannot be had. */
const segmentTexts = (paper: string): Promise<Map<string, SegmentRow> | undefined> =>
	fetchOnce<AlignedDownload>(downloadPath(`${paper}.json`)).then(
		(data) => new Map((data.segments ?? []).map((row) => [row.id, row])),
		() => undefined,
	);

/** The language the page shows, when it shows one only and study is on. */
function studied(): Lang | undefined {
	const mode = document.querySelector<HTMLElement>('article.paper')?.dataset['mode'];
	return document.documentElement.dataset['study'] === 'on' && (mode === 'zh' || mode === 'en') ? mode : undefined;
}

function box(): HTMLElement {
	let el = document.getElementById('study-partner');
	if (!el) {
		el = document.createElement('div');
		el.id = 'study-partner';
		el.className = 'study-partner';
		el.popover = 'manual';
		el.setAttribute('role', 'note');
		document.querySelector('article.paper')?.append(el);
	}
	return el;
}

let shown: HTMLElement | undefined;

/** Shows the partner of `seg` below it, or hides the box. */
async function reveal(seg: HTMLElement | undefined): Promise<void> {
	const lang = studied();
	const paper = document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];
	if (!seg || !lang || !paper || !('showPopover' in HTMLElement.prototype)) {
		shown = undefined;
		document.getElementById('study-partner')?.hidePopover();
		return;
	}
	shown = seg;
	const row = (await segmentTexts(paper))?.get(segmentIdOf(seg));
	if (shown !== seg || !row) return;
	const partner: Lang = lang === 'zh' ? 'en' : 'zh';
	const el = box();
	el.lang = partner === 'zh' ? 'zh-CN' : 'en';
	el.textContent = row[partner];
	if (!el.matches(':popover-open')) el.showPopover();
	// Below the sentence's last line, as wide as its paragraph; above it if the screen has no room below.
	const lines = seg.getClientRects();
	const last = lines[lines.length - 1] ?? seg.getBoundingClientRect();
	const block = seg.parentElement!.getBoundingClientRect();
	el.style.inlineSize = `${Math.min(block.width, 40 * 16)}px`;
	el.style.insetInlineStart = `${block.left + scrollX}px`;
	const below = last.bottom + 6;
	const top = below + el.offsetHeight < innerHeight ? below : Math.max(lines[0]!.top - el.offsetHeight - 6, 8);
	el.style.insetBlockStart = `${top + scrollY}px`;
}

export function setUpStudy(): void {
	document.addEventListener('segment:chosen', (event) => void reveal((event as CustomEvent<HTMLElement | undefined>).detail));
	document.addEventListener('pointerover', (event) => {
		if (event.pointerType !== 'mouse' || !studied()) return;
		const seg = segmentOf(event.target);
		if (seg && seg !== shown) void reveal(seg);
	});
	document.addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'mouse' || !studied() || segmentOf(event.relatedTarget) || (event.relatedTarget as Element | null)?.closest?.('.study-partner'))
			return;
		void reveal(chosenSegment());
	});
}
