/**
 * "Report an error", in each unit's tools: a report filled in with what the
 * editors need to find the place (the paper, its version, the unit, the
 * sentence chosen, the page and the text as the reader sees it), with room
 * for the reader's words, sent to the site's issue tracker (a new-issue
 * form that takes `title` and `body`) or, without one, by email. A site
 * configured with neither shows no control. The configuration is built into
 * this script (astro.config.mjs, src/lib/site-config.ts).
 */
import type { ReportConfig } from '../../lib/site-config.ts';
import { escapeHtml as escape } from '../../lib/escape.ts';
import { paperFacts } from './citation.ts';
import { showPopover } from './popover.ts';
import { chosenSegment, segmentIdOf } from './segments.ts';
import { colon } from '../../lib/i18n.ts';
import { label, pageLang } from './strings.ts';

declare const __REPORT_CONFIG__: ReportConfig | undefined;
const config: ReportConfig = typeof __REPORT_CONFIG__ === 'object' && __REPORT_CONFIG__ ? __REPORT_CONFIG__ : {};

/** Whether the site takes reports at all. */
export const reportsTaken = (): boolean => Boolean(config.issues || config.email);

/** A report's text is kept within what every tracker and mail client takes in a URL. */
const MAX_QUOTE = 1500;

/** A unit's text as the page shows it, without the tools, markers' labels and popovers the script added. */
function shownText(element: HTMLElement): string {
	const copy = element.cloneNode(true) as HTMLElement;
	copy.querySelectorAll('.unit-tools, .sidenotes, .study-partner').forEach((el) => el.remove());
	const text = (copy.innerText || copy.textContent || '')
		.replace(/[ \t]+/g, ' ')
		.replace(/\n{2,}/g, '\n')
		.trim();
	return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}

/** What a report says: its title and its body (plain text, for a tracker's form or an email). */
export function reportText(
	facts: { paper: string; title: string; version?: { number: string; date: string } | undefined },
	place: { unit: string; segment?: string | undefined; page: string; text: string },
): { title: string; body: string } {
	const version = facts.version ? `${facts.version.number} (${facts.version.date})` : '—';
	const where = place.segment ?? place.unit;
	const quote = place.text
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
	const c = colon(pageLang());
	return {
		title: `${label('reportTitle')}${c}${facts.paper} ${facts.version?.number ?? ''} ${where}`.replace(/\s+/g, ' ').trim(),
		body: [
			`${label('reportPaper')}${c}${facts.title} (${facts.paper})`,
			`${label('reportVersion')}${c}${version}`,
			`${label('reportUnit')}${c}${place.unit}`,
			`${label('reportSegment')}${c}${place.segment ?? '—'}`,
			`${label('reportPage')}${c}${place.page}`,
			'',
			`${label('reportText')}${c.trim()}`,
			quote,
			'',
			`${label('reportWords')}${c.trim()}`,
			'',
			'',
		].join('\n'),
	};
}

/** Where the report is written: the tracker's form, prefilled, or an email. */
export function reportHref(report: { title: string; body: string }): string | undefined {
	if (config.issues) {
		const url = new URL(config.issues);
		url.searchParams.set('title', report.title);
		url.searchParams.set('body', report.body);
		return url.href;
	}
	if (config.email) return `mailto:${config.email}?subject=${encodeURIComponent(report.title)}&body=${encodeURIComponent(report.body)}`;
	return undefined;
}

/** The report control of a unit's tools, or nothing where the site takes no reports. */
export function reportButton(): HTMLButtonElement | undefined {
	if (!reportsTaken()) return undefined;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'report-unit';
	button.setAttribute('aria-label', label('reportError'));
	button.textContent = label('reportShort');
	return button;
}

async function openReport(button: HTMLElement): Promise<void> {
	const article = document.querySelector<HTMLElement>('article.paper');
	const unit = button.closest<HTMLElement>('[id]');
	const paper = article?.dataset['paper'];
	if (!article || !unit || !paper) return;
	const facts = await paperFacts(paper);
	const chosen = chosenSegment();
	const segment = chosen && unit.contains(chosen) ? chosen : undefined;
	const segmentId = segment ? segmentIdOf(segment) : undefined;
	// The sentence chosen in every language the page shows it in (its partners share its number), else the unit.
	const shown = segment ? [...unit.querySelectorAll<HTMLElement>(`.seg[data-seg="${segment.dataset['seg']}"]`)].map(shownText).join('\n') : shownText(unit);
	const pageLang = document.documentElement.lang;
	const place = { unit: unit.id, segment: segmentId || undefined, page: new URL(`#${segmentId || unit.id}`, location.href).href, text: shown };
	const report = reportText({ paper, title: facts.title[pageLang === 'en' ? 'en' : 'zh'], version: facts.version }, place);
	const href = reportHref(report);
	if (!href) return;
	const block = document.createElement('div');
	block.className = 'unit-report';
	block.innerHTML = `<p>${escape(label('reportIntro'))}</p><pre tabindex="0">${escape(report.body.trim())}</pre><p><a href="${escape(href)}" target="_blank" rel="noopener">${escape(label(config.issues ? 'reportByIssue' : 'reportByEmail'))}</a></p>`;
	showPopover(button, block);
}

export function setUpReports(): void {
	if (!reportsTaken()) return;
	document.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('button.report-unit');
		if (!button) return;
		button.setAttribute('aria-busy', 'true');
		openReport(button)
			.catch(() => showPopover(button, Object.assign(document.createElement('p'), { textContent: label('citeFailed') })))
			.finally(() => button.removeAttribute('aria-busy'));
	});
}
