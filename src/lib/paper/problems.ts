/**
 * A fault in a paper's content, and the error that carries every fault of a
 * folder at once: each names the file, the line and column, the unit (or
 * entry) and what is wrong, so that an editor can go straight to it.
 */

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
		super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in paper content:\n` + problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem(p: ContentProblem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	return p.unit === undefined ? `  ${where}  ${p.fault}` : `  ${where}  unit "${p.unit}": ${p.fault}`;
}
