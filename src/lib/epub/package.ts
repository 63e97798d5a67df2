/**
 * The files that make the chapters a book: the navigation document (the
 * contents, nested as the site's, and the landmarks), the package document
 * (metadata, manifest, spine) and the container that points at it.
 */
import { capitalize } from '../cite.ts';
import { citedVersion } from '../downloads.ts';
import { escapeHtml } from '../escape.ts';
import { langTags, t, uiTag } from '../i18n.ts';
import type { Lang, Paper, Unit } from '../paper/model.ts';
import { plainText } from '../paper/plain-text.ts';
import type { EpubEdition } from './editions.ts';
import { label, plainLabel } from './labels.ts';
import type { Chapter } from './text.ts';
import { xhtmlDocument } from './xhtml.ts';

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

interface NavEntry {
	unit: Unit;
	file: string;
	children: NavEntry[];
}

const LEVEL = { h2: 0, h3: 1, h4: 2 } as const;

/** The headings as a tree, each with the file that holds it (lib/paper/contents.ts nests them so for the site). */
function headingTree(chapters: readonly { file: string; units: readonly Unit[] }[]): NavEntry[] {
	const roots: NavEntry[] = [];
	const path: NavEntry[] = [];
	for (const { file, units } of chapters) {
		for (const unit of units) {
			if (unit.kind !== 'h2' && unit.kind !== 'h3' && unit.kind !== 'h4') continue;
			const level = LEVEL[unit.kind];
			const entry: NavEntry = { unit, file, children: [] };
			path.length = level;
			(path[level - 1]?.children ?? roots).push(entry);
			path[level] = entry;
		}
	}
	return roots;
}

/** The navigation document: the title, every heading as the site numbers and words it, then the back matter; and the landmarks. */
export function navDocument(paper: Paper, edition: EpubEdition, files: { text: Chapter[]; back: Chapter[]; unitFile: (unit: Unit) => string }): string {
	const tags = langTags(edition.uis[0]!);
	const words = (texts: Record<Lang, string>) =>
		edition.langs.length === 1
			? escapeHtml(texts[edition.langs[0]!])
			: edition.langs.map((lang) => `<span lang="${tags[lang]}">${escapeHtml(texts[lang])}</span>`).join(' ');
	const byFile = Map.groupBy(paper.text.units, files.unitFile);
	const tree = headingTree([...byFile].map(([file, units]) => ({ file, units })));
	const render = (entries: NavEntry[]): string =>
		entries
			.map(({ unit, file, children }) => {
				const text = { zh: plainText(unit.text.zh), en: plainText(unit.text.en) };
				return `<li><a href="${file}#${unit.id}">${words(text)}</a>${children.length ? `\n<ol>\n${render(children)}\n</ol>` : ''}</li>`;
			})
			.join('\n');
	const back = files.back.map((c) => `<li><a href="${c.file}">${c.label ?? escapeHtml(c.title)}</a></li>`);
	const landmarks = [
		`<li><a epub:type="toc" href="nav.xhtml#toc">${label(edition, 'contents')}</a></li>`,
		`<li><a epub:type="bodymatter" href="${files.text[0]!.file}">${words(paper.meta.title)}</a></li>`,
		...files.back.flatMap((c) => (c.landmark ? [`<li><a epub:type="${c.landmark}" href="${c.file}">${c.label ?? escapeHtml(c.title)}</a></li>`] : [])),
	];
	const body = [
		'<nav epub:type="toc" id="toc" role="doc-toc">',
		`<h1>${label(edition, 'contents')}</h1>`,
		'<ol>',
		`<li><a href="${files.text[0]!.file}">${words(paper.meta.title)}</a></li>`,
		render(tree),
		...back,
		'</ol>',
		'</nav>',
		'<nav epub:type="landmarks" id="landmarks" hidden="hidden">',
		`<h2>${label(edition, 'contents')}</h2>`,
		'<ol>',
		...landmarks,
		'</ol>',
		'</nav>',
	].join('\n');
	return xhtmlDocument({
		lang: uiTag(edition.uis[0]!),
		title: plainLabel(edition, 'contents'),
		body: body.replace(/ lang="([^"]*)"/g, ' lang="$1" xml:lang="$1"'),
	});
}

export interface PackageFacts {
	/** The book's identifier: the edition's address, the same for every version of it. */
	identifier: string;
	modified: Date;
	/** Every content document, in reading order. */
	spine: readonly Chapter[];
}

const xml = escapeHtml;

/** The package document: the metadata (title, languages, identifier, dates, version, the translator as the citations name them), the manifest and the spine. */
export function packageDocument(paper: Paper, edition: EpubEdition, facts: PackageFacts): string {
	const tags = langTags(edition.uis[0]!);
	const version = citedVersion(paper).version;
	// The first title is the book's; the bilingual edition's second is the same title in English.
	const titles = edition.langs.map((lang) => `<dc:title id="title-${lang}" xml:lang="${tags[lang]}">${xml(paper.meta.title[lang])}</dc:title>`);
	const ui = edition.uis[0]!;
	// The citations name no author (the source states none) and, for the English, the team as translator.
	const translator = edition.langs.includes('en')
		? [
				`<dc:contributor id="translator" xml:lang="en">${xml(capitalize(paper.meta.translation.by.en))}</dc:contributor>`,
				'<meta refines="#translator" property="role" scheme="marc:relators">trl</meta>',
			]
		: [];
	const description = edition.uis.map((ui) => {
		const lang = ui === 'en' ? 'en' : 'zh';
		const marked = paper.meta.title.editorial ? ` ${t(ui, 'editorialTitleNote')}` : '';
		return `<dc:description xml:lang="${uiTag(ui)}">${xml(paper.meta.summary[lang] + marked)}</dc:description>`;
	});
	const metadata = [
		`<dc:identifier id="book-id">${xml(facts.identifier)}</dc:identifier>`,
		...titles,
		...edition.langs.map((lang) => `<dc:language>${tags[lang]}</dc:language>`),
		...translator,
		`<dc:publisher>${xml(t(ui, 'siteName'))}</dc:publisher>`,
		...(version ? [`<dc:date>${version.date}</dc:date>`, `<meta property="schema:version">${xml(version.number)}</meta>`] : []),
		...description,
		`<meta property="dcterms:modified">${facts.modified.toISOString().replace(/\.\d{3}Z$/, 'Z')}</meta>`,
		// What a reader who cannot see the page may count on (schema.org's accessibility properties, as EPUB Accessibility asks).
		'<meta property="schema:accessMode">textual</meta>',
		'<meta property="schema:accessModeSufficient">textual</meta>',
		...['structuralNavigation', 'tableOfContents', 'readingOrder'].map((feature) => `<meta property="schema:accessibilityFeature">${feature}</meta>`),
		'<meta property="schema:accessibilityHazard">none</meta>',
	];
	const manifest = [
		'<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
		'<item id="style" href="style.css" media-type="text/css"/>',
		...facts.spine.map((c, i) => `<item id="doc-${i}" href="${c.file}" media-type="application/xhtml+xml"/>`),
	];
	// The contents are in the spine, out of the reading order, so that the landmarks may point at them.
	const spine = [...facts.spine.map((_, i) => `<itemref idref="doc-${i}"/>`), '<itemref idref="nav" linear="no"/>'];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${uiTag(ui)}">`,
		'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
		...metadata,
		'</metadata>',
		'<manifest>',
		...manifest,
		'</manifest>',
		'<spine>',
		...spine,
		'</spine>',
		'</package>',
		'',
	].join('\n');
}
