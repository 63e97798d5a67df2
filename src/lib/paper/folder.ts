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
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'astro/zod';
import { type AlignedPaper, ID_PATTERN, type Lang, type Paper } from './model.ts';
import { pageIdFault } from '../page-ids.ts';
import { characterFault, forbiddenCharacters, isBlank, lineColumn } from './characters.ts';
import { EMPTY_LINK_FAULT, linkFault } from './links.ts';
import { plainText } from './plain-text.ts';
import { parsePaper, unitByTags } from './parse.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { editionSlugs, readReviews } from './reviews.ts';
import { bibliographySchema, type GlossaryTerm, glossarySchema, type PaperMeta, paperSchema, type Work } from './schema.ts';
import { checkVersions, type Version, versionsSchema } from './versions.ts';

// The paper's type lives with the model; it is exported here too, for the modules that import it from here.
export type { Paper } from './model.ts';

/** The folder of review records inside a paper's folder; its files are named `reviews/<file>` among the folder's. */
export const REVIEWS_DIR = 'reviews';

/** Folder names that are not papers, though they match the id pattern: `guide` is the guide's route segment (`/zh/guide/`). */
export const RESERVED_IDS = ['index', 'guide'];

/** The files of one folder, by name, as bytes. */
export type FolderFiles = ReadonlyMap<string, Uint8Array>;

/** Decodes UTF-8, or says where the bytes stop being it (a file saved in GBK, say). */
function decode(bytes: Uint8Array, file: string, problems: ContentProblem[], unitAt: (text: string, index: number) => string | undefined): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lenient = new TextDecoder('utf-8').decode(bytes);
		// The first replacement character the decoder made (one the file holds itself is valid UTF-8).
		const valid = new TextDecoder('utf-8').decode(bytes.slice(0, firstInvalidByte(bytes)), { stream: true });
		const at = valid.length;
		const line = lenient.slice(0, at).split('\n').length;
		problems.push({
			file,
			line,
			column: at - lenient.lastIndexOf('\n', at - 1),
			unit: unitAt(lenient, at),
			fault: 'not UTF-8: save the file in UTF-8 (it seems to be in another encoding, such as GBK)',
		});
		return undefined;
	}
}

/** Where the bytes stop being UTF-8: the length of their longest valid start. */
function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	const valid = (n: number): boolean => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, n), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (valid(mid)) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** The unit or entry at `index` of a file that could not be read whole: in paper.mdx its unit, in YAML its value's path. */
function unitInText(name: string, text: string, index: number): string | undefined {
	if (name === 'paper.mdx') return unitByTags(text, index);
	if (name.endsWith('.yaml')) return yamlPathAt(parseDocument(text), index)?.join('.');
	return undefined;
}

/** Where a value starts in a file; `oneLine` when its text's lines are not the file's. */
interface Place {
	line: number;
	column: number;
	oneLine?: boolean;
}

