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
 * names the file, the line, the unit and what is wrong. The reading goes by
 * concern: the units (`readUnit`), their two parts (`readParts`), their
 * segments (`readText`, segments.ts, with the inline content checked by
 * inline-check.ts), and the note markers that number the notes
 * (`numberNotes`).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { type MdxJsxFlowElement, mdxToMdast } from 'satteri';
import { characterFault, forbiddenCharacters, isBlank, lineColumn } from './characters.ts';
import { attributeFaults, idFault } from './inline-check.ts';
import { attribute, commentHides, excerpt, isComment, isUnitElement, type JsxElement, type Reader } from './mdx-reader.ts';
import { type AlignedPaper, ID_PATTERN, type Lang, type Note, type Rendering, type Segment, type Unit, UNIT_KINDS, type UnitElement } from './model.ts';
import { plainText } from './plain-text.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { joinSegments, pairSegments, refsIn, segmentLines } from './segments.ts';

// Kept where they were first exported from, for the modules that import them from here.
export { isSafeLink, linkFault } from './links.ts';
export { isComment } from './mdx-reader.ts';
export { plainText } from './plain-text.ts';
export { ContentError, type ContentProblem, formatProblem } from './problems.ts';
export { joinSegments } from './segments.ts';

/** A note as read, before the markers number it. */
interface NoteRead {
	id: string;
	line: number;
	missing: boolean;
	work: string | undefined;
	text: Record<Lang, PhrasingContent[]>;
	segments: Segment[];
	node: JsxElement;
}

/** A note marker in the Chinese, with where it stands. */
interface Marker {
	note: string;
	unit: string;
	node: JsxElement;
}

/** What one element between the units gives: a unit with its markers, a note, or nothing (a fault, or no content). */
type Read = { unit: Unit; markers: Marker[] } | { note: NoteRead } | undefined;

/**
 * Parses `source` (the text of a paper.mdx, frontmatter included, so that lines are the file's) into the aligned model, or throws
 * a `ContentError` listing every fault. `file` is used in messages only.
 */
export function parsePaper(source: string, file: string): AlignedPaper {
	const problems: ContentProblem[] = [];
	const reader: Reader = {
		source,
		report: (node, unit, fault) => {
			problems.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, unit, fault });
		},
		seenIds: new Map(),
		translatorNotes: [],
	};
	const root = readMdx(source, file);
	problems.push(...characterProblems(source, file, root.children));

	const units: Unit[] = [];
	const notes: NoteRead[] = [];
	/** Note markers in the Chinese, in reading order. */
	const markers: Marker[] = [];
	for (const node of root.children) {
		const read = readTopLevel(reader, node);
		if (read && 'note' in read) notes.push(read.note);
		else if (read) {
			units.push(read.unit);
			markers.push(...read.markers);
		}
	}
	const numbered = numberNotes(reader, notes, markers);

	if (units.length === 0 && problems.length === 0)
		reader.report(
			undefined,
			undefined,
			`no units: a paper is a sequence of ${Object.keys(UNIT_KINDS)
				.map((k) => `<${k}>`)
				.join(', ')}, each with its <Zh> and <En>`,
		);
	if (problems.length > 0) throw new ContentError(problems);
	return { units, notes: numbered, translatorNotes: reader.translatorNotes.map((tn, i) => ({ ...tn, number: i + 1 })) };
}

/** The MDX tree of `source`, or a `ContentError` placed where the parser stopped. */
function readMdx(source: string, file: string): Root {
	let root;
	try {
		root = mdxToMdast(source, { position: true });
	} catch (error) {
		// The parser puts the position at the head of its message: "7:10: Unexpected end of file…".
		const message = error instanceof Error ? error.message : String(error);
		const [, line, column, rest] = /^(\d+):(\d+): ([^]*)$/.exec(message) ?? [];
		const at = { line: Number(line ?? 1), column: Number(column ?? 1) };
		const index =
			source
				.split('\n')
				.slice(0, at.line - 1)
				.reduce((n, l) => n + l.length + 1, 0) +
			at.column -
			1;
		throw new ContentError([
			...characterProblems(source, file, undefined),
			{ file, ...at, unit: unitByTags(source, index), fault: `not valid MDX: ${rest ?? message}` },
		]);
	}
	if (root.type !== 'root') throw new ContentError([{ file, line: 1, column: 1, unit: undefined, fault: 'not an MDX document' }]);
	return root as Root;
}

