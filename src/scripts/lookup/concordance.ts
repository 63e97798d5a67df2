/**
 * The glossary concordance: every occurrence of a key term on the page, in
 * each language shown (its Chinese in the page's script, its English in any
 * of its word forms), marked with the CSS Custom Highlight API (the text is
 * not changed), counted, and placed on a strip across the foot of the
 * screen that shows where in the paper they fall (a click on it goes to the
 * nearest), with buttons that step from one to the next. Counted as the model counts them (`termOccurrences`,
 * src/lib/paper/terms.ts): the text and the notes, each language in its own
 * block, the title and the translator's notes apart.
 */
import { escapeHtml } from '../../lib/escape.ts';
import { colon, langTags, lookupStrings } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/paper/model.ts';
import { chineseMatches, englishForms } from '../../lib/paper/term-forms.ts';
import { fillingLabeller, pageLocale } from '../interface-strings.ts';
import { BACK_LINK } from '../reader/back-link.ts';
import { readTerms, type TermForms, termsPath } from '../search/glossary.ts';

const locale = pageLocale;
const label = fillingLabeller(lookupStrings);

/** The page's paper's terms (one paper a page). */
let terms: Promise<TermForms[]> | undefined;
function loadTerms(paper: string): Promise<TermForms[]> {
	terms ??= fetch(termsPath(paper)).then((r) => (r.ok ? r.json().then(readTerms) : Promise.reject(new Error(String(r.status)))));
	terms.catch(() => (terms = undefined));
	return terms;
}

/** What is not the text: note markers, the unit tools, the editors' labels, the notes' return links. */
const NOT_TEXT = `sup, .unit-tools, [data-editorial], ${BACK_LINK}`;

interface Occurrence {
	unit: HTMLElement;
	place: number;
	lang: Lang;
	range: Range;
}

/** Every occurrence of `term` in the units and notes shown, in reading order; `glossary` is the paper's terms (a longer one holding it is not it). */
export function occurrences(term: TermForms, glossary: readonly TermForms[]): Occurrence[] {
	const units = [...document.querySelectorAll<HTMLElement>('.text > [id], .note-list > li[id]')];
	const english = englishForms(term);
	const found: Occurrence[] = [];
	units.forEach((unit, place) => {
		// Each language in its own block: the unit itself (one language shown) or its children (both).
		const blocks = unit.hasAttribute('lang') ? [unit] : [...unit.querySelectorAll<HTMLElement>(':scope > [lang]')];
		for (const block of blocks) {
			const lang: Lang | undefined = block.lang.startsWith('zh') ? 'zh' : block.lang === 'en' ? 'en' : undefined;
			const hant = block.lang === 'zh-TW';
			if (!lang) continue;
			const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node as Text;
				if (text.parentElement?.closest(NOT_TEXT)) continue;
				const matches =
					lang === 'en'
						? [...(term.en.length ? text.data.matchAll(english) : [])].map((m) => ({ at: m.index, length: m[0].length }))
						: chineseMatches(
								text.data,
								hant ? term.hant : term.zh,
								glossary.map((t) => (hant ? t.hant : t.zh)),
							).map((at) => ({ at, length: term.zh.length }));
				for (const { at, length } of matches) {
					const range = new Range();
					range.setStart(text, at);
					range.setEnd(text, at + length);
					found.push({ unit, place: place / Math.max(1, units.length - 1), lang, range });
				}
			}
		}
	});
	return found;
}

/** Marks every occurrence of the term `id` of this page's paper, with its counts and the strip. */
export async function showConcordance(id: string): Promise<void> {
	const paper = document.querySelector<HTMLElement>('article.paper')?.dataset['paper'];
	if (!paper) return;
	const glossary = (await loadTerms(paper)).filter((t) => t.paper === paper);
	const term = glossary.find((t) => t.id === id);
	if (!term) return;
	document.querySelector('.concordance')?.remove();
	const found = occurrences(term, glossary);
	if ('highlights' in CSS) CSS.highlights.set('concordance', new Highlight(...found.map((f) => f.range)));
	const tags = langTags(locale());
	const count = (lang: Lang) => found.filter((f) => f.lang === lang).length;
	const shown = (['zh', 'en'] as const).filter((lang) => document.querySelector(`.text [lang|="${lang}"]`));
	const bar = document.createElement('section');
	bar.className = 'concordance';
	bar.setAttribute('aria-labelledby', 'concordance-title');
	for (const lang of shown) bar.dataset[`count${lang === 'zh' ? 'Zh' : 'En'}`] = String(count(lang));
	const chinese = tags.zh === 'zh-TW' ? term.hant : term.zh;
	bar.innerHTML = `<p id="concordance-title"><strong><span lang="${tags.zh}">${escapeHtml(chinese)}</span> · <span lang="en">${escapeHtml(term.en[0] ?? '')}</span></strong>${colon(locale())}${shown
		.map((lang) => escapeHtml(label(lang === 'zh' ? 'inChinese' : 'inEnglish', { n: count(lang) })))
		.join(
			' · ',
		)}</p><p class="concordance-steps"><button type="button" data-go="-1">${escapeHtml(label('previous'))}</button> <span class="concordance-at" aria-live="polite"></span> <button type="button" data-go="1">${escapeHtml(label('next'))}</button> <button type="button" class="concordance-close">${escapeHtml(label('close'))}</button></p><div class="concordance-strip" aria-hidden="true"></div>`;
	// One mark per unit and language, at its place in the paper: a picture for the eye; the buttons are the way through.
	const strip = bar.querySelector<HTMLElement>('.concordance-strip')!;
	const seen = new Set<string>();
	for (const f of found) {
		const key = `${f.unit.id} ${f.lang}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const mark = document.createElement('span');
		mark.className = `is-${f.lang}`;
		mark.style.insetInlineStart = `${(f.place * 100).toFixed(2)}%`;
		strip.append(mark);
	}
	const places = [...new Map(found.map((f) => [f.unit.id, f])).values()];
	let at = -1;
	const go = (index: number): void => {
		if (places.length === 0) return;
		at = (index + places.length) % places.length;
		const unit = places[at]!.unit;
		bar.querySelector('.concordance-at')!.textContent = `${at + 1} / ${places.length}`;
		// The browser's own move to the unit, as any in-page link: it lands below the header, marked and focused.
		location.hash = unit.id;
	};
	bar.addEventListener('click', (event) => {
		const target = event.target as Element;
		const step = target.closest<HTMLElement>('[data-go]');
		if (step) go(at + Number(step.dataset['go']));
		else if (target.closest('.concordance-close')) {
			bar.remove();
			CSS.highlights?.delete('concordance');
		} else if (target.closest('.concordance-strip')) {
			// The occurrence nearest the point clicked on the strip.
			const box = strip.getBoundingClientRect();
			const share = (event.clientX - box.left) / box.width;
			const rtl = getComputedStyle(strip).direction === 'rtl';
			const wanted = rtl ? 1 - share : share;
			go(places.reduce((best, f, i) => (Math.abs(f.place - wanted) < Math.abs(places[best]!.place - wanted) ? i : best), 0));
		}
	});
	document.body.append(bar);
}
