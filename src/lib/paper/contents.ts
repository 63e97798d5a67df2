/**
 * A paper's contents as nested lists: each section's subsections in a list
 * inside its entry (the nesting says the level, without classes), each
 * heading in the interface's language, or in the languages shown with the
 * others marked as such.
 */
import { escapeHtml } from '../escape.ts';
import { HTML_LANG, type Lang, type Unit } from './model.ts';
import { plainText } from './plain-text.ts';

interface Entry {
	unit: Unit;
	children: Entry[];
}

const LEVEL = { h2: 0, h3: 1, h4: 2 } as const;

function tree(units: readonly Unit[]): Entry[] {
	const roots: Entry[] = [];
	const path: Entry[] = [];
	for (const unit of units) {
		if (unit.kind !== 'h2' && unit.kind !== 'h3' && unit.kind !== 'h4') continue;
		const level = LEVEL[unit.kind];
		const entry: Entry = { unit, children: [] };
		path.length = level;
		(path[level - 1]?.children ?? roots).push(entry);
		path[level] = entry;
	}
	return roots;
}

/** The list items of the contents, as HTML; `ui` is the interface's text language, `tags` each language's `lang`. */
export function contentsItems(units: readonly Unit[], langs: readonly Lang[], ui: Lang, tags: Record<Lang, string> = HTML_LANG): string {
	// One language, not the interface's (the English on a Chinese interface): the link itself says so, with no span of its own.
	const own = langs.length === 1 && langs[0] !== ui ? langs[0] : undefined;
	const label = (h: Unit) =>
		langs
			.map((lang) =>
				lang === ui || lang === own ? escapeHtml(plainText(h.text[lang])) : `<span lang="${tags[lang]}">${escapeHtml(plainText(h.text[lang]))}</span>`,
			)
			.join('');
	const link = own ? `" lang="${tags[own]}">` : '">';
	const render = (entries: Entry[]): string =>
		entries
			.map(({ unit, children }) => `<li><a href="#${unit.id}${link}${label(unit)}</a>${children.length ? `<ol>${render(children)}</ol>` : ''}</li>`)
			.join('');
	return render(tree(units));
}
