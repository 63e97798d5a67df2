/**
 * Stops the build at a guide page whose live example names a paper or a unit that does not exist, with
 * the MDX file, line and column (src/lib/guide/examples.ts). A Vite plugin, so that it sees every guide
 * page as it is compiled, in `astro build` and `astro dev` alike. It reads the page from disk, so that it
 * does not depend on running before or after the MDX compiler.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type ExampleTargets, exampleProblems } from '../lib/guide/examples.ts';
import { readPapers } from '../lib/paper/folder.ts';
import type { Paper } from '../lib/paper/model.ts';
import { heldModels } from '../lib/paper/models.ts';
import { ContentError, formatProblem } from '../lib/paper/problems.ts';

/**
 * The collection's papers: the models the content loader holds (it has read every folder before the pages are
 * compiled, in this process), else read from their folders (the plugin run alone). Reading them again cost a build
 * with the guide some 50 s at a thousand papers.
 */
function papers(): Paper[] {
	const held = [...heldModels().values()].map(({ paper }) => paper);
	return held.length > 0 ? held : readPapers(process.env['PAPERS_DIR'] ?? './src/content/papers');
}

export default function guideExamples(): Plugin {
	const guide = resolve(process.env['GUIDE_DIR'] ?? './src/content/guide');
	let targets: ExampleTargets | undefined;
	return {
		name: 'guide-examples',
		buildStart() {
			targets = undefined;
		},
		transform(_code, id) {
			const file = id.split('?')[0]!;
			if (!file.endsWith('.mdx') || !resolve(file).startsWith(`${guide}/`)) return null;
			try {
				targets ??= new Map(papers().map((paper) => [paper.id, new Set([...paper.text.units, ...paper.text.notes].map((u) => u.id))]));
			} catch (error) {
				// A paper's own faults are the content loader's to report, with their files.
				if (error instanceof ContentError) return null;
				throw error;
			}
			const problems = exampleProblems(readFileSync(file, 'utf8'), relative(process.cwd(), file), targets);
			if (problems.length > 0) {
				const error = new Error(
					`${problems.length} problem${problems.length === 1 ? '' : 's'} in the guide's live examples:\n${problems.map(formatProblem).join('\n')}`,
				);
				// The message is the whole story: the file, line and fault, not where in this plugin it was found.
				error.stack = error.message;
				throw error;
			}
			return null;
		},
	};
}
