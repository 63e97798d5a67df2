/**
 * Checks the English of a paper against the house style: every unit's and
 * note's rendering (the author's own English aside, kept as he wrote it),
 * the translator's notes, the glossary's English, the bibliography's, and
 * the edition notes.
 * A problem names the file, the line, the unit and the offending span.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { PhrasingContent } from 'mdast';
import { retext } from 'retext';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import retextSentenceSpacing from 'retext-sentence-spacing';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import type { Segment } from '../../src/lib/paper/model.ts';
import { glossaryNoteFaults, RULES } from './rules.ts';

export interface StyleProblem {
	file: string;
	line: number;
	unit: string;
	rule: string;
	/** The offending text, with a little of what surrounds it. */
	span: string;
	message: string;
}

/** A stretch of English prose and where it stands. */
interface Prose {
	file: string;
	line: number;
	unit: string;
	text: string;
	/** The same prose with its emphasis kept as `*…*`, for the rules that read titles. */
	emphasized: string;
	notes: boolean;
	/** Where each of a unit's segments starts in `text` and in `emphasized`, and its line: a finding is placed on its segment's line. */
	segments?: { text: number; emphasized: number; line: number }[];
}

/**
 * The prose of inline content: text as written, emphasis unwrapped, a link whose text is its address left
 * out (an address is not prose), note markers and translator's notes left out (a translator's note is
 * checked on its own).
 */
export function proseOf(nodes: readonly PhrasingContent[], emphasis = false): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value;
		else if (node.type === 'break') out += ' ';
		else if (node.type === 'link') {
			const text = proseOf(node.children, emphasis);
			out += text === node.url || /^https?:\/\//.test(text) ? 'URL' : text;
		} else if (node.type === 'mdxJsxTextElement') continue;
		else if (emphasis && node.type === 'emphasis') out += `*${proseOf(node.children, emphasis)}*`;
		else if ('children' in node) out += proseOf(node.children as PhrasingContent[], emphasis);
	}
	return out;
}

/** The contents of every `<Tn>` in inline content. */
function translatorNotes(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
	return nodes.flatMap((node) => {
		if (node.type === 'mdxJsxTextElement' && node.name === 'Tn') return [node.children as PhrasingContent[]];
		return 'children' in node ? translatorNotes(node.children as PhrasingContent[]) : [];
	});
}