/** One element between the units: a unit element is read, anything else but the frontmatter and comments is a fault. */
function readTopLevel(reader: Reader, node: RootContent): Read {
	const { report } = reader;
	if (node.type === 'yaml' || node.type === 'toml') return undefined;
	if (node.type === 'mdxjsEsm') {
		report(node, undefined, `import and export are not content: paper.mdx holds the text, and runs no code`);
		return undefined;
	}
	if (node.type === 'mdxFlowExpression') {
		if (!isComment(node.value)) report(node, undefined, `the expression {${excerpt(node)}} is not content: only a comment {/* … */} may stand between units`);
		else if (commentHides(node.value)) report(node, undefined, commentHides(node.value)!);
		return undefined;
	}
	if (node.type !== 'mdxJsxFlowElement' || !isUnitElement(node.name)) {
		const what = node.type === 'mdxJsxFlowElement' ? `<${node.name ?? ''}>` : `${node.type} “${excerpt(node)}”`;
		report(
			node,
			undefined,
			`unexpected ${what} outside a unit; expected one of ${Object.keys(UNIT_KINDS)
				.map((k) => `<${k}>`)
				.join(', ')}`,
		);
		return undefined;
	}
	return readUnit(reader, node as MdxJsxFlowElement & { name: UnitElement });
}

/** A unit element: its id and attributes, its two parts, its text and segments. */
function readUnit(reader: Reader, node: MdxJsxFlowElement & { name: UnitElement }): Read {
	const { report, seenIds } = reader;
	const element = node.name;
	const kind = UNIT_KINDS[element];
	const rawId = attribute(node, 'id');
	if (typeof rawId !== 'string' || rawId === '') {
		report(node, undefined, `<${element}> has no id`);
		return undefined;
	}
	const id = rawId;
	if (!ID_PATTERN.test(id)) report(node, id, `id "${id}" is malformed: use lowercase letters, digits and single hyphens (like s2-1-p3)`);
	const clash = idFault(id);
	if (clash) report(node, id, clash);
	for (const fault of attributeFaults(node)) report(node, id, fault);
	const firstLine = seenIds.get(id);
	if (firstLine !== undefined) {
		report(node, id, `duplicated id: "${id}" is already used on line ${firstLine}`);
		return undefined;
	}
	const line = node.position?.start.line ?? 1;
	seenIds.set(id, line);

	const markedMissing = attribute(node, 'missing') === true;
	const rawWork = attribute(node, 'work');
	const work = typeof rawWork === 'string' ? rawWork : undefined;
	if (rawWork !== undefined && kind !== 'note') report(node, id, `only a <Note> cites a work`);
	if (markedMissing && kind !== 'note') report(node, id, `only a <Note> can be marked missing`);
	const missing = markedMissing && kind === 'note';

	const { parts, rendering } = readParts(reader, node, id);
	if (missing) {
		if (parts.zh || parts.en) report(node, id, `a note marked missing has no text: remove its <Zh>/<En> or the "missing" mark`);
		return { note: { id, line, missing, work, text: { zh: [], en: [] }, segments: [], node } };
	}
	if (!parts.zh) report(node, id, `no Chinese original (<Zh>)`);
	if (!parts.en) report(node, id, `no English partner (<En>): every unit needs its translation`);
	const { text, segments, refs } = readText(reader, parts, id);
	if (kind === 'note') {
		if (refs.length > 0) report(node, id, `a note cannot carry note markers`);
		return { note: { id, line, missing, work, text, segments, node } };
	}
	return {
		unit: { id, kind, line, text, segments, rendering, refs: refs.map((r) => r.note) },
		markers: refs.map((ref) => ({ note: ref.note, unit: id, node: ref.node })),
	};
}

