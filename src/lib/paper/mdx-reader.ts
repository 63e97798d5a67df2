/**
 * What the readers of paper.mdx's parts share (parse.ts, segments.ts,
 * inline-check.ts): the reader's state, where every fault goes, and small
 * readers of MDX nodes.
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { type TranslatorNote, UNIT_KINDS, type UnitElement } from './model.ts';
import { plainText } from './plain-text.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A node with (perhaps) its place in the file. */
export type Placed = { position?: { start: { line: number; column: number } } | undefined } | undefined;

/** The state of one reading of a paper.mdx. */
export interface Reader {
	/** The file's text, frontmatter included. */
	source: string;
	/** Records a fault at `node`'s place (the file's start if it has none), in `unit` if known. */
	report: (node: Placed, unit: string | undefined, fault: string) => void;
	/** Every unit, note and translator's note id read so far, with the line it was first used on. */
	seenIds: Map<string, number>;
	/** The translator's notes read so far, in reading order. */
	translatorNotes: Omit<TranslatorNote, 'number'>[];
}

/** An attribute's value: its string, `true` for a bare mark, undefined if absent or an expression. */
export function attribute(node: JsxElement, name: string): string | true | undefined {
	for (const attr of node.attributes) {
		if (attr.type === 'mdxJsxAttribute' && attr.name === name) {
			return typeof attr.value === 'string' ? attr.value : attr.value === null || attr.value === undefined ? true : undefined;
		}
	}
	return undefined;
}

export function isUnitElement(name: string | null | undefined): name is UnitElement {
	return name !== null && name !== undefined && Object.hasOwn(UNIT_KINDS, name);
}

/** `{/* … *\/}`: the only expression content may hold, a comment. */
export const isComment = (expression: string): boolean => /^\s*\/\*[^]*\*\/\s*$/.test(expression);

/**
 * Why a comment hides part of the edition, or undefined: a comment is the editors' prose, and one that holds
 * unit markup or Chinese text has most likely been put around a unit (or its text), which it removes from
 * the site without a word.
 */
export function commentHides(expression: string): string | undefined {
	const markup = /<\/?(Abstract|H2|H3|H4|P|Note|Zh|En|Tn|Ref)\b/.exec(expression);
	if (markup)
		return `a comment holding unit markup (<${markup[0].slice(1)}…>) hides that text from the site: remove the comment around it, or write the comment as prose`;
	const han = /\p{Script=Han}/u.exec(expression);
	if (han)
		return `a comment holding Chinese text (“${han[0]}”) hides it from the site: the source's text belongs in a unit, and a comment is the editors' prose`;
	return undefined;
}

/** The start of a node's text, for a message. */
export function excerpt(node: object): string {
	const text = 'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '';
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
