/**
 * The quality record of a paper's English: one YAML file per reviewer per
 * round in the paper's `reviews/` folder (`reviews/round-1-R1-A.yaml`), in
 * the shape the reviewers' brief gives (round, reviewer, date, scope,
 * words, findings, remarks), with the revisers' decisions added to each
 * finding. Read and checked here, apart from the rest of the folder: the
 * YAML itself, its fields against the MQM typology, and every unit and
 * segment a record names against the paper, each fault with its file, line
 * and column. The figures made from the records are in quality.ts.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import type { AlignedPaper } from './model.ts';
import type { ContentProblem } from './problems.ts';
import type { GlossaryTerm, Work } from './schema.ts';

/** The MQM typology of the reviewers' brief: every category a finding may have, exactly as written there. */
export const MQM_CATEGORIES = [
	'accuracy/mistranslation',
	'accuracy/omission',
	'accuracy/addition',
	'accuracy/untranslated',
	'terminology/wrong-term',
	'terminology/inconsistent',
	'linguistic/grammar',
	'linguistic/punctuation',
	'linguistic/spelling',
	'style/unidiomatic',
	'style/awkward',
	'style/repetition',
	'style/register',
	'style/house-style',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

/** Severities and the points MQM weighs them with. */
export const SEVERITY_POINTS = { minor: 1, major: 5, critical: 25 } as const;
export type Severity = keyof typeof SEVERITY_POINTS;
const SEVERITIES = Object.keys(SEVERITY_POINTS) as [Severity, ...Severity[]];

/** What the reviser made of a finding. A rejected finding is not counted as an error. */
export const DECISIONS = ['accepted', 'modified', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

const oneOf = <T extends string>(values: readonly [T, ...T[]], what: string) =>
	z.enum(values, { error: (issue) => `${what} ${JSON.stringify(issue.input)} is not one of: ${values.join(', ')}` });

const findingSchema = z
	.object({
		/** A unit or note id, a translator's note's id (tn-…), `glossary/<id>`, `bibliography/<id>` or `edition/<heading-slug>`. */
		unit: z.string().min(1),
		/** The 1-based line of the unit's `<En>`; absent for what has no segments (glossary, bibliography, edition, a translator's note). */
		segment: z.number().int().positive().optional(),
		/** The English at fault, as it stood when reviewed. */
		span: z.string().min(1),
		category: oneOf(MQM_CATEGORIES as unknown as [MqmCategory, ...MqmCategory[]], 'category'),
		severity: oneOf(SEVERITIES, 'severity'),
		fix: z.string(),
		why: z.string().min(1),
		/** The reviser's decision; absent while the finding awaits it. */
		decision: oneOf(DECISIONS as unknown as [Decision, ...Decision[]], 'decision').optional(),
		decision_note: z.string().min(1).optional(),
		/** The text as revised. */
		revised: z.string().min(1).optional(),
	})
	.strict();
export type Finding = z.infer<typeof findingSchema>;

const reviewSchema = z
	.object({
		round: z.number().int().positive(),
		reviewer: z.string().regex(/^[A-Za-z0-9-]+$/, 'reviewer: letters, digits and hyphens (R1-A)'),
		/** Who decided on the findings and revised the text (never the reviewer); added by the reviser. */
		reviser: z.string().min(1).optional(),
		/** Units whose English the reviser changed, for any reason (a pattern fixed beyond the findings too); added by the reviser. */
		units_changed: z.number().int().nonnegative().optional(),
		/** The day of the review, YYYY-MM-DD. */
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD'),
		/** Every unit reviewed, as findings name them; `glossary`, `bibliography` or `edition` alone for the whole of one. */
		scope: z.array(z.string().min(1)).min(1),
		/** English words reviewed. */
		words: z.number().int().positive(),
		findings: z
			.array(findingSchema)
			.nullable()
			.transform((f) => f ?? []),
		remarks: z.string().optional(),
		/** What the reviser did about the `remarks` (an unmarked editorial addition the reviewer noted, say); added by the reviser. */
		remarks_decision: z.string().min(1).optional(),
	})
	.strict();

/** One reviewer's record of one round, as the folder holds it. */
export type ReviewRecord = z.infer<typeof reviewSchema> & {
	/** Its file's name in `reviews/`. */
	file: string;
};

/** Where a reviewable thing stands: its segments (0 for what has none), or why a finding cannot name it. */
type Target = { segments: number } | { refused: string };

/** Every id a record may name, with its segment count. */
function targets(text: AlignedPaper, glossary: readonly GlossaryTerm[], bibliography: readonly Work[], editionEn: string | undefined): Map<string, Target> {
	const map = new Map<string, Target>();
	for (const unit of text.units)
		map.set(unit.id, unit.rendering === 'author' ? { refused: 'the author’s own English is not reviewed' } : { segments: unit.segments.length });
	for (const note of text.notes)
		map.set(note.id, note.missing ? { refused: 'the source lacks this note’s text: there is no English to review' } : { segments: note.segments.length });
	for (const tn of text.translatorNotes) map.set(tn.id, { segments: 0 });
	for (const term of glossary) map.set(`glossary/${term.id}`, { segments: 0 });
	for (const work of bibliography) map.set(`bibliography/${work.id}`, { segments: 0 });
	for (const slug of editionSlugs(editionEn ?? '')) map.set(`edition/${slug}`, { segments: 0 });
	return map;
}

/** The edition notes' headings as ids: “How it was translated” → `how-it-was-translated`. */
export const editionSlugs = (markdown: string): string[] =>
	[...markdown.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) =>
		m[1]!
			.toLowerCase()
			.replace(/[’']/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, ''),
	);

/** Scope entries that stand for a whole part: `glossary` is every glossary entry. */
export const WHOLE_PARTS = ['glossary', 'bibliography', 'edition'] as const;

/** What a paper offers for checking its records. */
export interface ReviewedPaper {
	text: AlignedPaper;
	glossary: readonly GlossaryTerm[];
	bibliography: readonly Work[];
	editionEn: string | undefined;
}

/**
 * The records of a paper's `reviews/` folder (`files`: name → text), read and checked against the paper
 * (`paper` is undefined when the paper itself could not be read: then only the records' own form is checked).
 * `dir` names the folder in messages.
 */
export function readReviews(files: ReadonlyMap<string, string>, dir: string, paper: ReviewedPaper | undefined, problems: ContentProblem[]): ReviewRecord[] {
	const known = paper && targets(paper.text, paper.glossary, paper.bibliography, paper.editionEn);
	// An edition key names a heading: a renamed heading strands the records that name it, so say which keys there are.
	const headings = paper && editionSlugs(paper.editionEn ?? '').map((slug) => `edition/${slug}`);
	const unknownEdition = (id: string): string | undefined =>
		id.startsWith('edition/')
			? `the English edition notes have no heading with this key (${headings?.length ? `theirs: ${headings.join(', ')}` : 'they have no headings'}); a heading reworded strands the records that name it`
			: undefined;
	const records: ReviewRecord[] = [];
	const seen = new Map<string, string>();
	for (const [name, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
		const file = `${dir}/${name}`;
		if (!/\.ya?ml$/.test(name)) {
			problems.push({
				file,
				line: 1,
				column: 1,
				unit: undefined,
				fault: 'the reviews folder holds review records only, one YAML file per reviewer per round (round-1-R1-A.yaml)',
			});
			continue;
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(source, { lineCounter });
		const at = (path: (string | number)[]): { line: number; column: number } => {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
				if (node?.range) {
					const pos = lineCounter.linePos(node.range[0]);
					return { line: pos.line, column: pos.col };
				}
			}
			return { line: 1, column: 1 };
		};
		if (doc.errors.length > 0) {
			for (const error of doc.errors)
				problems.push({
					file,
					line: error.linePos?.[0].line ?? 1,
					column: error.linePos?.[0].col ?? 1,
					unit: undefined,
					fault: `not valid YAML: ${error.message.split('\n')[0]}`,
				});
			continue;
		}
		const parsed = reviewSchema.safeParse(doc.toJS());
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
				const unit = path[0] === 'findings' && typeof path[1] === 'number' ? (doc.getIn(['findings', path[1], 'unit']) as string | undefined) : undefined;
				problems.push({ file, ...at(path), unit, fault: path.length > 0 ? `${path.join('.')}: ${issue.message}` : issue.message });
			}
			continue;
		}
		const record: ReviewRecord = { ...parsed.data, file: name };
		if (record.reviser !== undefined && record.reviser === record.reviewer)
			problems.push({
				file,
				...at(['reviser']),
				unit: undefined,
				fault: `the reviser is the reviewer (${record.reviser}): a reviewer never revises what they reviewed`,
			});
		const expectedName = `round-${record.round}-${record.reviewer}.yaml`;
		if (name !== expectedName)
			problems.push({ file, ...at(['round']), unit: undefined, fault: `a record of round ${record.round} by ${record.reviewer} is named ${expectedName}` });
		const key = `${record.round}/${record.reviewer}`;
		if (seen.has(key))
			problems.push({
				file,
				...at(['reviewer']),
				unit: undefined,
				fault: `${record.reviewer} has a record of round ${record.round} already (${seen.get(key)}): one file per reviewer per round`,
			});
		seen.set(key, name);
		if (known) {
			record.scope.forEach((id, i) => {
				if ((WHOLE_PARTS as readonly string[]).includes(id)) return;
				const target = known.get(id);
				if (!target) problems.push({ file, ...at(['scope', i]), unit: id, fault: unknownEdition(id) ?? 'scope names a unit the paper does not have' });
				else if ('refused' in target) problems.push({ file, ...at(['scope', i]), unit: id, fault: `cannot be in a review's scope: ${target.refused}` });
			});
			record.findings.forEach((finding, i) => {
				const target = known.get(finding.unit);
				const where = { file, ...at(['findings', i, 'unit']), unit: finding.unit };
				if (!target || 'refused' in target) {
					problems.push({
						...where,
						fault: target
							? `finding on what is not reviewed: ${target.refused}`
							: (unknownEdition(finding.unit) ??
								'finding names a unit the paper does not have (a unit or note id, tn-…, glossary/<id>, bibliography/<id>, edition/<heading>)'),
					});
					return;
				}
				const segmentAt = { file, ...at(['findings', i, 'segment']), unit: finding.unit };
				if (finding.segment !== undefined && target.segments === 0)
					problems.push({
						...segmentAt,
						fault: `segment ${finding.segment}: a translator's note, a glossary entry, a work or the edition notes have no segments: leave it out`,
					});
				else if (finding.segment !== undefined && finding.segment > target.segments)
					problems.push({
						...segmentAt,
						fault: `segment ${finding.segment} is out of range: the unit has ${target.segments} segment${target.segments === 1 ? '' : 's'}`,
					});
				const inScope = record.scope.includes(finding.unit) || record.scope.includes(finding.unit.split('/')[0]!);
				if (!inScope) problems.push({ ...where, fault: 'finding on a unit outside the record’s scope: add it to scope' });
			});
		}
		records.push(record);
	}
	return records.sort((a, b) => a.round - b.round || a.reviewer.localeCompare(b.reviewer));
}