/** A unit's `<Zh>` and `<En>`, once each, and who wrote the English (`<En by="author">`). */
function readParts(reader: Reader, node: MdxJsxFlowElement, id: string): { parts: Partial<Record<Lang, MdxJsxFlowElement>>; rendering: Rendering } {
	const { report } = reader;
	const parts: Partial<Record<Lang, MdxJsxFlowElement>> = {};
	let rendering: Rendering = 'translator';
	for (const child of node.children) {
		if (child.type === 'mdxFlowExpression') {
			if (!isComment(child.value)) report(child, id, `the expression {${excerpt(child)}} is not content: only a comment {/* … */} may stand in a unit`);
			else if (commentHides(child.value)) report(child, id, commentHides(child.value)!);
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
	return { parts, rendering };
}

/** A unit's text in each language, its segments, and the note markers of its Chinese. */
function readText(
	reader: Reader,
	parts: Partial<Record<Lang, MdxJsxFlowElement>>,
	id: string,
): { text: Record<Lang, PhrasingContent[]>; segments: Segment[]; refs: ReturnType<typeof refsIn> } {
	const { report } = reader;
	const lines = { zh: segmentLines(reader, parts.zh, 'zh', id), en: segmentLines(reader, parts.en, 'en', id) };
	const text = { zh: joinSegments(lines.zh, 'zh'), en: joinSegments(lines.en, 'en') };
	if (parts.zh && isBlank(plainText(text.zh))) report(parts.zh, id, `the Chinese text is empty`);
	if (parts.en && isBlank(plainText(text.en))) report(parts.en, id, `the English text is empty`);
	const segments = parts.zh && parts.en ? pairSegments(reader, lines, id, parts.en) : [];

	const refs = { zh: refsIn(text.zh), en: refsIn(text.en) };
	if (parts.zh && parts.en && lines.zh.length !== lines.en.length && refs.zh.map((r) => r.note).join() !== refs.en.map((r) => r.note).join()) {
		report(
			parts.en,
			id,
			`note markers differ: the Chinese has [${refs.zh.map((r) => r.note).join(', ')}], the English [${refs.en.map((r) => r.note).join(', ')}]`,
		);
	}
	return { text, segments, refs: refs.zh };
}

/**
 * Markers and notes: every marker points at a note, every note has exactly one marker; the notes
 * numbered once for the whole paper, in the order the markers are read.
 */
function numberNotes(reader: Reader, notes: readonly NoteRead[], markers: readonly Marker[]): Note[] {
	const { report } = reader;
	const noteIds = new Set(notes.map((n) => n.id));
	const markerOf = new Map<string, string>();
	for (const marker of markers) {
		if (!noteIds.has(marker.note)) {
			report(marker.node, marker.unit, `marker <Ref to="${marker.note}"/> points at no note: there is no <Note id="${marker.note}">`);
			continue;
		}
		const earlier = markerOf.get(marker.note);
		if (earlier !== undefined)
			report(marker.node, marker.unit, `note "${marker.note}" has a second marker (the first is in unit "${earlier}"); give each marker its own note`);
		else markerOf.set(marker.note, marker.unit);
	}
	for (const note of notes) {
		if (!markerOf.has(note.id)) report(note.node, note.id, `note has no marker: no <Ref to="${note.id}"/> in any Chinese text`);
	}
	const order = [...markerOf.keys()];
	return notes
		.filter((n) => markerOf.has(n.id))
		.map((n) => ({ id: n.id, number: order.indexOf(n.id) + 1, line: n.line, missing: n.missing, work: n.work, text: n.text, segments: n.segments }))
		.sort((a, b) => a.number - b.number);
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
