/**
 * Content collections. One folder per paper under `src/content/papers/`
 * (or `$PAPERS_DIR`, which the tests and the scaling benchmark point at
 * other folders): `paper.mdx` (the aligned text, its notes and metadata),
 * `glossary.yaml` (its key terms), `bibliography.yaml` (the works its notes
 * cite), `edition.{zh,en}.md` (how the edition was made, plain Markdown) and `source.txt`
 * (the untouched source).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { bibliographySchema, glossarySchema, paperSchema } from './lib/paper/schema';
import { validatedPapers } from './lib/paper/loader';

const base = process.env['PAPERS_DIR'] ?? './src/content/papers';
/** A paper's id is the name of its folder. */
const folderName = ({ entry }: { entry: string }): string => entry.split('/')[0] ?? entry;

export const collections = {
	papers: defineCollection({
		loader: validatedPapers(glob({ pattern: '*/paper.mdx', base, generateId: folderName })),
		schema: paperSchema,
	}),
	glossaries: defineCollection({
		loader: glob({ pattern: '*/glossary.yaml', base, generateId: folderName }),
		schema: glossarySchema,
	}),
	/** `edition.zh.md` / `edition.en.md`: how this edition was made, in each interface language: plain Markdown, read as text. */
	editions: defineCollection({
		loader: glob({ pattern: '*/edition.*.md', base, generateId: ({ entry }) => entry.replace(/\/edition\.(\w+)\.md$/, '/$1') }),
		schema: z.object({}).strict(),
	}),
	bibliographies: defineCollection({
		loader: glob({ pattern: '*/bibliography.yaml', base, generateId: folderName }),
		schema: bibliographySchema,
	}),
};
