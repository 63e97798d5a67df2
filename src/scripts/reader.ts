/**
 * Enhancements of a reading page; the page reads fully without them.
 * - switching mode or language keeps the unit at the top of the screen,
 *   swapping the page in place (falling back to a plain link);
 * - a permalink control on every unit, copying its URL;
 * - notes in a popover, focus moved in and returned on close;
 * - the current section marked in the contents, previous/next section.
 * Everything is delegated from `document` or redone by `enhance()` after a
 * swap, so that a swapped-in page behaves as a loaded one.
 */

import { markSearchArrival } from './highlight';

const UNIT_ANCHORS = '.text > [id], .note-list > li[id]';

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
		openNote(marker);
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

function openNote(marker: HTMLAnchorElement): void {
	const popover = document.getElementById('note-popover');
	const id = marker.hash.slice(1);
	const note = document.getElementById(id);
	if (!popover || !note || !('showPopover' in popover)) {
		location.hash = id;
		return;
	}
	// In paired modes a note holds both languages: show the marker's own.
	const lang = marker.closest('[lang]')?.getAttribute('lang');
	const source = note.querySelector(`:scope > [lang="${lang}"]`) ?? note;
	const body = popover.querySelector('.note-popover-body');
	const content = source.cloneNode(true) as HTMLElement;
	content.querySelectorAll('.backref, .permalink').forEach((el) => el.remove());
	content.removeAttribute('id');
	body?.replaceChildren(content);
	popover.querySelector<HTMLAnchorElement>('.note-popover-go')!.href = `#${id}`;
	const { left, bottom } = marker.getBoundingClientRect();
	popover.style.insetInlineStart = `${Math.max(8, Math.min(left, innerWidth - Math.min(448, innerWidth - 16) - 8))}px`;
	popover.style.insetBlockStart = `${Math.min(bottom + 6, innerHeight - 120)}px`;
	returnFocusTo = marker;
	popover.showPopover();
	popover.focus();
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
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc]')) {
		if (link.dataset['toc'] === id) link.setAttribute('aria-current', 'location');
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
	const label = article.dataset['labelPermalink'] ?? '';
	for (const unit of document.querySelectorAll<HTMLElement>(UNIT_ANCHORS)) {
		const link = document.createElement('a');
		link.className = 'permalink';
		link.href = `#${unit.id}`;
		link.setAttribute('aria-label', label);
		link.setAttribute('lang', document.documentElement.lang);
		link.dataset['copiedLabel'] = article.dataset['labelCopied'] ?? '';
		link.textContent = '¶';
		unit.append(link);
	}
	document.querySelector('.section-steps')?.removeAttribute('hidden');
	if (matchMedia('(min-width: 75rem)').matches) document.querySelector('.toc details')?.setAttribute('open', '');
	document.dispatchEvent(new Event('page:swapped'));
	markCurrent();
	markSearchArrival();
}

enhance();
