/**
 * A unit's citation, in the edition(s) the page shows: GB/T 7714—2025 and
 * Chicago's note and bibliography entry, each to copy, and the BibTeX, RIS
 * and CSL-JSON files to download; the cite control beside every unit opens
 * it in the popover. The paper's facts come from its aligned-text download,
 * fetched when a citation is first asked for (and asked for again if that
 * failed).
 */
import { type CitableText, chicagoBibliography, chicagoNote, gbt7714 } from '../../lib/cite.ts';
import { bibtex, citationFileName, type CitationFormat, cslJson, ris } from '../../lib/citation-files.ts';
import type { AlignedDownload } from '../../lib/downloads.ts';
import { escapeHtml as escape } from '../../lib/escape.ts';
import { downloadPath, readingPath } from '../../lib/routes.ts';
import { fetchOnce } from '../fetch-once.ts';
import { showPopover } from './popover.ts';
import { chosenSegment, segmentIdOf } from './segments.ts';
import { label } from './strings.ts';

/** What a citation needs of the paper: its aligned download's facts. */
export type PaperFacts = Pick<AlignedDownload, 'title' | 'site' | 'translator' | 'version'>;

/** The paper's facts, from its aligned download (which study.ts reads too: one fetch). */
export const paperFacts = (paper: string): Promise<AlignedDownload> => fetchOnce<AlignedDownload>(downloadPath(`${paper}.json`));

/** The citation of a unit or sentence (`unit.id`; a note with its number) in one edition, each edition cited at its canonical page (the one its own interface shows), whatever page shows it now. */
export function citableText(paper: string, facts: PaperFacts, lang: 'zh' | 'en', unit: { id: string; note?: number }): CitableText {
	const { title, site, translator, version } = facts;
	const edition = (lang: 'zh' | 'en') => new URL(readingPath(lang, paper), location.href).href;
	return {
		lang,
		title: { zh: title.zh, en: title.en },
		editorialTitle: title.editorial,
		siteName: site,
		urls: { zh: edition('zh'), en: edition('en') },
		accessed: new Date(),
		unit,
		...(lang === 'en' ? { translator: translator.en } : {}),
		key: paper,
		...(version ? { version } : {}),
	};
}

/** A note's number: its place in the list (NoteList.astro); 0 for any other unit. */
export const noteNumberOf = (unit: HTMLElement): number => (unit.tagName === 'LI' ? [...unit.parentElement!.children].indexOf(unit) + 1 : 0);

/** The files offered, each by the name a reader knows it by, and how it is made. */
const FILES: [CitationFormat, string, (text: CitableText) => string][] = [
	['bib', 'BibTeX', bibtex],
	['ris', 'RIS', ris],
	['csl.json', 'CSL-JSON', cslJson],
];

/**
 * Opens the citation of the unit whose cite control `button` is: of its chosen sentence, if the reader has
 * chosen one there (segments.ts) and the unit has several, with a button to cite the whole unit instead.
 */
async function openCitation(button: HTMLElement, wholeUnit = false): Promise<void> {
	const article = document.querySelector<HTMLElement>('article.paper');
	const unit = button.closest<HTMLElement>('[id]');
	const paper = article?.dataset['paper'];
	if (!article || !unit || !paper) return;
	const chosen = chosenSegment();
	const sentence = !wholeUnit && chosen && unit.contains(chosen) && unit.querySelector('.seg[data-seg="2"]') ? segmentIdOf(chosen) : undefined;
	const facts = await paperFacts(paper);
	const mode = article.dataset['mode'];
	const langs: readonly ('zh' | 'en')[] = mode === 'zh' || mode === 'en' ? [mode] : ['zh', 'en'];
	const noteNumber = noteNumberOf(unit);
	const block = document.createElement('div');
	block.className = 'unit-citation';
	for (const lang of langs) {
		const text = citableText(paper, facts, lang, { id: sentence ?? unit.id, ...(noteNumber ? { note: noteNumber } : {}) });
		const files = FILES.map(
			([format, name, make]) =>
				`<a download="${citationFileName(text, format)}" href="${URL.createObjectURL(new Blob([make(text)], { type: 'text/plain' }))}">${name}</a>`,
		);
		// Each style named, each with a button that copies it.
		const style = (name: string, citation: string, citationLang: string) =>
			`<dt>${name}</dt><dd><span lang="${citationLang}">${escape(citation)}</span> <button type="button" class="copy-citation" aria-label="${escape(`${label('copy')} ${name}`)}">${escape(label('copy'))}</button></dd>`;
		const section = document.createElement('section');
		section.innerHTML = `<h2>${escape(label(lang === 'zh' ? 'citeOriginal' : 'citeTranslation'))}</h2><dl>${style('GB/T 7714—2025', gbt7714(text), lang === 'zh' ? 'zh-CN' : 'en')}${style(label('styleChicagoNote'), chicagoNote(text), 'en')}${style(label('styleChicagoBibliography'), chicagoBibliography(text), 'en')}</dl><p>${label('download')} ${files.join(' · ')}</p>`;
		block.append(section);
	}
	if (sentence) {
		const whole = document.createElement('button');
		whole.type = 'button';
		whole.className = 'cite-whole';
		whole.textContent = label('citeWholeParagraph');
		whole.addEventListener('click', () => void openCitation(button, true));
		block.prepend(Object.assign(document.createElement('p'), { className: 'cite-scope', textContent: `${label('citeSentence')} · ` }));
		block.firstElementChild!.append(whole);
	}
	showPopover(button, block);
}

export function setUpCitations(): void {
	document.addEventListener('click', (event) => {
		const copy = (event.target as Element).closest<HTMLButtonElement>('.copy-citation');
		if (copy) {
			const citation = copy.previousElementSibling?.textContent ?? '';
			navigator.clipboard?.writeText(citation).then(
				() => {
					copy.textContent = label('copiedShort');
					setTimeout(() => (copy.textContent = label('copy')), 1500);
				},
				() => {},
			);
			return;
		}
		const cite = (event.target as Element).closest<HTMLElement>('button.cite-unit');
		if (!cite) return;
		cite.setAttribute('aria-busy', 'true');
		openCitation(cite)
			.catch(() => showPopover(cite, Object.assign(document.createElement('p'), { textContent: label('citeFailed') })))
			.finally(() => cite.removeAttribute('aria-busy'));
	});
}
