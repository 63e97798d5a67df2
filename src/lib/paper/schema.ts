/**
 * The schemas of a paper's metadata (the frontmatter of `paper.mdx`) and of
 * its glossary. Zod is the single contract: what is not declared here is
 * not content.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from './model.ts';

/** A string in both languages. */
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** Facts of a title block that a source can lack; a paper says which it lacks. */
export const BIBLIOGRAPHIC_FIELDS = ['author', 'affiliation', 'venue', 'year', 'keywords', 'doi'] as const;
export type BibliographicField = (typeof BIBLIOGRAPHIC_FIELDS)[number];

export const paperSchema = z
	.object({
		/** The paper's title. `editorial: true` when the source has none and the editors made it. */
		title: bilingual.extend({ editorial: z.boolean() }),
		/** One or two sentences for the collection page and the page description. */
		summary: bilingual,
		source: z
			.object({
				/** The source file, in the paper's folder, kept exactly as received. */
				file: z.string().min(1),
				description: bilingual,
			})
			.strict(),
		/** Title-block facts the source does not state; shown as unknown, never guessed. */
		unknown: z.array(z.enum(BIBLIOGRAPHIC_FIELDS)).default([]),
		translation: z.object({ by: bilingual }).strict(),
	})
	.strict();
export type PaperMeta = z.infer<typeof paperSchema>;

export const glossarySchema = z
	.object({
		terms: z.array(
			z
				.object({
					id: z.string().regex(ID_PATTERN),
					zh: z.string().min(1),
					/** The English rendering; the first form is the headword, the others its accepted word forms. */
					en: z.array(z.string().min(1)).min(1),
					/** One line on what the term means here, in each interface language (editorial, by the translators). */
					note: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
				})
				.strict(),
		),
	})
	.strict();
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];

/** The works a paper's notes cite, each once; notes name them with `work="…"`. */
export const bibliographySchema = z
	.object({
		works: z.array(
			z
				.object({
					id: z.string().regex(ID_PATTERN),
					/** The entry in Chinese and in English (markdown emphasis allowed). */
					zh: z.string().min(1),
					en: z.string().min(1),
				})
				.strict(),
		),
	})
	.strict();
export type Bibliography = z.infer<typeof bibliographySchema>;
export type Work = Bibliography['works'][number];