/** A YAML text parsed and checked against `schema`; a fault is placed on the line of the value it concerns. */
function readYaml<T>(
	source: string,
	file: string,
	schema: z.ZodType<T>,
	problems: ContentProblem[],
	lineOffset = 0,
): { data: T; lineOf: (path: (string | number)[]) => number; placeOf: (path: (string | number)[]) => Place } | undefined {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	const lineOf = (path: (string | number)[]): number => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return 1 + lineOffset;
	};
	/** Where the value at `path` starts: its line and column (past the quote of a quoted string). */
	const placeOf = (path: (string | number)[]): Place => {
		const node = doc.getIn(path, true);
		if (!isScalar(node) || !node.range) return { line: lineOf(path), column: 1 };
		const { line, col } = lineCounter.linePos(node.range[0]);
		const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
		// A quoted string on one line holds its line breaks as escapes ("\n"): its text's lines are not the file's.
		return { line: line + lineOffset, column: col + (quoted ? 1 : 0), oneLine: quoted && !source.slice(node.range[0], node.range[1]).includes('\n') };
	};
	// Forbidden characters where they stand, and those an escape ("\a", "\x07") puts in a value.
	for (const c of forbiddenCharacters(source)) {
		const at = lineColumn(source, c.index);
		problems.push({ file, line: at.line + lineOffset, column: at.column, unit: yamlPathAt(doc, c.index)?.join('.'), fault: characterFault(c.codePoint) });
	}
	for (const error of doc.errors)
		problems.push({
			file,
			line: (error.linePos?.[0].line ?? 1) + lineOffset,
			column: error.linePos?.[0].col ?? 1,
			unit: undefined,
			fault: `not valid YAML: ${error.message.split('\n')[0]}`,
		});
	if (doc.errors.length > 0) return undefined;
	for (const { path, value, range, comment } of yamlStrings(doc)) {
		// A "#" after a plain value starts a comment that YAML drops: "Part #2 of the work" would publish as "Part".
		if (comment !== undefined) {
			const hash = lineCounter.linePos(range[1] + source.slice(range[1], range[2]).indexOf('#'));
			problems.push({
				file,
				line: hash.line + lineOffset,
				column: hash.col,
				unit: path.join('.'),
				fault: 'a comment (" #") on a value\'s line: YAML drops it and the text after it would be lost; quote the value, or put the comment on its own line',
			});
		}
		const bad = forbiddenCharacters(value).find((c) => !source.slice(range[0], range[1]).includes(String.fromCodePoint(c.codePoint)));
		if (bad)
			problems.push({
				file,
				line: lineCounter.linePos(range[0]).line + lineOffset,
				column: lineCounter.linePos(range[0]).col,
				unit: path.join('.'),
				fault: characterFault(bad.codePoint, 'an escape'),
			});
	}
	// An alias repeats a value by reference: content never needs one, and a few nested ones expand into
	// millions of values (an "alias bomb", which the library stops by throwing). Each is refused where it stands.
	let aliases = 0;
	visit(doc, {
		// An explicit tag (`!!js/function`, `!foo`) asks for a type content has none of; unresolved, YAML drops it with only a warning.
		Node(_, node) {
			if (node.tag === undefined || !node.range) return;
			const at = lineCounter.linePos(node.range[0]);
			problems.push({
				file,
				line: at.line + lineOffset,
				column: at.col,
				unit: yamlPathAt(doc, node.range[0])?.join('.'),
				fault: `a YAML tag (${node.tag}): content values are plain text, lists and maps; remove the tag, and quote the value if it is text`,
			});
		},
		Alias(_, node) {
			aliases++;
			const at = lineCounter.linePos(node.range?.[0] ?? 0);
			if (aliases <= 3)
				problems.push({
					file,
					line: at.line + lineOffset,
					column: at.col,
					unit: node.range ? yamlPathAt(doc, node.range[0])?.join('.') : undefined,
					fault: `a YAML alias (*${node.source}): content files repeat no value by reference; write the value out`,
				});
		},
	});
	if (aliases > 0) return undefined;
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: 0 });
	} catch (error) {
		problems.push({
			file,
			line: 1 + lineOffset,
			column: 1,
			unit: undefined,
			fault: `not readable YAML: ${error instanceof Error ? error.message : String(error)}`,
		});
		return undefined;
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
			problems.push({ file, line: lineOf(path), column: 1, unit: path.join('.') || undefined, fault: issue.message });
		}
		return undefined;
	}
	return { data: parsed.data, lineOf, placeOf };
}

type YamlPath = (string | number)[];

/** Every string value of a YAML document, with its path and where it stands. */
function yamlStrings(doc: Document): { path: YamlPath; value: string; range: [number, number, number]; comment: string | undefined }[] {
	const found: { path: YamlPath; value: string; range: [number, number, number]; comment: string | undefined }[] = [];
	const walk = (node: unknown, path: YamlPath): void => {
		if (isScalar(node) && typeof node.value === 'string' && node.range)
			found.push({ path, value: node.value, range: node.range, comment: node.comment ?? undefined });
		else if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
		else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
	};
	walk(doc.contents, []);
	return found;
}

