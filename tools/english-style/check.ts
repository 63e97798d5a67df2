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
import { parse as parseYaml } from 'yaml';
import { readPaper } from '../../src/lib/paper/parse.ts';
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

/** The English prose of the paper in `folder` (`src/content/papers/<id>/`). */
export function proseOfPaper(folder: string): Prose[] {
	const paperFile = `${folder}/paper.mdx`;
	const paper = readPaper(paperFile);
	const prose: Prose[] = [];
	// The metadata's English: the title, the summary, what the source is, who translated it.
	const source = readFileSync(paperFile, 'utf8');
	const frontmatter = source.match(/^---\n([^]*?)\n---/)?.[1];
	if (frontmatter) {
		const lines = frontmatter.split('\n');
		const english = (value: unknown, path: string): void => {
			if (typeof value !== 'object' || value === null) return;
			for (const [key, inner] of Object.entries(value)) {
				if (key === 'en' && typeof inner === 'string') {
					const line = lines.findIndex((l) => l.includes(inner.slice(0, 20))) + 2;
					prose.push({ file: paperFile, line, unit: `metadata ${path}`, text: inner, notes: false });
				} else english(inner, path ? `${path}.${key}` : key);
			}
		};
		english(parseYaml(frontmatter), '');
	}
	const fromUnit = (id: string, line: number, en: PhrasingContent[], notes: boolean) => {
		prose.push({ file: paperFile, line, unit: id, text: proseOf(en), notes });
		for (const tn of translatorNotes(en)) prose.push({ file: paperFile, line, unit: `${id} (translator’s note)`, text: proseOf(tn), notes: false });
	};
	for (const unit of paper.units) if (unit.rendering !== 'author') fromUnit(unit.id, unit.line, unit.text.en, false);
	for (const note of paper.notes) if (!note.missing) fromUnit(note.id, note.line, note.text.en, true);
	for (const [name, key, notes] of [
		['glossary.yaml', 'terms', false],
		['bibliography.yaml', 'works', true],
	] as const) {
		const file = `${folder}/${name}`;
		let source: string;
		try {
			source = readFileSync(file, 'utf8');
		} catch {
			continue;
		}
		const lines = source.split('\n');
		const entries = (parseYaml(source) as Record<string, { id: string; en: unknown; note?: { en: string } }[]>)[key] ?? [];
		for (const entry of entries) {
			const line = lines.findIndex((l) => l.includes(`id: ${entry.id}`)) + 1;
			const text = key === 'terms' ? (entry.note?.en ?? '') : String(entry.en);
			prose.push({ file, line, unit: entry.id, text: markdownProse(text), notes });
		}
	}
	// The edition notes: each paragraph of prose (headings and the placeholder in brackets aside).
	const edition = `${folder}/edition.en.md`;
	let notes = '';
	try {
		notes = readFileSync(edition, 'utf8');
	} catch {
		// A paper without edition notes.
	}
	notes.split('\n').forEach((line, i) => {
		if (line.trim() && !line.startsWith('#') && !/^\[.*\]$/.test(line.trim())) prose.push({ file: edition, line: i + 1, unit: 'edition notes', text: markdownProse(line), notes: false });
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
