/**
 * The book's back matter, from the same model and formatters as the site's
 * glossary and about pages: the glossary, the bibliography the editors
 * compiled from the notes, the colophon (what the source is and lacks, how
 * the edition was made, its rights, its versions) and how to cite it. In the
 * bilingual edition each is given in both interface languages.
 */
import { chicagoBibliography, chicagoNote, gbt7714 } from '../cite.ts';
import { citable } from '../downloads.ts';
import { escapeHtml } from '../escape.ts';
import { colon, langTags, type Locale, t, textLang, uiTag } from '../i18n.ts';
import { markChinese, workHtml } from '../paper/inline.ts';
import type { Paper } from '../paper/model.ts';
import { BIBLIOGRAPHIC_FIELDS } from '../paper/schema.ts';
import { aboutPath, glossaryPath } from '../routes.ts';
import { editionNotesHtml } from '../edition-notes.ts';
import { currentVersion } from '../paper/versions.ts';
import type { EpubEdition } from './editions.ts';
import { label, plainLabel } from './labels.ts';
import type { Chapter } from './text.ts';

const text = (ui: Locale, s: string): string => markChinese(escapeHtml(s), textLang(ui));
/** The languages of the edition notes a change names, as the about page names them. */
const LANGUAGE_NAMES = { zh: { zh: '中文', en: '英文' }, en: { zh: 'Chinese', en: 'English' } } as const;
const list = (ui: Locale, items: readonly string[]): string => items.join(textLang(ui) === 'zh' ? '、' : ', ');

/** The glossary, in the order the site's glossary page gives it: by pinyin under a Chinese interface, by headword under the English. */
export function glossaryChapter(paper: Paper, edition: EpubEdition): Chapter {
	const ui = edition.uis[0]!;
	const tags = langTags(ui);
	const pinyin = new Intl.Collator(`${tags.zh}-u-co-pinyin`);
	const terms = [...paper.glossary].sort((a, b) => (textLang(ui) === 'zh' ? pinyin.compare(a.zh, b.zh) : a.en[0]!.localeCompare(b.en[0]!)));
	const entries = terms.map((term) => {
		const notes = edition.uis.map((ui) => {
			const forms =
				term.en.length > 1
					? `${textLang(ui) === 'zh' ? '（' : ' ('}<span lang="en">${escapeHtml(term.en.slice(1).join(', '))}</span>${textLang(ui) === 'zh' ? '）' : ')'}`
					: '';
			return `<p lang="${uiTag(ui)}">${text(ui, term.note[textLang(ui)])}${forms}</p>`;
		});
		return `<dt id="term-${term.id}" epub:type="glossterm"><span lang="${tags.zh}">${escapeHtml(term.zh)}</span> · <span lang="en">${escapeHtml(term.en[0]!)}</span></dt>\n<dd epub:type="glossdef">\n${notes.join('\n')}\n</dd>`;
	});
	const intro = edition.uis.map((ui) => `<p class="editorial" lang="${uiTag(ui)}">${escapeHtml(t(ui, 'glossaryIntro'))}</p>`);
	const body = `<section epub:type="glossary" role="doc-glossary">\n<h2 id="glossary">${label(edition, 'glossary')}</h2>\n${intro.join('\n')}\n<dl class="glossary-list">\n${entries.join('\n')}\n</dl>\n</section>`;
	return { file: 'glossary.xhtml', title: plainLabel(edition, 'glossary'), label: label(edition, 'glossary'), landmark: 'glossary', lang: uiTag(ui), body };
}