/** Markdown of a YAML value, as prose: links' addresses out, emphasis marks out (or, with `emphasis`, kept as `*…*`). */
const markdownProse = (markdown: string, emphasis = false): string =>
	markdown
		.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, text: string) => (/^https?:\/\//.test(text) ? 'URL' : text))
		.replace(/(?<!\w)[*_]+|[*_]+(?!\w)/g, emphasis ? '*' : '');

/**
 * Where the segments of a unit starting on `unitLine` of `lines` (paper.mdx) stand: a multi-line `<En>`
 * has a segment a line, from the line after its tag; a one-line `<En>…</En>` is one segment on its line.
 */
function segmentPlaces(lines: readonly string[], unitLine: number, segments: readonly Segment[]): Prose['segments'] {
	const tag = lines.findIndex((line, i) => i >= unitLine - 1 && /^<En(?:\s[^>]*)?>/.test(line.trim()));
	if (tag < 0) return undefined;
	const first = /^<En(?:\s[^>]*)?>$/.test(lines[tag]!.trim()) ? tag + 2 : tag + 1;
	let text = 0;
	let emphasized = 0;
	return segments.map((segment, i) => {
		const place = { text, emphasized, line: first + i };
		text += proseOf(segment.en).length + 1;
		emphasized += proseOf(segment.en, true).length + 1;
		return place;
	});
}

/** The line of the first line of `file` that holds `text` (1 if none): where a fault in it is reported. */
function lineOf(file: string, text: string): number {
	return (
		readFileSync(file, 'utf8')
			.split('\n')
			.findIndex((line) => line.includes(text)) + 1 || 1
	);
}

/** The English prose of the paper in `folder` (`src/content/papers/<id>/`), read through the loader's own reader. */
export function proseOfPaper(folder: string): Prose[] {
	const paper = readPaperFolder(folder);
	const file = (name: string) => `${folder}/${name}`;
	const prose: Prose[] = [];
	// The metadata's English: the title, the summary, what the source is, who translated it.
	const { title, summary, source, translation } = paper.meta;
	for (const [unit, text] of [
		['metadata title', title.en],
		['metadata summary', summary.en],
		['metadata source.description', source.description.en],
		['metadata translation.by', translation.by.en],
	] as const) {
		prose.push({ file: file('paper.mdx'), line: lineOf(file('paper.mdx'), text.slice(0, 20)), unit, text, emphasized: text, notes: false });
	}
	const mdxLines = readFileSync(file('paper.mdx'), 'utf8').split('\n');
	const fromUnit = (id: string, line: number, en: PhrasingContent[], segments: readonly Segment[], notes: boolean) => {
		const segmentsAt = segmentPlaces(mdxLines, line, segments);
		prose.push({
			file: file('paper.mdx'),
			line,
			unit: id,
			text: proseOf(en),
			emphasized: proseOf(en, true),
			notes,
			...(segmentsAt ? { segments: segmentsAt } : {}),
		});
		segments.forEach((segment, i) => {
			for (const tn of translatorNotes(segment.en))
				prose.push({
					file: file('paper.mdx'),
					line: segmentsAt?.[i]?.line ?? line,
					unit: `${id} (translator’s note)`,
					text: proseOf(tn),
					emphasized: proseOf(tn, true),
					notes: false,
				});
		});
	};
	for (const unit of paper.text.units) if (unit.rendering !== 'author') fromUnit(unit.id, unit.line, unit.text.en, unit.segments, false);
	for (const note of paper.text.notes) if (!note.missing) fromUnit(note.id, note.line, note.text.en, note.segments, true);
	for (const term of paper.glossary)
		prose.push({
			file: file('glossary.yaml'),
			line: lineOf(file('glossary.yaml'), `id: ${term.id}`),
			unit: term.id,
			text: term.note.en,
			emphasized: term.note.en,
			notes: false,
		});
	for (const work of paper.bibliography)
		prose.push({
			file: file('bibliography.yaml'),
			line: lineOf(file('bibliography.yaml'), `id: ${work.id}`),
			unit: work.id,
			text: markdownProse(work.en),
			emphasized: markdownProse(work.en, true),
			notes: true,
		});
	// The edition notes: each paragraph of prose (headings and the placeholder in brackets aside).
	(paper.editions.en ?? '').split('\n').forEach((line, i) => {
		if (line.trim() && !line.startsWith('#') && !/^\[.*\]$/.test(line.trim()))
			prose.push({
				file: file('edition.en.md'),
				line: i + 1,
				unit: 'edition notes',
				text: markdownProse(line),
				emphasized: markdownProse(line, true),
				notes: false,
			});
	});
	return prose;
}

/** A finding's span, with a little of what surrounds it: `…text [span] text…`. */
const spanIn = (text: string, start: number, end: number): string =>
	`${start > 12 ? '…' : ''}${text.slice(Math.max(0, start - 12), start)}[${text.slice(start, end)}]${text.slice(end, end + 12)}${end + 12 < text.length ? '…' : ''}`;

/** The problems of one stretch of prose. */
async function check(prose: Prose): Promise<StyleProblem[]> {
	const found = RULES.filter((rule) => !rule.scope || prose.notes).flatMap((rule) =>
		rule.find(rule.emphasis ? prose.emphasized : prose.text).map((f) => ({ ...f, emphasized: rule.emphasis === true })),
	);
	const file = await retext().use(retextRepeatedWords).use(retextSentenceSpacing).use(retextIndefiniteArticle).process(prose.text);
	for (const message of file.messages) {
		const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
		const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
		if (start === undefined || end === undefined) continue;
		found.push({ rule: message.ruleId ?? message.source ?? 'retext', start, end, message: message.reason, emphasized: false });
	}
	return found.map((f) => {
		const text = f.emphasized ? prose.emphasized : prose.text;
		const segment = prose.segments?.findLast((s) => (f.emphasized ? s.emphasized : s.text) <= f.start);
		return { file: prose.file, line: segment?.line ?? prose.line, unit: prose.unit, rule: f.rule, span: spanIn(text, f.start, f.end), message: f.message };
	});
}

/** The glossary's renderings in its own notes (glossaryNoteFaults), each placed on its entry. */
function glossaryProblems(folder: string): StyleProblem[] {
	const paper = readPaperFolder(folder);
	const file = `${folder}/glossary.yaml`;
	return glossaryNoteFaults(paper.glossary).map((f) => {
		const text = paper.glossary.find((t) => t.id === f.term)!.note.en;
		return { file, line: lineOf(file, `id: ${f.term}`), unit: f.term, rule: f.rule, span: spanIn(text, f.start, f.end), message: f.message };
	});
}

export async function checkPaper(folder: string): Promise<StyleProblem[]> {
	return [...(await Promise.all(proseOfPaper(folder).map(check))).flat(), ...glossaryProblems(folder)];
}

export const formatProblem = (p: StyleProblem): string => `${relative(process.cwd(), p.file)}:${p.line} unit "${p.unit}": ${p.rule}: ${p.span}: ${p.message}`;
