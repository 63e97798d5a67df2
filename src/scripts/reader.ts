/**
 * Enhancements of a reading page; the page reads fully without them.
 * - switching mode or language keeps the unit at the top of the screen,
 *   swapping the page in place (falling back to a plain link);
 * - a permalink control on every unit, copying its URL;
 * - notes in a popover, focus moved in and returned on close, and in the
 *   margin where a wide screen leaves room (sidenotes.ts);
 * - the current section marked in the contents, previous/next section.
 * Everything is delegated from `document` or redone by `enhance()` after a
 * swap, so that a swapped-in page behaves as a loaded one.
 */

import { bibtex, type CitableText, chicago, citationFileName, gbt7714, ris, unitLabel } from '../lib/cite';
import { escapeHtml as escape } from '../lib/escape';
import { pick, readerStrings } from '../lib/i18n';
import readerStyles from '../styles/reader.css?inline';
import { markSearchArrival } from './highlight';
import { noteContent } from './note-content';
import { pointAtSidenote, setUpSidenotes } from './sidenotes';

const UNIT_ANCHORS = '.text > [id], .note-list > li[id]';

/** An interface string in the page's language; the strings come with this script, not with every page. */
const label = (key: keyof typeof readerStrings): string => pick(readerStrings, document.documentElement.lang === 'en' ? 'en' : 'zh', key);

/** The unit nearest the top of the screen (below the sticky header), and how far from the top it stands. */
function unitAtTop(): { id: string; offset: number } | undefined {
	const below = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 8;
	for (const el of document.querySelectorAll<HTMLElement>(UNIT_ANCHORS)) {
		const { top, bottom } = el.getBoundingClientRect();
		if (bottom > below) return { id: el.id, offset: top };
	}
	return undefined;
}

function restore(place: { id: string; offset: number } | undefined): void {
	const el = place && document.getElementById(place.id);
	if (el) window.scrollBy(0, el.getBoundingClientRect().top - place.offset);
}

/** Replaces the page with the one at `url`, keeping the reader's place. */
async function swapTo(url: URL, push: boolean): Promise<void> {
	const place = unitAtTop();
	const response = await fetch(url);
	if (!response.ok) throw new Error(String(response.status));
	const next = new DOMParser().parseFromString(await response.text(), 'text/html');
	document.title = next.title;
	document.documentElement.lang = next.documentElement.lang;
	document.body.replaceChildren(...document.adoptNode(next.body).childNodes);
	if (push) history.pushState(null, '', place ? `${url.pathname}#${place.id}` : url.pathname);
	restore(place);
	enhance();
}

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	const link = target.closest<HTMLAnchorElement>('.mode-switch a, a.ui-switch');
	if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
		event.preventDefault();
		swapTo(new URL(link.href), true).catch(() => {
			const place = unitAtTop();
			location.href = place ? `${link.href}#${place.id}` : link.href;
		});
		return;
	}
	const marker = target.closest<HTMLAnchorElement>('.note-ref a, .tn-ref a');
	if (marker) {
		event.preventDefault();
		// A pointer's click is pointed at the note in the margin, if it is there; a key's opens the popover.
		if (event.detail === 0 || !pointAtSidenote(marker)) openNote(marker);
		return;
	}
	const cite = target.closest<HTMLElement>('button.cite-unit');
	if (cite) {
		openCitation(cite).catch(() => {});
		return;
	}
	const permalink = target.closest<HTMLAnchorElement>('a.permalink');
	if (permalink) {
		navigator.clipboard?.writeText(permalink.href).then(() => {
			permalink.dataset['copied'] = '';
			setTimeout(() => delete permalink.dataset['copied'], 1500);
		}, () => {});
		return;
	}
	if (target.closest('.note-popover-go')) document.getElementById('note-popover')?.hidePopover();
	const step = target.closest<HTMLButtonElement>('[data-step]');
	if (step) stepSection(Number(step.dataset['step']));
});

