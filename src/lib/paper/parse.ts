/**
 * Parses and validates a paper's `paper.mdx` into the aligned model.
 *
 * The MDX is read with Sätteri, the parser Astro itself uses for MDX, so what
 * is validated is what Astro would see. The format is deliberately narrow:
 * a sequence of unit elements, each holding one `<Zh>` and one `<En>`:
 *
 *     <P id="s1-p1">
 *     <Zh>自1956年达特茅斯会议……<Ref to="n2"/>。</Zh>
 *     <En>Since the Dartmouth Conference of 1956 …<Ref to="n2"/>.</En>
 *     </P>
 *
 * Every fault is collected, then thrown together as one `ContentError` that
 * names the file, the line, the unit and what is wrong.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { type MdxJsxFlowElement, type MdxJsxTextElement, mdxToMdast } from 'satteri';
import { pageIdFault } from '../page-ids.ts';
import { characterFault, forbiddenCharacters, lineColumn } from './characters.ts';
import {
	type AlignedPaper,
	ID_PATTERN,
	type Lang,
	type Note,
	type Rendering,
	SEGMENT_JOINER,
	type Segment,
	segmentId,
	type TranslatorNote,
	type Unit,
	UNIT_KINDS,
	type UnitElement,
} from './model.ts';


/**
 * Where a link may lead: the web (https:, http:), mail, or a place in this site (a path, relative or from
 * the root, or a #fragment). Any other scheme (javascript:, data:, vbscript:) could run or fetch what the
 * site does not publish, and so could a protocol-relative //host: both are faults. Browsers drop tabs and
 * line breaks inside a URL ("java\tscript:"), so the check does too.
 */
export function isSafeLink(url: string): boolean {
	const bare = url.replace(/[\u0000-\u0020\u007f]/g, '');
	// A backslash is a slash to a browser in a web URL (`/\\evil.example/` is `//evil.example/`): none is needed.
	if (bare.includes('\\')) return false;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
	if (scheme) return ['http', 'https', 'mailto'].includes(scheme);
	// A place in this site must stay in it, as a browser resolves it from any page of the site.
	const resolved = URL.parse(bare, 'https://site.invalid/en/paper/');
	return !bare.startsWith('//') && resolved !== null && resolved.host === 'site.invalid';
}

/** Why a link may not be published, or undefined if it may. */
export function linkFault(url: string): string | undefined {
	return isSafeLink(url) ? undefined : `the link to “${url.slice(0, 40)}” is not allowed: a link leads to https:, http:, mailto:, or a place in this site (a path or a #fragment)`;
}

/** `{/* … *\/}`: the only expression content may hold, a comment. */
export const isComment = (expression: string): boolean => /^\s*\/\*[^]*\*\/\s*$/.test(expression);

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

export interface ContentProblem {
	file: string;
	line: number;
	column: number;
	unit: string | undefined;
	fault: string;
}

