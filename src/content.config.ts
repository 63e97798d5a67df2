/**
 * The content: two collections. The papers, one entry per folder under
 * `src/content/papers/` (or `$PAPERS_DIR`, which the tests and the scaling
 * benchmark point at other folders). A folder holds `paper.mdx` (the aligned
 * text, its notes and metadata), `source.txt` (the untouched source), and as
 * the paper has them `glossary.yaml`, `bibliography.yaml` and
 * `edition.{zh,en}.md`. The loader reads and checks them whole into the one
 * model every page reads (src/lib/paper/folder.ts), held beside the store,
 * which keeps a small entry per paper (src/lib/paper/models.ts).
 *
 * The guide, one MDX file per page and language under `src/content/guide/{zh,en}/`
 * (or `$GUIDE_DIR`), compiled by @astrojs/mdx with the components of
 * src/components/guide/; the Traditional interface converts the Simplified pages.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { type PaperEntry, papersLoader } from './lib/paper/loader.ts';

export const collections = {
	papers: defineCollection({
		loader: papersLoader(process.env['PAPERS_DIR'] ?? './src/content/papers'),
		// The loader checks every field of the paper (folder.ts) and holds its model outside the store
		// (src/lib/paper/models.ts); the entry says where and which version. This only names its type.
		schema: z.custom<PaperEntry>(),
	}),
	guide: defineCollection({
		loader: glob({ pattern: '{zh,en}/*.mdx', base: process.env['GUIDE_DIR'] ?? './src/content/guide' }),
		schema: z.object({
			/** The page's title, as its heading, its <title> and its link in the guide's index. */
			title: z.string().min(1),
			/** One sentence: what the page tells; the index shows it under the title, and the page's meta description. */
			description: z.string().min(1),
			/** Its place in the guide's index and in the previous/next links. */
			order: z.number().int(),
		}),
	}),
};
