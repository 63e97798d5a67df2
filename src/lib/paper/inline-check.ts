/**
 * The inline content of a `<Zh>` or `<En>`, checked: only what the renderer
 * shows whole (text, emphasis, strong, safe links, line breaks, note markers
 * and translator's notes), each element with only the attributes it takes,
 * as literal strings. The translator's notes are collected as they are read.
 */
import type { PhrasingContent } from 'mdast';
import { pageIdFault } from '../page-ids.ts';
import { characterFault, forbiddenCharacters, isBlank } from './characters.ts';
import { EMPTY_LINK_FAULT, linkFault } from './links.ts';
import { attribute, excerpt, type JsxElement, type Reader } from './mdx-reader.ts';
import { ID_PATTERN, type Lang, UNIT_KINDS } from './model.ts';
import { plainText } from './plain-text.ts';

/** Inline markdown a unit may contain; anything else is a fault. */
const ALLOWED_PHRASING = new Set(['text', 'emphasis', 'strong', 'link', 'break', 'mdxJsxTextElement']);

/** Inline elements: `<Ref to="n3"/>` a note marker, `<Tn id="…">` a translator's note (English only). */
const INLINE_ELEMENTS = new Set(['Ref', 'Tn']);

/**
 * The attributes each element takes, with a literal string value (`id="s1-p1"`) or as a bare mark
 * (`missing`). Anything else is a fault, not dropped: an attribute the site does not read
 * (`onClick`, `class`) or an expression (`by={"author"}`, `{...props}`) would be lost, and with
 * it what it meant (an abstract in the author's own English credited to the translators).
 */
const ATTRIBUTES: Record<string, Record<string, 'string' | 'mark'>> = {
	// `work` and `missing` belong to a <Note>; on another unit they have faults of their own.
	...Object.fromEntries(Object.keys(UNIT_KINDS).map((name) => [name, { id: 'string', work: 'string', missing: 'mark' }])),
	Zh: {},
	En: { by: 'string' },
	Ref: { to: 'string' },
	Tn: { id: 'string' },
};

/** What is wrong with the attributes of a known element, each fault once. */
export function attributeFaults(node: JsxElement): string[] {
	const element = node.name ?? '';
	const allowed = ATTRIBUTES[element] ?? {};
	const names = Object.keys(allowed);
	const takes =
		names.length === 0 ? `<${element}> takes no attribute` : `<${element}> takes ${names.map((n) => (allowed[n] === 'mark' ? n : `${n}="…"`)).join(', ')}`;
	return node.attributes.flatMap((attr): string[] => {
		if (attr.type === 'mdxJsxExpressionAttribute')
			return [`the expression {${clip(attr.value)}} on <${element}> is not content: ${takes}, with literal values`];
		const kind = Object.hasOwn(allowed, attr.name) ? allowed[attr.name] : undefined;
		if (kind === undefined) return [`<${element}> has an attribute ${attr.name} that the site does not read, so what it says would be lost: ${takes}`];
		if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')
			return [`the attribute ${attr.name}={${clip(attr.value.value)}} on <${element}> is an expression: write its value as a literal string, ${attr.name}="…"`];
		if (kind === 'mark' && attr.value !== null && attr.value !== undefined)
			return [`${attr.name} is a mark without a value: write <${element} … ${attr.name}>`];
		if (kind === 'string' && typeof attr.value === 'string') {
			const bad = forbiddenCharacters(attr.value)[0];
			return bad ? [`the attribute ${attr.name} of <${element}>: ${characterFault(bad.codePoint)}`] : [];
		}
		return [];
	});
}

const clip = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** A content id that the page's own ids would clash with: a fault, or nothing. */
export function idFault(id: string): string | undefined {
	return ID_PATTERN.test(id) ? pageIdFault(id) : undefined;
}

/**
 * A forbidden character in a value that the source does not hold as it is: a character reference
 * (`&#7;`, which the parser turns into U+FFFD). Those the source holds are reported where they stand.
 */
function checkCharacters(reader: Reader, node: PhrasingContent, value: string, unit: string): void {
	const raw = reader.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? reader.source.length);
	const bad = forbiddenCharacters(value).find((c) => !raw.includes(String.fromCodePoint(c.codePoint)));
	if (bad) reader.report(node, unit, characterFault(bad.codePoint, 'a character reference'));
}