export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in paper content:\n` +
				problems.map(formatProblem).join('\n'),
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem(p: ContentProblem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	return p.unit === undefined ? `  ${where}  ${p.fault}` : `  ${where}  unit "${p.unit}": ${p.fault}`;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What is wrong with the attributes of a known element, each fault once. */
function attributeFaults(node: JsxElement): string[] {
	const element = node.name ?? '';
	const allowed = ATTRIBUTES[element] ?? {};
	const names = Object.keys(allowed);
	const takes = names.length === 0 ? `<${element}> takes no attribute` : `<${element}> takes ${names.map((n) => (allowed[n] === 'mark' ? n : `${n}="…"`)).join(', ')}`;
	return node.attributes.flatMap((attr): string[] => {
		if (attr.type === 'mdxJsxExpressionAttribute') return [`the expression {${clip(attr.value)}} on <${element}> is not content: ${takes}, with literal values`];
		const kind = Object.hasOwn(allowed, attr.name) ? allowed[attr.name] : undefined;
		if (kind === undefined) return [`<${element}> has an attribute ${attr.name} that the site does not read, so what it says would be lost: ${takes}`];
		if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') return [`the attribute ${attr.name}={${clip(attr.value.value)}} on <${element}> is an expression: write its value as a literal string, ${attr.name}="…"`];
		if (kind === 'mark' && attr.value !== null && attr.value !== undefined) return [`${attr.name} is a mark without a value: write <${element} … ${attr.name}>`];
		if (kind === 'string' && typeof attr.value === 'string') {
			const bad = forbiddenCharacters(attr.value)[0];
			return bad ? [`the attribute ${attr.name} of <${element}>: ${characterFault(bad.codePoint)}`] : [];
		}
		return [];
	});
}

const clip = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** A content id that the page's own ids would clash with: a fault, or nothing. */
function idFault(id: string): string | undefined {
	return ID_PATTERN.test(id) ? pageIdFault(id) : undefined;
}

function attribute(node: JsxElement, name: string): string | true | undefined {
	for (const attr of node.attributes) {
		if (attr.type === 'mdxJsxAttribute' && attr.name === name) {
			return typeof attr.value === 'string' ? attr.value : attr.value === null || attr.value === undefined ? true : undefined;
		}
	}
	return undefined;
}

function isUnitElement(name: string | null | undefined): name is UnitElement {
	return name !== null && name !== undefined && Object.hasOwn(UNIT_KINDS, name);
}

/** Plain text of inline content, markers and translator's notes left out. */
export function plainText(nodes: readonly PhrasingContent[]): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value;
		else if (node.type === 'break') out += '\n';
		else if (node.type === 'mdxJsxTextElement') continue;
		else if ('children' in node) out += plainText(node.children as PhrasingContent[]);
	}
	return out;
}

/**
 * Parses `source` (the text of a paper.mdx, frontmatter included, so that lines are the file's) into the aligned model, or throws
 * a `ContentError` listing every fault. `file` is used in messages only.
 */
export function parsePaper(source: string, file: string): AlignedPaper {
	const problems: ContentProblem[] = [];
	const report = (node: { position?: { start: { line: number; column: number } } | undefined } | undefined, unit: string | undefined, fault: string) => {
		problems.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, unit, fault });
	};

	let root;
	try {
		root = mdxToMdast(source, { position: true });
	} catch (error) {
		// The parser puts the position at the head of its message: "7:10: Unexpected end of file…".
		const message = error instanceof Error ? error.message : String(error);
		const [, line, column, rest] = /^(\d+):(\d+): ([^]*)$/.exec(message) ?? [];
		const at = { line: Number(line ?? 1), column: Number(column ?? 1) };
		const index = source.split('\n').slice(0, at.line - 1).reduce((n, l) => n + l.length + 1, 0) + at.column - 1;
		throw new ContentError([...characterProblems(source, file, undefined), { file, ...at, unit: unitByTags(source, index), fault: `not valid MDX: ${rest ?? message}` }]);
	}
	if (root.type !== 'root') throw new ContentError([{ file, line: 1, column: 1, unit: undefined, fault: 'not an MDX document' }]);
	problems.push(...characterProblems(source, file, root.children as RootContent[]));

	const units: Unit[] = [];
	const noteDefs: { id: string; line: number; missing: boolean; work: string | undefined; text: Record<Lang, PhrasingContent[]>; segments: Segment[]; node: JsxElement }[] =
		[];
	const translatorNotes: Omit<TranslatorNote, 'number'>[] = [];
	const seenIds = new Map<string, number>();
	/** Note markers in the Chinese, in reading order, with where they stand. */
	const markers: { note: string; unit: string; node: JsxElement }[] = [];

	for (const node of root.children as RootContent[]) {
		if (node.type === 'yaml' || node.type === 'toml') continue;
		if (node.type === 'mdxjsEsm') {
			report(node, undefined, `import and export are not content: paper.mdx holds the text, and runs no code`);
			continue;
		}
		if (node.type === 'mdxFlowExpression') {
			if (!isComment(node.value)) report(node, undefined, `the expression {${excerpt(node)}} is not content: only a comment {/* … */} may stand between units`);
			continue;
		}
		if (node.type !== 'mdxJsxFlowElement' || !isUnitElement(node.name)) {
			const what = node.type === 'mdxJsxFlowElement' ? `<${node.name ?? ''}>` : `${node.type} “${excerpt(node)}”`;
			report(node, undefined, `unexpected ${what} outside a unit; expected one of ${Object.keys(UNIT_KINDS).map((k) => `<${k}>`).join(', ')}`);
			continue;
		}
		const element = node.name;
		const kind = UNIT_KINDS[element];
		const rawId = attribute(node, 'id');
		if (typeof rawId !== 'string' || rawId === '') {
			report(node, undefined, `<${element}> has no id`);
			continue;
		}
		const id = rawId;
		if (!ID_PATTERN.test(id)) report(node, id, `id "${id}" is malformed: use lowercase letters, digits and single hyphens (like s2-1-p3)`);
		const clash = idFault(id);
		if (clash) report(node, id, clash);
		for (const fault of attributeFaults(node)) report(node, id, fault);
		const firstLine = seenIds.get(id);
		if (firstLine !== undefined) {
			report(node, id, `duplicated id: "${id}" is already used on line ${firstLine}`);
			continue;
		}
		const line = node.position?.start.line ?? 1;
		seenIds.set(id, line);

		const markedMissing = attribute(node, 'missing') === true;
		const rawWork = attribute(node, 'work');
		const work = typeof rawWork === 'string' ? rawWork : undefined;
		if (rawWork !== undefined && kind !== 'note') report(node, id, `only a <Note> cites a work`);
		if (markedMissing && kind !== 'note') report(node, id, `only a <Note> can be marked missing`);
		const missing = markedMissing && kind === 'note';

		const parts: Partial<Record<Lang, MdxJsxFlowElement>> = {};
		let rendering: Rendering = 'translator';
		for (const child of node.children) {
			if (child.type === 'mdxFlowExpression') {
				if (!isComment(child.value)) report(child, id, `the expression {${excerpt(child)}} is not content: only a comment {/* … */} may stand in a unit`);
				continue;
			}
			const lang = child.type === 'mdxJsxFlowElement' ? ({ Zh: 'zh', En: 'en' } as const)[child.name as 'Zh' | 'En'] : undefined;
			if (child.type !== 'mdxJsxFlowElement' || lang === undefined) {
				const what = child.type === 'mdxJsxFlowElement' ? `<${child.name ?? ''}>` : `${child.type} “${excerpt(child)}”`;
				report(child, id, `unexpected ${what}; a unit holds exactly one <Zh> and one <En>, each on its own line`);
				continue;
			}
			if (parts[lang]) {
				report(child, id, `has two <${child.name}> elements`);
				continue;
			}
			parts[lang] = child;
			for (const fault of attributeFaults(child)) report(child, id, fault);
			if (lang === 'en') {
				const by = attribute(child, 'by');
				if (by === 'author') rendering = 'author';
				else if (by !== undefined) report(child, id, `<En by="${String(by)}">: the only value is "author" (the author's own English)`);
			}
		}

		if (missing) {
			if (parts.zh || parts.en) report(node, id, `a note marked missing has no text: remove its <Zh>/<En> or the "missing" mark`);
			noteDefs.push({ id, line, missing, work, text: { zh: [], en: [] }, segments: [], node });
			continue;
		}
		if (!parts.zh) report(node, id, `no Chinese original (<Zh>)`);
		if (!parts.en) report(node, id, `no English partner (<En>): every unit needs its translation`);
		const lines = { zh: segmentLines(parts.zh, 'zh', id), en: segmentLines(parts.en, 'en', id) };
		const text = { zh: joinSegments(lines.zh, 'zh'), en: joinSegments(lines.en, 'en') };
		if (parts.zh && plainText(text.zh).trim() === '') report(parts.zh, id, `the Chinese text is empty`);
		if (parts.en && plainText(text.en).trim() === '') report(parts.en, id, `the English text is empty`);
		const segments = parts.zh && parts.en ? pairSegments(lines, id, parts.en) : [];

		const refs = { zh: refsIn(text.zh), en: refsIn(text.en) };
		if (parts.zh && parts.en && lines.zh.length !== lines.en.length && refs.zh.map((r) => r.note).join() !== refs.en.map((r) => r.note).join()) {
			report(parts.en, id, `note markers differ: the Chinese has [${refs.zh.map((r) => r.note).join(', ')}], the English [${refs.en.map((r) => r.note).join(', ')}]`);
		}
		if (kind === 'note') {
			if (refs.zh.length > 0) report(node, id, `a note cannot carry note markers`);
			noteDefs.push({ id, line, missing, work, text, segments, node });
		} else {
			for (const ref of refs.zh) markers.push({ note: ref.note, unit: id, node: ref.node });
			units.push({ id, kind, line, text, segments, rendering, refs: refs.zh.map((r) => r.note) });
		}
	}

	// Markers and notes: every marker points at a note, every note has exactly one marker.
	const noteIds = new Set(noteDefs.map((n) => n.id));
	const markerOf = new Map<string, string>();
	for (const marker of markers) {
		if (!noteIds.has(marker.note)) {
			report(marker.node, marker.unit, `marker <Ref to="${marker.note}"/> points at no note: there is no <Note id="${marker.note}">`);
			continue;
		}
		const earlier = markerOf.get(marker.note);
		if (earlier !== undefined) report(marker.node, marker.unit, `note "${marker.note}" has a second marker (the first is in unit "${earlier}"); give each marker its own note`);
		else markerOf.set(marker.note, marker.unit);
	}
	for (const note of noteDefs) {
		if (!markerOf.has(note.id)) report(note.node, note.id, `note has no marker: no <Ref to="${note.id}"/> in any Chinese text`);
	}

	// One numbering for the whole paper, in the order the markers are read.
	const order = [...markerOf.keys()];
	const notes: Note[] = noteDefs
		.filter((n) => markerOf.has(n.id))
		.map((n) => ({ id: n.id, number: order.indexOf(n.id) + 1, line: n.line, missing: n.missing, work: n.work, text: n.text, segments: n.segments }))
		.sort((a, b) => a.number - b.number);

	if (units.length === 0 && problems.length === 0) report(undefined, undefined, `no units: a paper is a sequence of ${Object.keys(UNIT_KINDS).map((k) => `<${k}>`).join(', ')}, each with its <Zh> and <En>`);
	if (problems.length > 0) throw new ContentError(problems);
	return { units, notes, translatorNotes: translatorNotes.map((tn, i) => ({ ...tn, number: i + 1 })) };

	/**
	 * The inline content of a <Zh>/<En>, checked (collecting translator's notes), as its segments: one per
	 * line. A line break is a segment break only between inline elements, never inside one.
	 */
	function segmentLines(element: MdxJsxFlowElement | undefined, lang: Lang, unit: string): PhrasingContent[][] {
		if (!element) return [];
		// `<Zh>text</Zh>` on one line gives inline children; text on lines of its own gives a paragraph.
		// Anything that is not inline content is reported by `check`.
		const children = element.children.flatMap((child): RootContent[] => (child.type === 'paragraph' ? child.children : [child])) as PhrasingContent[];
		if (element.children.filter((c) => c.type === 'paragraph').length > 1) report(element, unit, `<${element.name}> holds more than one paragraph; a unit is one paragraph`);
		check(children, lang, unit, false);
		const lines: PhrasingContent[][] = [[]];
		for (const node of children) {
			if (node.type !== 'text') {
				if ('children' in node && plainText(node.children as PhrasingContent[]).includes('\n')) {
					report(node, unit, `a line break inside ${node.type === 'mdxJsxTextElement' ? `<${node.name ?? ''}>` : node.type} “${excerpt(node)}”: a segment ends between inline elements, so keep each on one line`);
				}
				lines.at(-1)!.push(node);
				continue;
			}
			const start = node.position?.start;
			node.value.split('\n').forEach((piece, i) => {
				if (i > 0) lines.push([]);
				// Where the piece stands, for messages: the first on the node's line, the others at the start of theirs.
				const position = start && { start: { line: start.line + i, column: i === 0 ? start.column : 1, offset: 0 }, end: node.position!.end };
				if (piece !== '') lines.at(-1)!.push({ type: 'text', value: piece, ...(position ? { position } : {}) });
			});
		}
		return lines.map((line) => trimLine(line));
	}

	/** The segments of a unit, paired line by line: as many in each language, none empty, the same note markers in each pair. */
	function pairSegments(lines: Record<Lang, PhrasingContent[][]>, unit: string, en: MdxJsxFlowElement): Segment[] {
		if (lines.zh.length !== lines.en.length) {
			report(en, unit, `the Chinese has ${lines.zh.length} segment${lines.zh.length === 1 ? '' : 's'} (lines) and the English ${lines.en.length}: each line of <Zh> pairs with the line of <En> at the same place; where the English merges or splits sentences, keep them on one line`);
			return [];
		}
		return lines.zh.map((zh, i) => {
			const pair = { zh, en: lines.en[i]! };
			const where = (lang: Lang) => pair[lang][0] ?? en;
			// A unit of one segment that is empty is reported as an empty text.
			for (const lang of lines.zh.length > 1 ? (['zh', 'en'] as const) : []) {
				if (plainText(pair[lang]).trim() === '') report(where(lang), unit, `segment ${segmentId(unit, i)} is empty in the ${lang === 'zh' ? 'Chinese' : 'English'}`);
			}
			const markers = { zh: refsIn(pair.zh).map((r) => r.note).join(', '), en: refsIn(pair.en).map((r) => r.note).join(', ') };
			if (markers.zh !== markers.en) report(where('en'), unit, `segment ${segmentId(unit, i)}: note markers differ: the Chinese has [${markers.zh}], the English [${markers.en}]`);
			return pair;
		});
	}

	/**
	 * A forbidden character in a value that the source does not hold as it is: a character reference
	 * (`&#7;`, which the parser turns into U+FFFD). Those the source holds are reported where they stand.
	 */
	function checkCharacters(node: PhrasingContent, value: string, unit: string): void {
		const raw = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? source.length);
		const bad = forbiddenCharacters(value).find((c) => !raw.includes(String.fromCodePoint(c.codePoint)));
		if (bad) report(node, unit, characterFault(bad.codePoint, 'a character reference'));
	}

	function check(nodes: readonly PhrasingContent[], lang: Lang, unit: string, insideNote: boolean): void {
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
				checkCharacters(node, `${node.url} ${node.title ?? ''}`, unit);
			}
			if (node.type === 'text') checkCharacters(node, node.value, unit);
			if (node.type === 'mdxJsxTextElement') {
				const name = node.name ?? '';
				if (!INLINE_ELEMENTS.has(name)) {
					report(node, unit, `unknown element <${name}>; inline elements are ${[...INLINE_ELEMENTS].map((n) => `<${n}>`).join(', ')}`);
					continue;
				}
				for (const fault of attributeFaults(node)) report(node, unit, fault);
				if (name === 'Ref') {
					const to = attribute(node, 'to');
					if (typeof to !== 'string' || to === '') report(node, unit, `<Ref> needs to="<note id>"`);
					if (insideNote) report(node, unit, `a translator's note cannot carry a note marker`);
					if (node.children.length > 0) report(node, unit, `<Ref> is a note marker and holds nothing: its words “${excerpt(node)}” would be lost; write <Ref to="${typeof to === 'string' ? to : '…'}"/> and the words outside it`);
				} else if (name === 'Tn') {
					const id = attribute(node, 'id');
					if (lang !== 'en') report(node, unit, `translator's note <Tn> in the Chinese text; it belongs in the English`);
					else if (typeof id !== 'string' || !ID_PATTERN.test(id)) report(node, unit, `<Tn> needs an id such as "tn-patchs"`);
					else if (idFault(id)) report(node, unit, idFault(id)!);
					else if (insideNote) report(node, unit, `a translator's note cannot hold another translator's note`);
					else if (seenIds.has(id)) report(node, unit, `duplicated id: translator's note "${id}" is already used on line ${seenIds.get(id)}`);
					else {
						seenIds.set(id, node.position?.start.line ?? 1);
						const content = node.children as PhrasingContent[];
						if (plainText(content).trim() === '') report(node, unit, `translator's note "${id}" is empty`);
						translatorNotes.push({ id, unitId: unit, content });
					}
					check(node.children as PhrasingContent[], lang, unit, true);
				}
				continue;
			}
			if ('children' in node) check(node.children as PhrasingContent[], lang, unit, insideNote);
		}
	}
}

