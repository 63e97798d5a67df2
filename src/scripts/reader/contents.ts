/**
 * The contents: the current section marked as the reader scrolls (and kept
 * in view in the contents column), and previous/next section buttons.
 */
import { escapeHtml as escape } from '../../lib/escape.ts';
import { label } from './strings.ts';

const headings = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.text > :is(h2, h3, h4)')];

function currentSection(): number {
	const line = innerHeight * 0.3;
	let current = -1;
	headings().forEach((h, i) => {
		if (h.getBoundingClientRect().top < line) current = i;
	});
	return current;
}

/** The heading of the section the reader is in, if any (none above the first). */
export const currentHeading = (): HTMLElement | undefined => headings()[currentSection()];

function markCurrent(): void {
	const id = headings()[currentSection()]?.id;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc li > a[href^="#"]')) {
		const current = link.getAttribute('href') === `#${id}`;
		if (current === link.hasAttribute('aria-current')) continue;
		if (!current) {
			link.removeAttribute('aria-current');
			continue;
		}
		link.setAttribute('aria-current', 'location');
		// Where the contents scroll on their own (the column beside the text), the current entry stays in view.
		const column = link.closest<HTMLElement>('.toc');
		if (column && column.scrollHeight > column.clientHeight) {
			const { top, bottom } = link.getBoundingClientRect();
			const box = column.getBoundingClientRect();
			if (top < box.top || bottom > box.bottom) column.scrollTop += top - box.top - box.height / 3;
		}
	}
}

function stepSection(step: number): void {
	const all = headings();
	const target = all[Math.max(0, Math.min(all.length - 1, currentSection() + step))];
	// Replacing the entry: stepping through sections is not a trail of pages to go Back through.
	if (target) location.replace(`#${target.id}`);
}

/** Runs `update` once per frame while the page scrolls: reading where the reader is costs one layout a frame. */
export function onScrollFrame(update: () => void): void {
	let scheduled = false;
	addEventListener(
		'scroll',
		() => {
			if (scheduled) return;
			scheduled = true;
			requestAnimationFrame(() => {
				scheduled = false;
				update();
			});
		},
		{ passive: true },
	);
}

export function setUpContents(): void {
	onScrollFrame(markCurrent);
	document.addEventListener('click', (event) => {
		const step = (event.target as Element).closest<HTMLButtonElement>('[data-step]');
		if (step) stepSection(Number(step.dataset['step']));
	});
}

/** Adds the previous/next buttons to the page now shown (again after a swap). */
export function enhanceContents(): void {
	const steps = document.createElement('p');
	steps.className = 'section-steps';
	steps.innerHTML = `<button type="button" data-step="-1">‹ ${escape(label('previousSection'))}</button> <button type="button" data-step="1">${escape(label('nextSection'))} ›</button>`;
	// Inside the contents' disclosure: open beside the text on wide screens, closed above it on phones, so
	// that adding the buttons moves no text.
	const details = document.querySelector('.toc details');
	details?.append(steps);
	if (matchMedia('(min-width: 75rem)').matches) details?.setAttribute('open', '');
	markCurrent();
}
