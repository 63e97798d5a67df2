/**
 * The source as the fidelity tests read it: the PDF extract with its
 * extraction artefacts (NOTES.md) taken out, derived here independently of
 * the content so that the two can be compared.
 *
 * - whitespace (hard line breaks, page-start spaces, letter-spacing) is not
 *   compared at all: both sides are reduced to their other characters;
 * - footnote blocks (a line starting "(1)" and its continuation lines up to
 *   the next blank line) are taken out of the running text;
 * - footnote markers "(1)" in the running text are taken out: the site
 *   renumbers them once for the whole paper;
 * - the author's English abstract (from the line starting "Abstract:") is
 *   compared on its own.
 */
import { readFileSync } from 'node:fs';

export interface SourceNoteBlock {
	/** The page-local numbers the block carries: "(1)(2)(3) …" gives [1, 2, 3]. */
	labels: number[];
	text: string;
	line: number;
}

export interface ReadSource {
	/** The running text, whitespace and markers removed. */
	body: string;
	/** Page-local numbers of the markers in the running text, in reading order. */
	markerLabels: number[];
	noteBlocks: SourceNoteBlock[];
	/** The English abstract, as words, its full-width commas normalised. */
	englishAbstract: string[];
}

const MARKER = /\((\d)\)/g;
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

export function readSource(path: string | URL): ReadSource {
	const lines = readFileSync(path, 'utf8').split('\n');
	const abstractAt = lines.findIndex((l) => l.trimStart().startsWith('Abstract:'));
	if (abstractAt < 0) throw new Error('source has no English abstract');
	const bodyLines: string[] = [];
	const noteBlocks: SourceNoteBlock[] = [];
	for (let i = 0; i < abstractAt; i++) {
		const line = lines[i] ?? '';
		const labels = /^((?:\(\d\))+)\s*/.exec(line);
		if (!labels) {
			bodyLines.push(line);
			continue;
		}
		const block = [line.slice(labels[0].length)];
		const start = i + 1;
		while (i + 1 < abstractAt && (lines[i + 1] ?? '').trim() !== '') block.push(lines[++i] ?? '');
		noteBlocks.push({ labels: [...labels[1]!.matchAll(MARKER)].map((m) => Number(m[1])), text: squeeze(block.join('')), line: start });
	}
	const running = bodyLines.join('\n');
	return {
		body: squeeze(running.replace(MARKER, '')),
		markerLabels: [...running.matchAll(MARKER)].map((m) => Number(m[1])),
		noteBlocks,
		englishAbstract: lines.slice(abstractAt).join(' ').replaceAll('，', ',').split(/\s+/).filter(Boolean),
	};
}

/**
 * The notes one source block becomes: one per marker. A block that cites
 * several pages of one work ("第135、201、225页") gives each note its page;
 * a block without pages gives each marker the same text.
 */
export function splitNoteBlock(block: SourceNoteBlock): string[] {
	const count = block.labels.length;
	if (count === 1) return [block.text];
	const pages = /第(\d+(?:、\d+)+)页/.exec(block.text);
	if (!pages) return Array.from({ length: count }, () => block.text);
	const list = pages[1]!.split('、');
	if (list.length !== count) throw new Error(`source line ${block.line}: ${count} markers but ${list.length} pages`);
	return list.map((page) => block.text.slice(0, pages.index) + `第${page}页` + block.text.slice(pages.index + pages[0].length));
}

/** Where two strings first differ, with some context on both sides, or undefined. */
export function firstDifference(expected: string, actual: string, context = 20): string | undefined {
	if (expected === actual) return undefined;
	let i = 0;
	while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
	const from = Math.max(0, i - context);
	return [
		`first difference at character ${i} (of ${expected.length} expected, ${actual.length} on the site):`,
		`  source: …${expected.slice(from, i)}[${expected.slice(i, i + context)}]`,
		`  site:   …${actual.slice(from, i)}[${actual.slice(i, i + context)}]`,
	].join('\n');
}
