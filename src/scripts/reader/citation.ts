/**
 * A unit's citation, in the edition(s) the page shows, with BibTeX and RIS
 * to download; the cite control beside every unit opens it in the popover.
 * The paper's facts come from its aligned-text download, fetched when a
 * citation is first asked for (and asked for again if that failed).
 */
import { bibtex, type CitableText, chicago, citationFileName, gbt7714, ris, unitLabel } from '../../lib/cite';
import { escapeHtml as escape } from '../../lib/escape';
import { readingPath } from '../../lib/routes';
import { showPopover } from './popover';
import { label } from './strings';

interface PaperFacts {
	title: { zh: string; en: string; editorial: boolean };
	site: { zh: string; en: string };
	translator: { en: string };
}

const facts = new Map<string, Promise<PaperFacts>>();
function paperFacts(paper: string): Promise<PaperFacts> {
	let known = facts.get(paper);
	if (!known) {
		known = fetch(`/downloads/${paper}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<PaperFacts>) : Promise.reject(new Error(String(r.status)))))
			.catch((error: unknown) => {
				facts.delete(paper);
				throw error;
			});
		facts.set(paper, known);
	}
	return known;
}

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
		const path = mode === 'zh' || mode === 'en' ? location.pathname : readingPath(lang, paper);
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
		// Each style named, each with a button that copies it.
		const style = (name: string, citation: string, citationLang: string) =>
			`<dt>${name}</dt><dd><span lang="${citationLang}">${escape(citation)}</span> <button type="button" class="copy-citation" aria-label="${escape(`${label('copy')} ${name}`)}">${escape(label('copy'))}</button></dd>`;
		const section = document.createElement('section');
		section.innerHTML = `<h2>${escape(label(lang === 'zh' ? 'citeOriginal' : 'citeTranslation'))}</h2><dl>${style('GB/T 7714', gbt7714(text), lang === 'zh' ? 'zh-CN' : 'en')}${style('Chicago', chicago({ ...text, unit: { id: unit.id, label: unitLabel(unit.id, 'en', noteNumber) } }), 'en')}</dl><p>${label('download')} ${file('bib', bibtex(text))} · ${file('ris', ris(text))}</p>`;
		block.append(section);
	}
	showPopover(button, block);
}

export function setUpCitations(): void {
	document.addEventListener('click', (event) => {
		const copy = (event.target as Element).closest<HTMLButtonElement>('.copy-citation');
		if (copy) {
			const citation = copy.previousElementSibling?.textContent ?? '';
			navigator.clipboard?.writeText(citation).then(() => {
				copy.textContent = label('copiedShort');
				setTimeout(() => (copy.textContent = label('copy')), 1500);
			}, () => {});
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
