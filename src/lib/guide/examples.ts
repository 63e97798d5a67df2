/**
 * The guide's live examples name what they show: a paper (`paper="chatgpt-sora"`) and a unit of it
 * (`unit="s2-1-p3"`, a note's id too). A name that is not there must stop the build at the MDX file's
 * line, as a fault in a paper does, not render an empty example: this finds every such name in a guide
 * page's source (the Vite plugin in src/integrations/guide-examples.ts runs it on each page it compiles).
 */
import type { RootContent } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from '../paper/problems.ts';

/** What the examples may name: each paper's id, with the ids of its units and notes. */
export type ExampleTargets = ReadonlyMap<string, ReadonlySet<string>>;

/** The components whose `paper` and `unit` attributes name the model's papers and units. */
export const EXAMPLE_COMPONENTS = new Set(['LiveUnit', 'LiveCitation', 'DownloadRows']);

interface JsxNode {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number; column: number } };
	children: RootContent[];
}

const attribute = (node: JsxNode, name: string): string | undefined => {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
};

/** Every example in `source` (shown as `file`) that names a paper or a unit not in `targets`. */
export function exampleProblems(source: string, file: string, targets: ExampleTargets): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// The frontmatter is blanked, not cut, so that lines keep their numbers.
	const body = source.replace(/^---\r?\n[^]*?\r?\n---/, (front) => front.replace(/[^\n]/g, ''));
	const walk = (nodes: readonly RootContent[]): void => {
		for (const node of nodes) {
			if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && EXAMPLE_COMPONENTS.has(node.name ?? '')) {
				const jsx = node as unknown as JsxNode;
				const at = { file, line: jsx.position?.start.line ?? 1, column: jsx.position?.start.column ?? 1 };
				const paper = attribute(jsx, 'paper');
				const unit = attribute(jsx, 'unit');
				const units = paper === undefined ? undefined : targets.get(paper);
				const element = `<${jsx.name}${paper === undefined ? '' : ` paper="${paper}"`}${unit === undefined ? '' : ` unit="${unit}"`}>`;
				if (paper === undefined)
					problems.push({ ...at, unit: undefined, fault: `${element} names no paper: give it paper="…" (one of ${[...targets.keys()].join(', ') || 'none'})` });
				else if (!units)
					problems.push({
						...at,
						unit: undefined,
						fault: `${element}: there is no paper “${paper}” (the papers are ${[...targets.keys()].join(', ') || 'none'})`,
					});
				else if (unit !== undefined && !units.has(unit)) problems.push({ ...at, unit, fault: `${element}: paper “${paper}” has no unit or note “${unit}”` });
			}
			if ('children' in node) walk(node.children as RootContent[]);
		}
	};
	const root = mdxToMdast(body, { position: true });
	if (root.type === 'root') walk(root.children as RootContent[]);
	return problems;
}
