/**
 * A key term's card, in place: the same card whether the reader followed a
 * glossary term's link in the text (trigger.ts stops the link and asks for
 * it) or looked up a word that is a key term. It holds the term in both
 * scripts (when they differ), its pinyin, the rendering chosen and the
 * glossary's note on it, how often it occurs in each language with a strip
 * that shows where in the paper, a link to its glossary entry and a button
 * that marks every occurrence on the page (the concordance).
 */
import { escapeHtml as escape } from '../../lib/escape.ts';
import { colon, langTags, type Locale, lookupStrings, pick } from '../../lib/i18n.ts';
import type { TermEntry } from '../../lib/paper/words.ts';
import { glossaryPath } from '../../lib/routes.ts';

export function termCardHtml(term: TermEntry, pinyin: string, locale: Locale, paper: string): string {
	const label = (key: keyof typeof lookupStrings, n?: number): string => pick(lookupStrings, locale, key).replace('{n}', String(n ?? ''));
	const tags = langTags(locale);
	const hant = tags.zh === 'zh-TW';
	const [simplified, traditional] = term.forms;
	const [shown, other] = hant ? [traditional, simplified] : [simplified, traditional];
	const otherForm =
		shown === other
			? ''
			: `<span class="term-other"><span class="term-script">${escape(label(hant ? 'formSimplified' : 'formTraditional'))}</span> <span lang="${hant ? 'zh-CN' : 'zh-TW'}">${escape(other)}</span></span>`;
	// One mark per unit, Chinese above and English below, at its place in the paper: a picture for the eye. Placed by
	// `placeMarks`: a style attribute would need 'unsafe-inline' in the Content-Security-Policy.
	const marks = term.at
		.flatMap(([place, langs]) => {
			const at = `${((place / Math.max(1, term.of - 1)) * 100).toFixed(2)}%`;
			return [langs & 1 ? `<span class="is-zh" data-at="${at}"></span>` : '', langs & 2 ? `<span class="is-en" data-at="${at}"></span>` : ''];
		})
		.join('');
	return `<div class="term-card">
		<p class="term-kind">${escape(label('term'))}</p>
		<div class="lookup-head"><span class="lookup-word" lang="${tags.zh}">${escape(shown)}</span>${otherForm}<span class="lookup-pinyin" lang="zh-Latn-pinyin">${escape(pinyin)}</span></div>
		<p class="term-rendering">${escape(label('renderedAs'))}${colon(locale)}<strong lang="en">${escape(term.en)}</strong></p>
		<p class="term-note">${escape(term.note)}</p>
		<p class="term-count">${escape(label('occursIn'))}${escape(label('inChinese', term.count[0]))} · ${escape(label('inEnglish', term.count[1]))}</p>
		<div class="concordance-strip term-strip" aria-hidden="true">${marks}</div>
		<p class="term-actions"><a href="${escape(glossaryPath(locale, paper, term.id))}">${escape(label('glossaryEntry'))}${colon(locale)}<span lang="${tags.zh}">${escape(shown)}</span></a><button type="button" class="lookup-mark" data-term="${escape(term.id)}">${escape(label('markAll'))}</button></p>
	</div>`;
}

/** Places the strip's marks of a card now in the page. */
export function placeMarks(card: Element): void {
	for (const mark of card.querySelectorAll<HTMLElement>('.term-strip [data-at]')) mark.style.insetInlineStart = mark.dataset['at']!;
}