/** Checks inline content of `unit` in `lang`, reporting every fault and collecting its translator's notes; `insideLink` when it is a link's text. */
export function checkInline(reader: Reader, nodes: readonly PhrasingContent[], lang: Lang, unit: string, insideNote: boolean, insideLink = false): void {
	const { report, seenIds } = reader;
	for (const node of nodes) {
		if (node.type === 'mdxTextExpression') {
			report(node, unit, `the expression {${excerpt(node)}} in the ${lang === 'zh' ? 'Chinese' : 'English'} is not text: write the text itself`);
			continue;
		}
		if (!ALLOWED_PHRASING.has(node.type)) {
			report(node, unit, `unsupported ${node.type} “${excerpt(node)}” in the ${lang === 'zh' ? 'Chinese' : 'English'}`);
			continue;
		}
		if (node.type === 'link') {
			const fault = linkFault(node.url);
			if (fault) report(node, unit, fault);
			if (isBlank(plainText(node.children))) report(node, unit, EMPTY_LINK_FAULT);
			checkCharacters(reader, node, `${node.url} ${node.title ?? ''}`, unit);
		}
		if (node.type === 'text') checkCharacters(reader, node, node.value, unit);
		// "**" or "__" left as text is emphasis Markdown did not read: its flanking rule fails next to full-width punctuation
		// (`**第二：**段`), and the author's bold would print as asterisks.
		if (node.type === 'text' && /\*\*|__/.test(node.value))
			report(
				node,
				unit,
				`“${/\*\*|__/.exec(node.value)![0]}” left as text: this emphasis is not read as such (next to full-width punctuation, put the punctuation outside: **第二**：), or write \\* to keep an asterisk`,
			);
		if (node.type === 'mdxJsxTextElement') {
			const name = node.name ?? '';
			if (!INLINE_ELEMENTS.has(name)) {
				report(node, unit, `unknown element <${name}>; inline elements are ${[...INLINE_ELEMENTS].map((n) => `<${n}>`).join(', ')}`);
				continue;
			}
			for (const fault of attributeFaults(node)) report(node, unit, fault);
			// A marker is a link itself: inside a link it would be a link in a link, which HTML cannot hold (the browser takes it apart).
			if (insideLink)
				report(
					node,
					unit,
					`${name === 'Tn' ? "a translator's note <Tn>" : 'a note marker <Ref>'} inside a link: a link cannot hold another; put it after the link's text`,
				);
			if (name === 'Ref') {
				const to = attribute(node, 'to');
				if (typeof to !== 'string' || to === '') report(node, unit, `<Ref> needs to="<note id>"`);
				if (insideNote) report(node, unit, `a translator's note cannot carry a note marker`);
				if (node.children.length > 0)
					report(
						node,
						unit,
						`<Ref> is a note marker and holds nothing: its words “${excerpt(node)}” would be lost; write <Ref to="${typeof to === 'string' ? to : '…'}"/> and the words outside it`,
					);
			} else if (name === 'Tn') {
				const id = attribute(node, 'id');
				if (lang !== 'en') report(node, unit, `translator's note <Tn> in the Chinese text; it belongs in the English`);
				else if (typeof id !== 'string' || !ID_PATTERN.test(id)) report(node, unit, `<Tn> needs an id such as "tn-patchs"`);
				else if (!id.startsWith('tn-')) report(node, unit, `<Tn> id "${id}" must start with "tn-" (such as "tn-${id}"), the translator's notes' own prefix`);
				else if (idFault(id)) report(node, unit, idFault(id)!);
				else if (insideNote) report(node, unit, `a translator's note cannot hold another translator's note`);
				else if (seenIds.has(id)) report(node, unit, `duplicated id: translator's note "${id}" is already used on line ${seenIds.get(id)}`);
				else {
					seenIds.set(id, node.position?.start.line ?? 1);
					const content = node.children as PhrasingContent[];
					if (isBlank(plainText(content))) report(node, unit, `translator's note "${id}" is empty`);
					reader.translatorNotes.push({ id, unitId: unit, content });
				}
				checkInline(reader, node.children as PhrasingContent[], lang, unit, true, insideLink);
			}
			continue;
		}
		if ('children' in node) checkInline(reader, node.children as PhrasingContent[], lang, unit, insideNote, insideLink || node.type === 'link');
	}
}
