/**
 * Reading built pages: parse HTML into a hast tree (with Sätteri, already
 * the site's parser) and query it. The search index and the tests read the
 * built site through here.
 */
import type { Element, Nodes, Root } from 'hast';
import { htmlToHast } from 'satteri';

export const parseHtml = (html: string): Root => htmlToHast(html) as Root;

export function findAll(node: Nodes, test: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	const walk = (n: Nodes): void => {
		if (n.type === 'element' && test(n)) found.push(n);
		if ('children' in n) for (const child of n.children) walk(child as Nodes);
	};
	walk(node);
	return found;
}

export const hasClass = (el: Element, name: string): boolean => {
	const cls = el.properties['className'];
	return Array.isArray(cls) && cls.includes(name);
};

/**
 * What is not the text itself: note markers (a text's only <sup>, lib/paper/inline.ts), back-links (on a page, a
 * link within the page named by its aria-label, to the unit that holds the marker, which no link of the text is;
 * .backref in a book), permalinks, editorial statements.
 */
export const notText = (el: Element): boolean =>
	el.tagName === 'sup' ||
	(el.tagName === 'a' && String(el.properties['href']).startsWith('#') && el.properties['ariaLabel'] !== undefined) ||
	hasClass(el, 'backref') ||
	hasClass(el, 'permalink') ||
	el.properties['dataEditorial'] !== undefined;

/** Text of a node, leaving out every element for which `skip` is true. */
export function textOf(node: Nodes, skip: (el: Element) => boolean = () => false): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && skip(node)) return '';
	if ('children' in node) return node.children.map((c) => textOf(c as Nodes, skip)).join('');
	return '';
}

/** One language of one unit on a built reading page. */
export interface UnitBlock {
	/** The unit's id. */
	id: string;
	lang: string;
	el: Element;
}

/**
 * The text of every unit below `node`, language by language, in document
 * order. A unit is an element with an id and `data-unit`: it carries the
 * `lang` of its one language, or holds one child per language, each with
 * its `lang` (see `UnitBlock.astro`).
 */
export function unitBlocks(node: Nodes): UnitBlock[] {
	return findAll(node, (el) => el.properties['dataUnit'] !== undefined).flatMap((unit) => {
		const id = String(unit.properties['id']);
		const langOf = (el: Element) => (typeof el.properties['lang'] === 'string' ? el.properties['lang'] : undefined);
		const own = langOf(unit);
		if (own) return [{ id, lang: own, el: unit }];
		return unit.children.flatMap((child) => (child.type === 'element' && langOf(child) ? [{ id, lang: langOf(child)!, el: child }] : []));
	});
}