/**
 * The forbidden characters of paper.mdx where they stand, each in its unit: the unit element around it
 * (from the parsed `nodes`, or from the unit tags before it when the file does not parse). The
 * frontmatter's are left to its reader, which knows the field.
 */
function characterProblems(source: string, file: string, nodes: readonly RootContent[] | undefined): ContentProblem[] {
	const frontmatterEnd = /^---\r?\n[^]*?\r?\n---(?:\r?\n|$)/.exec(source)?.[0].length ?? 0;
	const unitAt = (index: number): string | undefined => {
		if (nodes) {
			const node = nodes.find((n) => (n.position?.start.offset ?? Infinity) <= index && index < (n.position?.end.offset ?? -Infinity));
			const id = node?.type === 'mdxJsxFlowElement' && isUnitElement(node.name) ? attribute(node, 'id') : undefined;
			return typeof id === 'string' && id !== '' ? id : undefined;
		}
		return unitByTags(source, index);
	};
	return forbiddenCharacters(source)
		.filter((c) => c.index >= frontmatterEnd)
		.map((c) => ({ file, ...lineColumn(source, c.index), unit: unitAt(c.index), fault: characterFault(c.codePoint) }));
}

/** The unit around `index` in a paper.mdx that does not parse, read from the unit tags before it: the last opened and not closed. */
export function unitByTags(source: string, index: number): string | undefined {
	const tags = [...source.slice(0, index).matchAll(/<(?:Abstract|H2|H3|H4|P|Note)\b[^>]*?\bid="([^"]*)"|<\/(?:Abstract|H2|H3|H4|P|Note)>/g)];
	return tags.at(-1)?.[1] || undefined;
}

