/**
 * The content: one collection, the papers, one entry per folder under
 * `src/content/papers/` (or `$PAPERS_DIR`, which the tests and the scaling
 * benchmark point at other folders). A folder holds `paper.mdx` (the aligned
 * text, its notes and metadata), `source.txt` (the untouched source), and as
 * the paper has them `glossary.yaml`, `bibliography.yaml` and
 * `edition.{zh,en}.md`. The loader reads and checks them whole into the one
 * model every page reads (src/lib/paper/folder.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Paper } from './lib/paper/folder';
import { papersLoader } from './lib/paper/loader';

export const collections = {
	papers: defineCollection({
		loader: papersLoader(process.env['PAPERS_DIR'] ?? './src/content/papers'),
		// The loader checks every field (folder.ts); this only names the entry's type.
		schema: z.custom<Paper>(),
	}),
};