/** The works the notes cite, each once, in both languages as the about page gives them, with the notes that cite it. */
export function bibliographyChapter(paper: Paper, edition: EpubEdition): Chapter | undefined {
	if (paper.bibliography.length === 0) return undefined;
	const ui = edition.uis[0]!;
	const tags = langTags(ui);
	const entries = paper.bibliography.map((work) => {
		const notes = paper.text.notes.filter((n) => n.work === work.id).map((n) => `<a href="#${n.id}">${n.number}</a>`);
		return `<li id="work-${work.id}">\n<p lang="${tags.zh}">${workHtml(work).zh}</p>\n<p lang="en">${workHtml(work).en}</p>\n<p class="cited-in">${label(edition, 'citedIn')} ${notes.join(', ')}</p>\n</li>`;
	});
	const intro = edition.uis.map((ui) => `<p class="editorial" lang="${uiTag(ui)}">${escapeHtml(t(ui, 'bibliographyNote'))}</p>`);
	const body = `<section epub:type="bibliography" role="doc-bibliography">\n<h2 id="bibliography">${label(edition, 'bibliography')}</h2>\n${intro.join('\n')}\n<ul class="bibliography">\n${entries.join('\n')}\n</ul>\n</section>`;
	return {
		file: 'bibliography.xhtml',
		title: plainLabel(edition, 'bibliography'),
		label: label(edition, 'bibliography'),
		landmark: 'bibliography',
		lang: uiTag(ui),
		body,
	};
}

/**
 * The edition notes as HTML, as the about page renders them: the editors' license for `{license}`, the headings a
 * level down, and links relative to the about page made absolute (the glossary's kept in the book).
 */
function editionNotes(paper: Paper, ui: Locale, site: URL): string {
	const notes = paper.editions[textLang(ui)];
	if (!notes) return '';
	const about = new URL(aboutPath(ui, paper.id), site);
	return editionNotesHtml(notes, textLang(ui))
		.replace(/<(\/?)h(\d)>/g, (_, close: string, depth: string) => `<${close}h${Math.min(Number(depth) + 1, 6)}>`)
		.replace(/ href="([^"#][^"]*)"/g, (whole, href: string) => {
			if (/^[a-z]+:/i.test(href)) return whole;
			const target = new URL(href.replaceAll('&amp;', '&'), about);
			return target.pathname === glossaryPath(ui, paper.id) ? ' href="#glossary"' : ` href="${escapeHtml(target.href)}"`;
		});
}

/** The versions, newest first, as the about page lists them: each with its date, what it is and what it changed. */
function versionList(paper: Paper, ui: Locale): string {
	if (paper.versions.length === 0) return '';
	const items = [...paper.versions].reverse().map((v, i) => {
		const changes = v.changes.map((c) => {
			const where = [
				...(c.units.length ? [list(ui, c.units)] : []),
				...(c.glossary.length ? [`${t(ui, 'changedGlossary')} (${list(ui, c.glossary)})`] : []),
				...(c.bibliography.length ? [`${t(ui, 'changedBibliography')} (${list(ui, c.bibliography)})`] : []),
				...(c.edition.length
					? [
							`${t(ui, 'changedEdition')} (${list(
								ui,
								c.edition.map((l) => LANGUAGE_NAMES[textLang(ui)][l]),
							)})`,
						]
					: []),
			];
			return `<li>${text(ui, c.what[textLang(ui)])}${where.length ? ` <span class="changed">${escapeHtml(t(ui, 'changedUnits') + where.join(textLang(ui) === 'zh' ? '；' : '; '))}</span>` : ''}</li>`;
		});
		const head = `${t(ui, 'version')} ${v.version} · ${v.date}${i === 0 ? t(ui, 'currentVersion') : ''}`;
		return `<li>\n<h4>${escapeHtml(head)}</h4>\n<p>${text(ui, v.summary[textLang(ui)])}</p>${changes.length ? `\n<ul>\n${changes.join('\n')}\n</ul>` : ''}\n</li>`;
	});
	return `<section class="versions">\n<h3>${escapeHtml(t(ui, 'versions'))}</h3>\n<ol reversed="reversed">\n${items.join('\n')}\n</ol>\n</section>`;
}

