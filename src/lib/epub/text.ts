/**
 * The paper's text as the book's chapters: the title and the opening (the
 * abstract, the introduction), then one chapter per section (`<H2>`), each
 * unit in the edition's languages, every block marked with its language.
 * Notes are EPUB footnotes (`<aside epub:type="footnote">`) at the end of the
 * chapter that first marks them, each opening with its number, a link back
 * to its marker; in the bilingual edition each language's note returns to
 * that language's marker. A note the source lacks says so; translator's notes
 * (English only) are footnotes too, marked as the editors'.
 */
import type { PhrasingContent } from 'mdast';
import { escapeHtml } from '../escape.ts';
import { colon, langTags, markerLabels, t, uiTag } from '../i18n.ts';
import { type InlineContext, renderInline } from '../paper/inline.ts';
import type { Lang, Note, Paper, TranslatorNote, Unit } from '../paper/model.ts';
import { plainText } from '../paper/plain-text.ts';
import type { EpubEdition } from './editions.ts';
import { label, uiFor } from './labels.ts';

export interface Chapter {
	file: string;
	/** Its title, for the document's `<title>`. */
	title: string;
	/** The `lang` of the document. */
	lang: string;
	body: string;
	/** Its name in the contents, as HTML with its languages marked (the back matter's). */
	label?: string;
	/** Its landmark (`glossary`, `bibliography`, `colophon`), if it is one. */
	landmark?: string;
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** The id a marker carries, which its note links back to: the English markers of the bilingual edition have their own. */
const ownMarkers = (edition: EpubEdition, lang: Lang): boolean => edition.langs.length > 1 && lang === 'en';
const markerId = (edition: EpubEdition, lang: Lang, id: string): string => (ownMarkers(edition, lang) ? `ref-en-${id}` : `ref-${id}`);

/** A language's inline content as the book's HTML: the site's renderer, every marker carrying its id. */
function inline(paper: Paper, edition: EpubEdition, lang: Lang, nodes: readonly PhrasingContent[]): string {
	const context: InlineContext = { paper: paper.text, lang, backTargets: true, labels: markerLabels(uiFor(edition, lang)) };
	const html = renderInline(nodes, context);
	// (The quote in a group, so that tests/unit/page-ids.test.ts does not take the pattern for an id.)
	return ownMarkers(edition, lang) ? html.replace(/ id=(")ref-/g, ' id=$1ref-en-') : html;
}

/** The notes and translator's notes marked in `nodes`, in order. */
function markers(nodes: readonly PhrasingContent[], found: { notes: string[]; tns: string[] }): void {
	for (const node of nodes) {
		if (node.type === 'mdxJsxTextElement') {
			const name = node.name === 'Ref' ? 'to' : 'id';
			const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
			if (typeof value === 'string') (node.name === 'Ref' ? found.notes : found.tns).push(value);
		}
		if ('children' in node) markers(node.children as PhrasingContent[], found);
	}
}

function unitHtml(paper: Paper, edition: EpubEdition, unit: Unit): string {
	const tags = langTags(edition.uis[0]!);
	const html = (lang: Lang) => inline(paper, edition, lang, unit.text[lang]);
	const byAuthor =
		unit.rendering === 'author' && edition.langs.includes('en')
			? `<p class="editorial by-author" data-editorial="" lang="${uiTag(uiFor(edition, 'en'))}">${escapeHtml(t(uiFor(edition, 'en'), 'authorsAbstract'))}</p>\n`
			: '';
	const by = (lang: Lang) => (lang === 'en' && unit.rendering === 'author' ? ' data-by="author"' : '');
	const [single] = edition.langs.length === 1 ? edition.langs : [];
	if (HEADINGS.has(unit.kind)) {
		const inner = single ? html(single) : edition.langs.map((lang) => `<span class="${lang}" lang="${tags[lang]}">${html(lang)}</span>`).join(' ');
		return `<${unit.kind} id="${unit.id}" data-unit=""${single ? ` lang="${tags[single]}"` : ' class="pair"'}>${inner}</${unit.kind}>`;
	}
	if (single) return `${byAuthor}<p id="${unit.id}" data-unit="" class="${unit.kind}" lang="${tags[single]}"${by(single)}>${html(single)}</p>`;
	const paras = edition.langs.map((lang) => `<p lang="${tags[lang]}"${by(lang)}>${html(lang)}</p>`).join('\n');
	return `${byAuthor}<div id="${unit.id}" data-unit="" class="pair ${unit.kind}">\n${paras}\n</div>`;
}

/** A note as a footnote: in each language, its number linking back to the marker, then its text (or that the source lacks it). */
function noteAside(paper: Paper, edition: EpubEdition, note: Note): string {
	const tags = langTags(edition.uis[0]!);
	const paras = edition.langs.map((lang) => {
		const back = `<a class="backref" href="#${markerId(edition, lang, note.id)}">${note.number}</a>`;
		const ui = uiFor(edition, lang);
		const text = note.missing
			? `<span class="editorial" data-editorial="" lang="${uiTag(ui)}">${escapeHtml(t(ui, 'missingNote'))}</span>`
			: inline(paper, edition, lang, note.text[lang]);
		return `<p lang="${tags[lang]}">${back} ${text}</p>`;
	});
	return `<aside id="${note.id}" data-unit="" epub:type="footnote" role="doc-footnote" class="footnote${note.missing ? ' is-missing' : ''}">\n${paras.join('\n')}\n</aside>`;
}

/** A translator's note as a footnote, labelled as the editors': `T1 [Translator’s note] …`. */
function translatorAside(paper: Paper, edition: EpubEdition, note: TranslatorNote): string {
	const back = `<a class="backref" href="#${markerId(edition, 'en', note.id)}">T${note.number}</a>`;
	const mark = `<span class="editorial-mark" data-editorial="">[${label(edition, 'translatorNote')}]</span>`;
	return `<aside id="${note.id}" epub:type="footnote" role="doc-footnote" class="footnote translator-note editorial">\n<p lang="en">${back} ${mark} ${inline(paper, edition, 'en', note.content)}</p>\n</aside>`;
}

/** The title block: the title in each language, and, when it is the editors', the mark that says so. */
function titleBlock(paper: Paper, edition: EpubEdition): string {
	const tags = langTags(edition.uis[0]!);
	const { title } = paper.meta;
	const spans = edition.langs.map((lang) => `<span class="${lang}" lang="${tags[lang]}">${escapeHtml(title[lang])}</span>`).join(' ');
	const marks = title.editorial
		? edition.uis.map(
				(ui) =>
					`<p class="editorial-mark" data-editorial="" lang="${uiTag(ui)}">${escapeHtml(`${t(ui, 'editorialTitle')}${colon(ui)}${t(ui, 'editorialTitleNote')}`)}</p>`,
			)
		: [];
	return `<header epub:type="titlepage" class="title-block">\n<h1${edition.langs.length > 1 ? ' class="pair"' : ''}>${spans}</h1>\n${marks.join('\n')}\n</header>`;
}

/** The chapters of the text, the footnotes in each; the file of the opening is `text.xhtml`, a section's `text-{id}.xhtml`. */
export function textChapters(paper: Paper, edition: EpubEdition): Chapter[] {
	const groups: Unit[][] = [];
	for (const unit of paper.text.units) {
		if (unit.kind === 'h2' || groups.length === 0) groups.push([]);
		groups.at(-1)!.push(unit);
	}
	const notes = new Map(paper.text.notes.map((n) => [n.id, n]));
	const tns = new Map(edition.langs.includes('en') ? paper.text.translatorNotes.map((n) => [n.id, n]) : []);
	const placed = new Set<string>();
	const lang = uiTag(edition.uis[0]!);
	const chapters = groups.map((units, i) => {
		const found = { notes: [] as string[], tns: [] as string[] };
		for (const unit of units) for (const l of edition.langs) markers(unit.text[l], found);
		// A note's own markers (a translator's note on a note) go with it.
		for (const id of found.notes) if (notes.has(id)) for (const l of edition.langs) markers(notes.get(id)!.text[l], found);
		const asides = [
			...[...new Set(found.notes)].filter((id) => notes.has(id) && !placed.has(id)).map((id) => (placed.add(id), noteAside(paper, edition, notes.get(id)!))),
			...[...new Set(found.tns)].filter((id) => tns.has(id) && !placed.has(id)).map((id) => (placed.add(id), translatorAside(paper, edition, tns.get(id)!))),
		];
		const head = units[0]!;
		const first = i === 0;
		const body = [
			...(first ? [titleBlock(paper, edition)] : []),
			`<section epub:type="${first ? 'preamble' : 'chapter'}">`,
			...units.map((unit) => unitHtml(paper, edition, unit)),
			'</section>',
			...(asides.length ? ['<section class="footnotes">', ...asides, '</section>'] : []),
		];
		const title = first ? paper.meta.title[edition.langs[0]!] : edition.langs.map((l) => plainText(head.text[l])).join(' ');
		return { file: first ? 'text.xhtml' : `text-${head.id}.xhtml`, title, lang, body: body.join('\n') };
	});
	// Nothing lost: a note no marker of the shown text reaches still goes into the book, after the last section.
	const left = [
		...[...notes.values()].filter((n) => !placed.has(n.id)).map((n) => noteAside(paper, edition, n)),
		...[...tns.values()].filter((n) => !placed.has(n.id)).map((n) => translatorAside(paper, edition, n)),
	];
	if (left.length) chapters.at(-1)!.body += `\n<section class="footnotes">\n${left.join('\n')}\n</section>`;
	return chapters;
}