document.addEventListener('search:arrived', markSearchArrival);

addEventListener('popstate', () => {
	swapTo(new URL(location.href), false).catch(() => location.reload());
});

// Notes in a popover ------------------------------------------------------

let returnFocusTo: HTMLElement | undefined;

/** Shows `content` in the page's popover beside `anchor`, focus inside; `go` is where "go to the note" leads, if anywhere. */
function showPopover(anchor: HTMLElement, content: Node, go?: string): boolean {
	if (!('showPopover' in HTMLElement.prototype)) return false;
	const popover = document.getElementById('note-popover') ?? createPopover();
	popover.querySelector('.note-popover-body')?.replaceChildren(content);
	const goLink = popover.querySelector<HTMLAnchorElement>('.note-popover-go')!;
	goLink.hidden = go === undefined;
	goLink.href = go ?? '#';
	const { left, bottom } = anchor.getBoundingClientRect();
	popover.style.insetInlineStart = `${Math.max(8, Math.min(left, innerWidth - Math.min(448, innerWidth - 16) - 8))}px`;
	popover.style.insetBlockStart = `${Math.min(bottom + 6, innerHeight - 160)}px`;
	returnFocusTo = anchor;
	popover.showPopover();
	popover.focus();
	return true;
}

/** The popover that shows notes and citations, made on first use (and again after a swap, which replaces the body). */
function createPopover(): HTMLElement {
	const popover = document.createElement('div');
	popover.id = 'note-popover';
	popover.className = 'note-popover';
	popover.popover = 'auto';
	popover.tabIndex = -1;
	popover.setAttribute('role', 'note');
	popover.innerHTML = `<div class="note-popover-body"></div><p class="note-popover-actions"><a class="note-popover-go" href="#">${escape(label('goToNote'))}</a><button type="button" class="note-popover-close" popovertarget="note-popover" popovertargetaction="hide">${escape(label('closeNote'))}</button></p>`;
	document.querySelector('article.paper')?.append(popover);
	return popover;
}

function openNote(marker: HTMLAnchorElement): void {
	const content = noteContent(marker);
	if (!content) return;
	if (!showPopover(marker, content, marker.hash)) location.hash = marker.hash;
}

interface PaperFacts {
	title: { zh: string; en: string; editorial: boolean };
	site: { zh: string; en: string };
	translator: { en: string };
}
/** The paper's facts for citations, from its aligned-text download: fetched when a citation is first asked for. */
const facts = new Map<string, Promise<PaperFacts>>();
function paperFacts(paper: string): Promise<PaperFacts> {
	if (!facts.has(paper)) facts.set(paper, fetch(`/downloads/${paper}.json`).then((r) => r.json() as Promise<PaperFacts>));
	return facts.get(paper)!;
}

/** A unit's citation, in the edition(s) the page shows, with BibTeX and RIS to download (Chicago names the unit in English, as its entry is English). */
async function openCitation(button: HTMLElement): Promise<void> {
	const article = document.querySelector<HTMLElement>('article.paper');
	const unit = button.closest<HTMLElement>('[id]');
	const paper = article?.dataset['paper'];
	if (!article || !unit || !paper) return;
	const { title, site, translator } = await paperFacts(paper);
	const mode = article.dataset['mode'];
	const langs: readonly ('zh' | 'en')[] = mode === 'zh' || mode === 'en' ? [mode] : ['zh', 'en'];
	// Notes are numbered by their place in the list (NoteList.astro).
	const noteNumber = unit.tagName === 'LI' ? [...unit.parentElement!.children].indexOf(unit) + 1 : undefined;
	const block = document.createElement('div');
	block.className = 'unit-citation';
	for (const lang of langs) {
		const path = mode === 'zh' || mode === 'en' ? location.pathname : `/${lang}/${paper}/`;
		const text: CitableText = {
			lang,
			title: { zh: title.zh, en: title.en },
			editorialTitle: title.editorial,
			siteName: site,
			url: new URL(`${path}#${unit.id}`, location.href).href,
			accessed: new Date(),
			unit: { id: unit.id, label: unitLabel(unit.id, lang, noteNumber) },
			...(lang === 'en' ? { translator: translator.en } : {}),
			key: paper,
		};
		const file = (format: 'bib' | 'ris', body: string) =>
			`<a download="${citationFileName(text, format)}" href="${URL.createObjectURL(new Blob([body], { type: 'text/plain' }))}">${format === 'bib' ? 'BibTeX' : 'RIS'}</a>`;
		const section = document.createElement('section');
		section.innerHTML = `<h2>${escape(label(lang === 'zh' ? 'citeOriginal' : 'citeTranslation'))}</h2><p lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${escape(gbt7714(text))}</p><p lang="en">${escape(chicago({ ...text, unit: { id: unit.id, label: unitLabel(unit.id, 'en', noteNumber) } }))}</p><p>${file('bib', bibtex(text))} · ${file('ris', ris(text))}</p>`;
		block.append(section);
	}
	showPopover(button, block);
}

