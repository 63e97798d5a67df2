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
import { RULES } from './rules.ts';

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
	notes: boolean;
}

/**
 * The prose of inline content: text as written, emphasis unwrapped, a link whose text is its address left
 * out (an address is not prose), note markers and translator's notes left out (a translator's note is
 * checked on its own).
 */
export function proseOf(nodes: readonly PhrasingContent[]): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value;
		else if (node.type === 'break') out += ' ';
		else if (node.type === 'link') {
			const text = proseOf(node.children);
			out += text === node.url || /^https?:\/\//.test(text) ? 'URL' : text;
		} else if (node.type === 'mdxJsxTextElement') continue;
		else if ('children' in node) out += proseOf(node.children as PhrasingContent[]);
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

/** Markdown of a YAML value, as prose: links' addresses out, emphasis marks out. */
const markdownProse = (markdown: string): string =>
	markdown
		.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, text: string) => (/^https?:\/\//.test(text) ? 'URL' : text))
		.replace(/(?<!\w)[*_]+|[*_]+(?!\w)/g, '');

/** The line of the first line of `file` that holds `text` (1 if none): where a fault in it is reported. */
function lineOf(file: string, text: string): number {
	return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1 || 1;
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
		prose.push({ file: file('paper.mdx'), line: lineOf(file('paper.mdx'), text.slice(0, 20)), unit, text, notes: false });
	}
	const fromUnit = (id: string, line: number, en: PhrasingContent[], notes: boolean) => {
		prose.push({ file: file('paper.mdx'), line, unit: id, text: proseOf(en), notes });
		for (const tn of translatorNotes(en)) prose.push({ file: file('paper.mdx'), line, unit: `${id} (translator’s note)`, text: proseOf(tn), notes: false });
	};
	for (const unit of paper.text.units) if (unit.rendering !== 'author') fromUnit(unit.id, unit.line, unit.text.en, false);
	for (const note of paper.text.notes) if (!note.missing) fromUnit(note.id, note.line, note.text.en, true);
	for (const term of paper.glossary) prose.push({ file: file('glossary.yaml'), line: lineOf(file('glossary.yaml'), `id: ${term.id}`), unit: term.id, text: term.note.en, notes: false });
	for (const work of paper.bibliography) prose.push({ file: file('bibliography.yaml'), line: lineOf(file('bibliography.yaml'), `id: ${work.id}`), unit: work.id, text: markdownProse(work.en), notes: true });
	// The edition notes: each paragraph of prose (headings and the placeholder in brackets aside).
	(paper.editions.en ?? '').split('\n').forEach((line, i) => {
		if (line.trim() && !line.startsWith('#') && !/^\[.*\]$/.test(line.trim())) prose.push({ file: file('edition.en.md'), line: i + 1, unit: 'edition notes', text: markdownProse(line), notes: false });
	});
	return prose;
}

/** The problems of one stretch of prose. */
async function check(prose: Prose): Promise<StyleProblem[]> {
	const found = RULES.filter((rule) => !rule.scope || prose.notes).flatMap((rule) => rule.find(prose.text));
	const file = await retext().use(retextRepeatedWords).use(retextSentenceSpacing).use(retextIndefiniteArticle).process(prose.text);
	for (const message of file.messages) {
		const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
		const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
		if (start === undefined || end === undefined) continue;
		found.push({ rule: message.ruleId ?? message.source ?? 'retext', start, end, message: message.reason });
	}
	return found.map((f) => ({
		file: prose.file,
		line: prose.line,
		unit: prose.unit,
		rule: f.rule,
		span: `${f.start > 12 ? '…' : ''}${prose.text.slice(Math.max(0, f.start - 12), f.start)}[${prose.text.slice(f.start, f.end)}]${prose.text.slice(f.end, f.end + 12)}${f.end + 12 < prose.text.length ? '…' : ''}`,
		message: f.message,
	}));
}

export async function checkPaper(folder: string): Promise<StyleProblem[]> {
	return (await Promise.all(proseOfPaper(folder).map(check))).flat();
}

export const formatProblem = (p: StyleProblem): string => `${relative(process.cwd(), p.file)}:${p.line} unit "${p.unit}": ${p.rule}: ${p.span}: ${p.message}`;
