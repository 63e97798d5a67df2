/**
 * Each unit's tools: a permalink (a click copies it), a cite control and,
 * where the site takes reports, "report an error" (report.ts).
 * On a wide screen they stand in the margin beside the unit, shown on
 * hover and focus; on a phone, where there is no margin and nothing may
 * cover the text, a tap on a unit shows them in a row below it, and a tap
 * elsewhere hides them.
 */
import { reportButton } from './report.ts';
import { label, pageLang } from './strings.ts';

/** Adds the tools to every unit and note of the page now shown (again after a swap), once. */
export function addUnitTools(): void {
	for (const unit of document.querySelectorAll<HTMLElement>('.text > [id], .note-list > li[id]')) {
		if (unit.querySelector(':scope > .unit-tools')) continue;
		const tools = document.createElement('span');
		tools.className = 'unit-tools';
		const link = document.createElement('a');
		link.className = 'permalink';
		link.href = `#${unit.id}`;
		link.setAttribute('aria-label', label('permalink'));
		link.lang = pageLang();
		link.dataset['copiedLabel'] = label('copied');
		link.textContent = '¶';
		const cite = document.createElement('button');
		cite.type = 'button';
		cite.className = 'cite-unit';
		cite.setAttribute('aria-label', label('citeParagraph'));
		cite.textContent = label('citeShort');
		tools.append(link, cite);
		const report = reportButton();
		if (report) tools.append(report);
		unit.append(tools);
	}
}

/** The unit whose tools a tap has shown (narrow screens). */
let active: HTMLElement | undefined;

export function setUpUnitTools(): void {
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		const permalink = target.closest<HTMLAnchorElement>('a.permalink');
		if (permalink) {
			navigator.clipboard?.writeText(permalink.href).then(
				() => {
					permalink.dataset['copied'] = '';
					setTimeout(() => delete permalink.dataset['copied'], 1500);
				},
				() => {},
			);
			return;
		}
		// A tap on a unit's text (not on a link or a control, nor the end of a selection) shows its tools on a phone.
		if (!matchMedia('(max-width: 40rem)').matches || target.closest('a, button, .unit-tools') || String(getSelection() ?? '')) return;
		const unit = target.closest<HTMLElement>('.text > [id], .note-list > li[id]') ?? undefined;
		if (active && active !== unit) delete active.dataset['active'];
		active = unit && !('active' in unit.dataset) ? unit : undefined;
		if (active) active.dataset['active'] = '';
		else if (unit) delete unit.dataset['active'];
	});
}
