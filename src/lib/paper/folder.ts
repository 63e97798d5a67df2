/**
 * A paper's folder, read and checked whole, into the one model that pages,
 * search, downloads and citations all read (`Paper`). Everything a folder
 * can get wrong is found here, every fault at once, each with its file, its
 * line and column, the unit or entry, and what is wrong: a folder named
 * outside the id pattern, a missing paper.mdx or source file, a file not in
 * UTF-8, metadata that breaks its schema, a fault in the aligned text
 * (parse.ts), a glossary id used twice, a bibliography or edition notes
 * holding anything but prose and safe links, notes and bibliography that
 * disagree. `paperFromFiles` works on files in memory (the tests give it
 * broken ones); `readPapers` reads the folders from disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RootContent } from 'mdast';
import { markdownToMdast } from 'satteri';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { type AlignedPaper, ID_PATTERN, type Lang } from './model.ts';
import { ContentError, type ContentProblem, linkFault, parsePaper } from './parse.ts';
import { readReviews, type ReviewRecord } from './reviews.ts';
import { bibliographySchema, type GlossaryTerm, glossarySchema, type PaperMeta, paperSchema, type Work } from './schema.ts';

/** One paper, as every page, the search index and the downloads read it. */
export interface Paper {
	/** The folder's name, used in every URL of the paper. */
	id: string;
	meta: PaperMeta;
	text: AlignedPaper;
	glossary: GlossaryTerm[];
	bibliography: Work[];
	/** How the edition was made, in each interface language (plain Markdown). */
	editions: Partial<Record<Lang, string>>;
	/** The quality record: the review rounds of the English (reviews/*.yaml), by round. */
	reviews: ReviewRecord[];
}

/** The folder of review records inside a paper's folder; its files are named `reviews/<file>` among the folder's. */
export const REVIEWS_DIR = 'reviews';

/** Folder names that are not papers, though they match the id pattern: `guide` is the guide's route segment (`/zh/guide/`). */
export const RESERVED_IDS = ['index', 'guide'];

/** The files of one folder, by name, as bytes. */
export type FolderFiles = ReadonlyMap<string, Uint8Array>;

/** Decodes UTF-8, or says where the bytes stop being it (a file saved in GBK, say). */
function decode(bytes: Uint8Array, file: string, problems: ContentProblem[]): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const at = lenient.indexOf('\ufffd');
		const line = lenient.slice(0, at).split('\n').length;
		problems.push({ file, line, column: at - lenient.lastIndexOf('\n', at - 1), unit: undefined, fault: 'not UTF-8: save the file in UTF-8 (it seems to be in another encoding, such as GBK)' });
		return undefined;
	}
}

/** A YAML text parsed and checked against `schema`; a fault is placed on the line of the value it concerns. */
function readYaml<T>(source: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[], lineOffset = 0): { data: T; lineOf: (path: (string | number)[]) => number } | undefined {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	const lineOf = (path: (string | number)[]): number => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return 1 + lineOffset;
	};
	for (const error of doc.errors) problems.push({ file, line: (error.linePos?.[0].line ?? 1) + lineOffset, column: error.linePos?.[0].col ?? 1, unit: undefined, fault: `not valid YAML: ${error.message.split('\n')[0]}` });
	if (doc.errors.length > 0) return undefined;
	const parsed = schema.safeParse(doc.toJS());
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
			problems.push({ file, line: lineOf(path), column: 1, unit: path.join('.') || undefined, fault: issue.message });
		}
		return undefined;
	}
	return { data: parsed.data, lineOf };
}

/** Links in markdown held in YAML (the bibliography), read as the page reads them: each must be safe to publish. */
function checkMarkdownLinks(markdown: string, file: string, line: number, unit: string, problems: ContentProblem[]): void {
	const walk = (nodes: readonly RootContent[]): void => {
		for (const node of nodes) {
			const fault = node.type === 'link' ? linkFault(node.url) : undefined;
			if (fault) problems.push({ file, line, column: 1, unit, fault });
			if ('children' in node) walk(node.children as RootContent[]);
		}
	};
	const root = markdownToMdast(markdown);
	if (root.type === 'root') walk(root.children);
}