/** The path of the deepest value of a YAML document that holds the character at `index`, if any. */
function yamlPathAt(doc: Document, index: number): YamlPath | undefined {
	const within = (node: unknown): boolean => {
		const range = (node as { range?: [number, number, number] } | null)?.range;
		return range !== undefined && range[0] <= index && index < range[2];
	};
	let path: YamlPath | undefined;
	const walk = (node: unknown, at: YamlPath): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isPair(pair)) continue;
				const key = isScalar(pair.key) ? String(pair.key.value) : '?';
				if (within(pair.key) || within(pair.value)) {
					path = [...at, key];
					walk(pair.value, path);
				}
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				if (within(item)) {
					path = [...at, i];
					walk(item, path);
				}
			});
		}
	};
	walk(doc.contents, []);
	return path;
}

/** Inline markdown a bibliography entry or the edition notes may hold; anything else is a fault. */
const PROSE_INLINE = new Set(['text', 'emphasis', 'strong', 'link', 'break']);

/** What a block of markdown that is not one of its kind reads as, for a message. */
function misreadAs(node: RootContent): string {
	if (node.type === 'list') return `a list (a number and a full stop, or "-", "*", "+", at the start of a line make one: write “2024\\.” to keep the number)`;
	if (node.type === 'heading') return `a heading (“#” at the start of a line makes one: write “\\#” to keep it)`;
	if (node.type === 'html') return 'HTML';
	return node.type;
}

/**
 * A bibliography entry (markdown held in YAML), read as the page reads it: one paragraph of text, emphasis
 * and safe links. Anything else (a second paragraph, a list, a heading, HTML, code, an image) would not
 * be shown whole, so it is a fault. `at` is where the entry's value starts in the YAML file.
 */
function checkEntry(markdown: string, file: string, at: Place, unit: string, problems: ContentProblem[]): void {
	const place = (node: RootContent) => {
		const start = node.position?.start;
		if (!start || (at.oneLine && start.line > 1)) return { line: at.line, column: at.column };
		return start.line === 1 ? { line: at.line, column: at.column + start.column - 1 } : { line: at.line + start.line - 1, column: start.column };
	};
	const walk = (nodes: readonly RootContent[]): void => {
		for (const node of nodes) {
			if (!PROSE_INLINE.has(node.type)) {
				problems.push({ file, ...place(node), unit, fault: `${misreadAs(node)} in a bibliography entry, which holds text, emphasis and links only` });
				continue;
			}
			const fault = node.type === 'link' ? (linkFault(node.url) ?? (isBlank(plainText(node.children)) ? EMPTY_LINK_FAULT : undefined)) : undefined;
			if (fault) problems.push({ file, line: at.line, column: 1, unit, fault });
			if (node.type === 'text') {
				const bad = forbiddenCharacters(node.value).find((c) => !markdown.includes(String.fromCodePoint(c.codePoint)));
				if (bad) problems.push({ file, ...place(node), unit, fault: characterFault(bad.codePoint, 'a character reference') });
			}
			if ('children' in node) walk(node.children as RootContent[]);
		}
	};
	const root = markdownToMdast(markdown, { position: true });
	if (root.type !== 'root') return;
	const [first, ...more] = root.children;
	if (first?.type !== 'paragraph') {
		if (first)
			problems.push({
				file,
				...place(first),
				unit,
				fault: `a bibliography entry is one paragraph of text, emphasis and links; this one reads as ${misreadAs(first)}, which the page would not show`,
			});
		return;
	}
	for (const node of more)
		problems.push({
			file,
			...place(node),
			unit,
			fault: `a bibliography entry is one paragraph: this ${node.type === 'paragraph' ? 'second paragraph' : misreadAs(node)} would not be shown; join the paragraphs, or make the entry two works`,
		});
	walk(first.children);
}