/** A line's inline content without the spaces at its two ends. */
function trimLine(line: PhrasingContent[]): PhrasingContent[] {
	const trimmed = [...line];
	const first = trimmed[0];
	if (first?.type === 'text') trimmed[0] = { ...first, value: first.value.trimStart() };
	const last = trimmed.at(-1);
	if (last?.type === 'text') trimmed[trimmed.length - 1] = { ...last, value: last.value.trimEnd() };
	return trimmed.filter((node) => node.type !== 'text' || node.value !== '');
}

/** A language's segments joined into the unit's text, as separate nodes, so that no rendering rule (a glossary link, a run of Chinese) reaches across a segment's edge. */
export function joinSegments(lines: readonly PhrasingContent[][], lang: Lang): PhrasingContent[] {
	return lines.flatMap((line, i) => (i > 0 && SEGMENT_JOINER[lang] ? [{ type: 'text', value: SEGMENT_JOINER[lang] } as const, ...line] : line));
}

/** Note markers in inline content, in order (not inside translator's notes). */
function refsIn(nodes: readonly PhrasingContent[]): { note: string; node: MdxJsxTextElement }[] {
	const found: { note: string; node: MdxJsxTextElement }[] = [];
	for (const node of nodes) {
		if (node.type === 'mdxJsxTextElement') {
			if (node.name === 'Ref') {
				const to = attribute(node, 'to');
				if (typeof to === 'string') found.push({ note: to, node });
			}
		} else if ('children' in node) found.push(...refsIn(node.children as PhrasingContent[]));
	}
	return found;
}

function excerpt(node: object): string {
	const text = 'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '';
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