/** The edition notes: headings (##, ###) and paragraphs of text, emphasis and safe links; nothing else. */
function checkProse(markdown: string, file: string, problems: ContentProblem[]): void {
	const INLINE = new Set(['text', 'emphasis', 'strong', 'link', 'break']);
	const walk = (nodes: readonly RootContent[], block: boolean): void => {
		for (const node of nodes) {
			const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, unit: undefined };
			const allowed = block ? node.type === 'paragraph' || (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) : INLINE.has(node.type);
			if (!allowed) {
				problems.push({ ...at, fault: `${node.type === 'html' ? 'HTML' : node.type} is not what the edition notes may hold: headings (##, ###) and paragraphs of text, emphasis and links` });
				continue;
			}
			if (node.type === 'link' && linkFault(node.url)) problems.push({ ...at, fault: linkFault(node.url)! });
			if ('children' in node) walk(node.children as RootContent[], false);
		}
	};
	const root = markdownToMdast(markdown, { position: true });
	if (root.type === 'root') walk(root.children, true);
}

/**
 * A paper from the files of its folder `id` (shown in messages as `dir`), or a `ContentError` listing
 * every fault.
 */
export function paperFromFiles(id: string, dir: string, files: FolderFiles): Paper {
	const problems: ContentProblem[] = [];
	const at = (name: string) => `${dir}/${name}`;
	if (!ID_PATTERN.test(id) || RESERVED_IDS.includes(id)) {
		problems.push({
			file: `${dir}/`,
			line: 1,
			column: 1,
			unit: undefined,
			fault: `the folder name “${id}” cannot be a paper's id: it is every URL of the paper, so lowercase letters, digits and single hyphens (like chatgpt-sora), and not ${RESERVED_IDS.map((r) => `“${r}”`).join(', ')}`,
		});
	}
	const text = (name: string): string | undefined => {
		const bytes = files.get(name);
		return bytes === undefined ? undefined : decode(bytes, at(name), problems);
	};

	// The aligned text and its metadata.
	const source = text('paper.mdx');
	if (!files.has('paper.mdx')) problems.push({ file: at('paper.mdx'), line: 1, column: 1, unit: undefined, fault: 'missing: every paper folder holds its paper.mdx' });
	let meta: PaperMeta | undefined;
	let aligned: AlignedPaper | undefined;
	if (source !== undefined) {
		const frontmatter = /^---\r?\n([^]*?)\r?\n---(?:\r?\n|$)/.exec(source);
		if (!frontmatter) problems.push({ file: at('paper.mdx'), line: 1, column: 1, unit: undefined, fault: 'no metadata: paper.mdx opens with its frontmatter (title, summary, source, translation) between --- lines' });
		else meta = readYaml(frontmatter[1]!, at('paper.mdx'), paperSchema, problems, 1)?.data;
		try {
			aligned = parsePaper(source, at('paper.mdx'));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
		if (meta && !files.has(meta.source.file)) {
			problems.push({ file: at('paper.mdx'), line: source.split('\n').findIndex((l) => l.includes(meta!.source.file)) + 1, column: 1, unit: 'source.file', fault: `the source “${meta.source.file}” is not in the folder: the source is kept beside the paper, exactly as received` });
		}
	}

	// The glossary: its ids once each.
	let glossary: GlossaryTerm[] = [];
	const glossaryText = text('glossary.yaml');
	if (glossaryText !== undefined) {
		const read = readYaml(glossaryText, at('glossary.yaml'), glossarySchema, problems);
		if (read) {
			glossary = read.data.terms;
			const seen = new Map<string, number>();
			glossary.forEach((term, i) => {
				const line = read.lineOf(['terms', i, 'id']);
				const first = seen.get(term.id);
				if (first !== undefined) problems.push({ file: at('glossary.yaml'), line, column: 1, unit: term.id, fault: `duplicated term id: “${term.id}” is already used on line ${first}` });
				else seen.set(term.id, line);
			});
		}
	}

	// The bibliography: safe links, and the notes and it agree.
	let bibliography: Work[] = [];
	const bibliographyText = text('bibliography.yaml');
	if (bibliographyText !== undefined) {
		const read = readYaml(bibliographyText, at('bibliography.yaml'), bibliographySchema, problems);
		if (read) {
			bibliography = read.data.works;
			bibliography.forEach((work, i) => {
				for (const lang of ['zh', 'en'] as const) checkMarkdownLinks(work[lang], at('bibliography.yaml'), read.lineOf(['works', i, lang]), work.id, problems);
			});
			if (aligned) problems.push(...citationProblems(aligned, bibliography, at('paper.mdx'), at('bibliography.yaml'), (i) => read.lineOf(['works', i])));
		}
	}

	// How the edition was made: prose only.
	const editions: Partial<Record<Lang, string>> = {};
	for (const lang of ['zh', 'en'] as const) {
		const name = `edition.${lang}.md`;
		const markdown = text(name);
		if (markdown === undefined) continue;
		checkProse(markdown, at(name), problems);
		editions[lang] = markdown;
	}
	for (const name of files.keys()) {
		if (/^edition\.\w+\.mdx$/.test(name)) problems.push({ file: at(name), line: 1, column: 1, unit: undefined, fault: `edition notes are plain Markdown: rename it ${name.replace(/x$/, '')}` });
	}

	const reviews = readReviews(reviewFiles(files, text), at(REVIEWS_DIR), aligned && { text: aligned, glossary, bibliography, editionEn: editions.en }, problems);

	if (problems.length > 0 || !meta || !aligned) throw new ContentError(problems);
	return { id, meta, text: aligned, glossary, bibliography, editions, reviews };
}

/** Notes and bibliography agree: every note with text cites a listed work, every work is cited. */
function citationProblems(text: AlignedPaper, works: readonly Work[], paperFile: string, bibliographyFile: string, lineOfWork: (i: number) => number): ContentProblem[] {
	const ids = new Set(works.map((w) => w.id));
	const problems: ContentProblem[] = text.notes
		.filter((note) => !note.missing && (note.work === undefined || !ids.has(note.work)))
		.map((note) => ({
			file: paperFile,
			line: note.line,
			column: 1,
			unit: note.id,
			fault: note.work === undefined ? 'note names no work of the bibliography (work="…")' : `note cites work "${note.work}", which bibliography.yaml does not list`,
		}));
	works.forEach((work, i) => {
		if (!text.notes.some((n) => n.work === work.id)) problems.push({ file: bibliographyFile, line: lineOfWork(i), column: 1, unit: work.id, fault: 'bibliography.yaml lists a work that no note cites' });
	});
	return problems;
}

/** The review records among a folder's files (`reviews/…`), decoded, by their name inside `reviews/`. */
function reviewFiles(files: FolderFiles, text: (name: string) => string | undefined): Map<string, string> {
	const records = new Map<string, string>();
	for (const name of files.keys()) {
		if (!name.startsWith(`${REVIEWS_DIR}/`)) continue;
		const decoded = text(name);
		if (decoded !== undefined) records.set(name.slice(REVIEWS_DIR.length + 1), decoded);
	}
	return records;
}

/** The files of a folder on disk, by name, with those of its `reviews/` folder as `reviews/<name>`. */
export function filesOf(dir: string): Map<string, Uint8Array> {
	const files = (sub: string, prefix: string) =>
		readdirSync(sub, { withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry): [string, Uint8Array] => [`${prefix}${entry.name}`, readFileSync(join(sub, entry.name))]);
	const reviews = join(dir, REVIEWS_DIR);
	return new Map([...files(dir, ''), ...(existsSync(reviews) && statSync(reviews).isDirectory() ? files(reviews, `${REVIEWS_DIR}/`) : [])]);
}

/** Every paper under `base` (one folder each), in id order; every fault of every folder thrown at once. */
export function readPapers(base: string): Paper[] {
	if (!existsSync(base) || !statSync(base).isDirectory()) throw new ContentError([{ file: base, line: 1, column: 1, unit: undefined, fault: 'the papers folder does not exist' }]);
	const problems: ContentProblem[] = [];
	const papers: Paper[] = [];
	for (const entry of readdirSync(base, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
		const dir = join(base, entry.name);
		try {
			papers.push(paperFromFiles(entry.name, relative(process.cwd(), dir) || dir, filesOf(dir)));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return papers;
}

/** One paper folder from disk. */
export const readPaperFolder = (dir: string): Paper => paperFromFiles(dir.replace(/\/$/, '').split('/').pop()!, relative(process.cwd(), dir) || dir, filesOf(dir));

