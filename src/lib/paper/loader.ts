/**
 * Wraps the glob loader of the papers collection so that every paper's
 * aligned text is parsed and validated when content is loaded: a fault
 * fails the build (and `astro dev`) with the file, the line, the unit and
 * what is wrong, before any page is rendered.
 */
import type { Loader } from 'astro/loaders';
import { readPaper } from './parse';

export function validatedPapers(inner: Loader): Loader {
	return {
		...inner,
		name: 'validated-papers',
		async load(context) {
			await inner.load(context);
			for (const entry of context.store.values()) {
				if (entry.filePath) readPaper(entry.filePath);
			}
		},
	};
}