/** The edition notes: headings (##, ###) and paragraphs of text, emphasis and safe links; nothing else. */
function checkProse(markdown: string, file: string, problems: ContentProblem[]): void {
	for (const c of forbiddenCharacters(markdown)) problems.push({ file, ...lineColumn(markdown, c.index), unit: undefined, fault: characterFault(c.codePoint) });
	const walk = (nodes: readonly RootContent[], block: boolean): void => {
		for (const node of nodes) {
			const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, unit: undefined };
			const allowed = block ? node.type === 'paragraph' || (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) : PROSE_INLINE.has(node.type);
			if (!allowed) {
				problems.push({
					...at,
					fault: `${node.type === 'html' ? 'HTML' : node.type} is not what the edition notes may hold: headings (##, ###) and paragraphs of text, emphasis and links`,
				});
				continue;
			}
			if (node.type === 'link' && linkFault(node.url)) problems.push({ ...at, fault: linkFault(node.url)! });
			if (node.type === 'link' && isBlank(plainText(node.children))) problems.push({ ...at, fault: EMPTY_LINK_FAULT });
			if (node.type === 'heading' && isBlank(plainText(node.children))) problems.push({ ...at, fault: 'an empty heading: write its words after the #' });
			if (node.type === 'text') {
				const raw = markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? markdown.length);
				const bad = forbiddenCharacters(node.value).find((c) => !raw.includes(String.fromCodePoint(c.codePoint)));
				if (bad) problems.push({ ...at, fault: characterFault(bad.codePoint, 'a character reference') });
			}
			if ('children' in node) walk(node.children as RootContent[], false);
		}
	};
	const root = markdownToMdast(markdown, { position: true });
	if (root.type === 'root') walk(root.children, true);
	// The English headings are the review records' keys (`edition/<slug>`): each needs one of its own.
	if (file.endsWith('edition.en.md')) {
		const seen = new Map<string, number>();
		for (const heading of markdown.matchAll(/^#{2,3}\s+(.+)$/gm)) {
			const slug = editionSlugs(heading[0])[0]!;
			const { line } = lineColumn(markdown, heading.index);
			if (slug === '')
				problems.push({
					file,
					line,
					column: 1,
					unit: undefined,
					fault: 'a heading without Latin letters or digits has no review key (edition/…): write it in English',
				});
			else if (seen.has(slug))
				problems.push({
					file,
					line,
					column: 1,
					unit: undefined,
					fault: `the heading's review key “edition/${slug}” is already the heading's on line ${seen.get(slug)}: reword one of them`,
				});
			else seen.set(slug, line);
		}
	}
}

/** The files a paper folder may hold, besides its source (which its metadata names). */
const FOLDER_FILES = ['paper.mdx', 'glossary.yaml', 'bibliography.yaml', 'edition.zh.md', 'edition.en.md', 'versions.yaml'];

/** Why a file the folder holds is not read, and what was perhaps meant. */
function unexpectedFile(name: string): string {
	const stem = name.toLowerCase().split('.')[0]!;
	const meant = /^edition\./.test(name)
		? 'edition.zh.md or edition.en.md (the edition notes exist in the two interface languages)'
		: FOLDER_FILES.find((f) => f.split('.')[0] === stem);
	return `unexpected file, which the build would not read: ${meant ? `did you mean ${meant}? ` : ''}a paper folder holds ${FOLDER_FILES.join(', ')} and the source its paper.mdx names`;
}

/**
 * A paper from the files of its folder `id` (shown in messages as `dir`), or a `ContentError` listing
 * every fault. `others` names what the folder holds that is neither a file nor its folder of review
 * records (a symbolic link, another folder).
 */
