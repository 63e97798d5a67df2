/**
 * Reading built pages in tests: parse a file of `dist/` into a hast tree
 * (with Sätteri, already the site's parser) and query it.
 */
import { readFileSync } from 'node:fs';
import type { Element, Nodes, Root } from 'hast';
import { htmlToHast } from 'satteri';

export const DIST = new URL('../../dist/', import.meta.url);

export function loadPage(path: string): Root {
	const file = new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, DIST);
	return htmlToHast(readFileSync(file, 'utf8')) as Root;
}

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

/** Text of a node, leaving out every element for which `skip` is true. */
export function textOf(node: Nodes, skip: (el: Element) => boolean = () => false): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && skip(node)) return '';
	if ('children' in node) return node.children.map((c) => textOf(c as Nodes, skip)).join('');
	return '';
}