document.addEventListener(
	'toggle',
	(event) => {
		if ((event.target as Element).id === 'note-popover' && (event as ToggleEvent).newState === 'closed') {
			returnFocusTo?.focus();
			returnFocusTo = undefined;
		}
	},
	true,
);

// Contents: the current section, previous and next ------------------------

const headings = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.text > :is(h2, h3, h4)')];

function currentSection(): number {
	const line = innerHeight * 0.3;
	let current = -1;
	headings().forEach((h, i) => {
		if (h.getBoundingClientRect().top < line) current = i;
	});
	return current;
}

function markCurrent(): void {
	const id = headings()[currentSection()]?.id;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc li > a[href^="#"]')) {
		if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'location');
		else link.removeAttribute('aria-current');
	}
}

function stepSection(step: number): void {
	const all = headings();
	const target = all[Math.max(0, Math.min(all.length - 1, currentSection() + step))];
	if (target) {
		target.scrollIntoView();
		history.replaceState(null, '', `#${target.id}`);
	}
}

let scheduled = false;
addEventListener(
	'scroll',
	() => {
		if (scheduled) return;
		scheduled = true;
		requestAnimationFrame(() => {
			scheduled = false;
			markCurrent();
		});
	},
	{ passive: true },
);

// Per-page set-up, redone after every swap ---------------------------------

function enhance(): void {
	const article = document.querySelector<HTMLElement>('article.paper');
	if (!article) return;
	for (const unit of document.querySelectorAll<HTMLElement>(UNIT_ANCHORS)) {
		const link = document.createElement('a');
		link.className = 'permalink';
		link.href = `#${unit.id}`;
		link.setAttribute('aria-label', label('permalink'));
		link.setAttribute('lang', document.documentElement.lang);
		link.dataset['copiedLabel'] = label('copied');
		link.textContent = '¶';
		const cite = document.createElement('button');
		cite.type = 'button';
		cite.className = 'cite-unit';
		cite.setAttribute('aria-label', label('citeParagraph'));
		cite.textContent = label('citeShort');
		unit.append(link, cite);
	}
	const steps = document.createElement('p');
	steps.className = 'section-steps';
	steps.innerHTML = `<button type="button" data-step="-1">‹ ${escape(label('previousSection'))}</button> <button type="button" data-step="1">${escape(label('nextSection'))} ›</button>`;
	// Inside the contents' disclosure: open beside the text on wide screens, closed above it on phones, so
	// that adding the buttons moves no text.
	document.querySelector('.toc details')?.append(steps);
	if (matchMedia('(min-width: 75rem)').matches) document.querySelector('.toc details')?.setAttribute('open', '');
	setUpSidenotes();
	markCurrent();
	markSearchArrival();
}

// The styles of what this script adds come with it, not with every page (see global.css).
const style = document.createElement('style');
style.textContent = readerStyles;
document.head.append(style);
enhance();