export function paperFromFiles(id: string, dir: string, files: FolderFiles, others: readonly string[] = []): Paper {
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
		return bytes === undefined ? undefined : decode(bytes, at(name), problems, (lenient, index) => unitInText(name, lenient, index));
	};

	// The aligned text and its metadata.
	const source = text('paper.mdx');
	if (!files.has('paper.mdx'))
		problems.push({ file: at('paper.mdx'), line: 1, column: 1, unit: undefined, fault: 'missing: every paper folder holds its paper.mdx' });
	let meta: PaperMeta | undefined;
	let aligned: AlignedPaper | undefined;
	if (source !== undefined) {
		const frontmatter = /^---\r?\n([^]*?)\r?\n---(?:\r?\n|$)/.exec(source);
		if (!frontmatter)
			problems.push({
				file: at('paper.mdx'),
				line: 1,
				column: 1,
				unit: undefined,
				fault: 'no metadata: paper.mdx opens with its frontmatter (title, summary, source, translation) between --- lines',
			});
		else meta = readYaml(frontmatter[1]!, at('paper.mdx'), paperSchema, problems, 1)?.data;
		try {
			aligned = parsePaper(source, at('paper.mdx'));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
		if (meta && !files.has(meta.source.file)) {
			problems.push({
				file: at('paper.mdx'),
				line: source.split('\n').findIndex((l) => l.includes(meta!.source.file)) + 1,
				column: 1,
				unit: 'source.file',
				fault: `the source “${meta.source.file}” is not in the folder: the source is kept beside the paper, exactly as received`,
			});
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
				if (first !== undefined)
					problems.push({
						file: at('glossary.yaml'),
						line,
						column: 1,
						unit: term.id,
						fault: `duplicated term id: “${term.id}” is already used on line ${first}`,
					});
				else seen.set(term.id, line);
				const clash = pageIdFault(term.id);
				if (clash) problems.push({ file: at('glossary.yaml'), ...read.placeOf(['terms', i, 'id']), unit: term.id, fault: clash });
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
				for (const lang of ['zh', 'en'] as const) checkEntry(work[lang], at('bibliography.yaml'), read.placeOf(['works', i, lang]), work.id, problems);
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
		if (/^edition\.\w+\.mdx$/.test(name))
			problems.push({ file: at(name), line: 1, column: 1, unit: undefined, fault: `edition notes are plain Markdown: rename it ${name.replace(/x$/, '')}` });
		else if (!FOLDER_FILES.includes(name) && !name.startsWith(`${REVIEWS_DIR}/`) && meta && name !== meta.source.file)
			problems.push({ file: at(name), line: 1, column: 1, unit: undefined, fault: unexpectedFile(name) });
	}
	for (const name of others) {
		problems.push({
			file: at(name),
			line: 1,
			column: 1,
			unit: undefined,
			fault: `not a file but a link or a folder: a paper folder holds its files themselves (${FOLDER_FILES.join(', ')} and its source), which the build reads and the repository keeps, and its ${REVIEWS_DIR} folder of review records`,
		});
	}

	const reviews = readReviews(
		reviewFiles(files, text),
		at(REVIEWS_DIR),
		aligned && { text: aligned, glossary, bibliography, editionEn: editions.en },
		problems,
	);

	// The dated versions and their corrections, checked against the text they name.
	let versions: Version[] = [];
	const versionsText = text('versions.yaml');
	if (versionsText !== undefined) {
		const read = readYaml(versionsText, at('versions.yaml'), versionsSchema, problems);
		if (read)
			versions = checkVersions(read.data, { path: at('versions.yaml'), lineOf: read.lineOf, text: aligned, glossary, bibliography, editions }, problems);
	}

	if (problems.length > 0 || !meta || !aligned) throw new ContentError(problems);
	return { id, meta, text: aligned, glossary, bibliography, editions, reviews, versions };
}

/** Notes and bibliography agree: every note with text cites a listed work, every work is cited. */
function citationProblems(
	text: AlignedPaper,
	works: readonly Work[],
	paperFile: string,
	bibliographyFile: string,
	lineOfWork: (i: number) => number,
): ContentProblem[] {
	const ids = new Set(works.map((w) => w.id));
	const problems: ContentProblem[] = text.notes
		.filter((note) => !note.missing && (note.work === undefined || !ids.has(note.work)))
		.map((note) => ({
			file: paperFile,
			line: note.line,
			column: 1,
			unit: note.id,
			fault:
				note.work === undefined ? 'note names no work of the bibliography (work="…")' : `note cites work "${note.work}", which bibliography.yaml does not list`,
		}));
	works.forEach((work, i) => {
		if (!text.notes.some((n) => n.work === work.id))
			problems.push({ file: bibliographyFile, line: lineOfWork(i), column: 1, unit: work.id, fault: 'bibliography.yaml lists a work that no note cites' });
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

/**
 * What a folder on disk holds that is neither a file nor its folder of review records (a symbolic link,
 * another folder), and what its review records' folder holds that is not a file: by name.
 */
function othersOf(dir: string): string[] {
	const others = (sub: string, prefix: string) =>
		readdirSync(sub, { withFileTypes: true })
			.filter((entry) => !entry.isFile() && !(prefix === '' && entry.name === REVIEWS_DIR && entry.isDirectory()))
			.map((entry) => `${prefix}${entry.name}`);
	const reviews = readdirSync(dir, { withFileTypes: true }).some((entry) => entry.name === REVIEWS_DIR && entry.isDirectory());
	return [...others(dir, ''), ...(reviews ? others(join(dir, REVIEWS_DIR), `${REVIEWS_DIR}/`) : [])];
}

/**
 * The model as a copy of its own: the same values (tests/unit/model-memory.test.ts), in plain objects and strings of
 * their own. As parsed, a paper's model held 3.9 MB, its copy 0.9 MB: a string cut from another keeps the whole of
 * that other alive (paper.mdx twice, each review record: 0.8 MB a paper), and the rest is the parser's objects (not
 * traced further). A build holds every paper's model from the content's loading to its end: at a thousand papers,
 * the difference is 3 GB of a heap of 4.
 */
export const compact = (paper: Paper): Paper => structuredClone(paper);

/** A paper's folder under the papers folder: its name (the paper's id), its path, and its path as messages show it. */
export interface PaperFolder {
	id: string;
	path: string;
	shown: string;
}

/**
 * The paper folders under `base`, in id order, and a problem for each entry that is not a folder; a `ContentError`
 * if `base` is not a folder.
 */
export function paperFolders(base: string): { folders: PaperFolder[]; problems: ContentProblem[] } {
	if (!existsSync(base) || !statSync(base).isDirectory())
		throw new ContentError([{ file: base, line: 1, column: 1, unit: undefined, fault: 'the papers folder does not exist' }]);
	const problems: ContentProblem[] = [];
	const entries = readdirSync(base, { withFileTypes: true });
	for (const entry of entries.filter((e) => !e.isDirectory())) {
		const where = relative(process.cwd(), join(base, entry.name)) || entry.name;
		problems.push({
			file: where,
			line: 1,
			column: 1,
			unit: undefined,
			fault: `not a paper folder (${entry.isSymbolicLink() ? 'a symbolic link' : 'a file'}): the papers folder holds one folder per paper, itself, which the build reads and the repository keeps`,
		});
	}
	const folders = entries
		.filter((e) => e.isDirectory())
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((entry): PaperFolder => {
			const path = join(base, entry.name);
			return { id: entry.name, path, shown: relative(process.cwd(), path) || path };
		});
	return { folders, problems };
}

/** A paper folder read and checked whole (`paperFromFiles`): its model, or a `ContentError` listing its every fault. */
export const readFolder = ({ id, path, shown }: PaperFolder): Paper => paperFromFiles(id, shown, filesOf(path), othersOf(path));

/** Every paper under `base` (one folder each), in id order; every fault of every folder thrown at once. */
export function readPapers(base: string): Paper[] {
	const { folders, problems } = paperFolders(base);
	const papers: Paper[] = [];
	for (const folder of folders) {
		try {
			papers.push(compact(readFolder(folder)));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return papers;
}

/** One paper folder from disk. */
export const readPaperFolder = (dir: string): Paper =>
	readFolder({ id: dir.replace(/\/$/, '').split('/').pop()!, path: dir, shown: relative(process.cwd(), dir) || dir });