/** The colophon in one interface language: the facts of the source and of this edition, the edition notes (with the rights), the versions. */
function colophon(paper: Paper, ui: Locale, site: URL): string {
	const { meta } = paper;
	const lang = textLang(ui);
	const unknown = BIBLIOGRAPHIC_FIELDS.filter((field) => meta.unknown.includes(field));
	const current = currentVersion(paper.versions);
	const row = (term: string, value: string) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`;
	const rows = [
		row(t(ui, 'source'), text(ui, meta.source.description[lang])),
		...(meta.title.editorial ? [row(t(ui, 'titleField'), escapeHtml(t(ui, 'editorialTitleNote')))] : []),
		...(unknown.length
			? [
					row(
						list(
							ui,
							unknown.map((field) => t(ui, `field_${field}`)),
						),
						escapeHtml(t(ui, 'notStated')),
					),
				]
			: []),
		row(
			t(ui, 'translatedBy'),
			text(
				ui,
				[`${meta.translation.by[lang]}${lang === 'zh' ? '。' : '.'}`, t(ui, 'teamRendering'), t(ui, 'authorsAbstractNote')].join(lang === 'zh' ? '' : ' '),
			),
		),
		...(current ? [row(t(ui, 'version'), escapeHtml(`${current.version} · ${current.date}`))] : []),
	];
	const about = new URL(aboutPath(ui, paper.id), site).href;
	const madeFrom = `<p class="made-from">${escapeHtml(t(ui, 'epubMadeFrom'))}${colon(ui)}<a href="${escapeHtml(about)}">${escapeHtml(about)}</a></p>`;
	return [
		`<section class="colophon editorial" lang="${uiTag(ui)}">`,
		`<h2>${escapeHtml(t(ui, 'colophon'))}</h2>`,
		`<dl>${rows.join('\n')}</dl>`,
		madeFrom,
		`<section class="edition">\n${editionNotes(paper, ui, site)}\n</section>`,
		versionList(paper, ui),
		'</section>',
	].join('\n');
}

export function colophonChapter(paper: Paper, edition: EpubEdition, site: URL): Chapter {
	const body = `<section epub:type="colophon" id="colophon">\n${edition.uis.map((ui) => colophon(paper, ui, site)).join('\n')}\n</section>`;
	return {
		file: 'colophon.xhtml',
		title: plainLabel(edition, 'colophon'),
		label: label(edition, 'colophon'),
		landmark: 'colophon',
		lang: uiTag(edition.uis[0]!),
		body,
	};
}

/** How to cite each edition of the text the book holds, as the about page's formatter gives it. */
export function citationChapter(paper: Paper, edition: EpubEdition, site: URL, built: Date): Chapter {
	const tags = langTags(edition.uis[0]!);
	const blocks = edition.langs.map((lang) => {
		const cited = citable(paper, lang, site, built);
		return [
			`<section class="citation">`,
			`<h3>${label(edition, lang === 'zh' ? 'citeOriginal' : 'citeTranslation')}</h3>`,
			'<dl>',
			`<dt>GB/T 7714—2025</dt><dd lang="${tags[lang]}">${markChinese(escapeHtml(gbt7714(cited)), lang)}</dd>`,
			`<dt>${label(edition, 'styleChicagoNote')}</dt><dd lang="en">${markChinese(escapeHtml(chicagoNote(cited)), 'en')}</dd>`,
			`<dt>${label(edition, 'styleChicagoBibliography')}</dt><dd lang="en">${markChinese(escapeHtml(chicagoBibliography(cited)), 'en')}</dd>`,
			'</dl>',
			'</section>',
		].join('\n');
	});
	const note = edition.uis.map((ui) => `<p class="editorial" lang="${uiTag(ui)}">${escapeHtml(t(ui, 'epubCiteNote'))}</p>`);
	const body = `<section id="cite">\n<h2>${label(edition, 'citeThis')}</h2>\n${note.join('\n')}\n${blocks.join('\n')}\n</section>`;
	return { file: 'citation.xhtml', title: plainLabel(edition, 'citeThis'), label: label(edition, 'citeThis'), lang: uiTag(edition.uis[0]!), body };
}
