/**
 * What the quality record measures (reviews.ts reads it): per review round,
 * the words reviewed, MQM points (minor 1, major 5, critical 25) in all and
 * by category, per 1,000 words, the major and critical errors, the units
 * the revision changed; which round is the last full review; and each
 * segment's state, which the aligned downloads give. A finding the reviser
 * rejected is not an error and counts for nothing; one awaiting a decision
 * counts as found.
 */
import { type AlignedPaper, segmentId } from './model.ts';
import { type Decision, type Finding, type MqmCategory, type ReviewRecord, SEVERITY_POINTS, type Severity, WHOLE_PARTS } from './reviews.ts';
import type { GlossaryTerm } from './schema.ts';

export interface RoundFigures {
	round: number;
	reviewers: string[];
	/** English words reviewed, as the reviewers counted them. */
	words: number;
	/** Findings not rejected, by severity. */
	errors: Record<Severity, number>;
	points: number;
	/** Points per 1,000 words, to one decimal. */
	perThousand: number;
	/** Points by category, the categories with any, most first. */
	byCategory: { category: MqmCategory; points: number; perThousand: number }[];
	/**
	 * Units whose English the revision changed: the revisers' own counts (`units_changed`, any change, patterns
	 * fixed beyond the findings too), or for a record without one, its units with a finding accepted or modified.
	 */
	unitsChanged: number;
	/** Whether the round's scopes together cover every reviewable unit. */
	full: boolean;
	/** The reviewable units the round's scopes leave out (none in a full review), and how many there are in all. */
	uncovered: string[];
	reviewable: number;
	/** What the round's scopes name besides the reviewable units: bibliography works, the edition notes (a partial round may cover only these). */
	beyond: ('bibliography' | 'edition')[];
}

const counts = (finding: Finding): boolean => finding.decision !== 'rejected';
const changes = (decision: Decision | undefined): boolean => decision === 'accepted' || decision === 'modified';
const perThousand = (points: number, words: number): number => (words === 0 ? 0 : Math.round((points * 10000) / words) / 10);

/**
 * What a full review covers: every paragraph and heading, every note with text, every translator's note and
 * every glossary entry (`glossary/<id>`); not the author's own abstract.
 */
export function reviewableIds(text: AlignedPaper, glossary: readonly GlossaryTerm[]): string[] {
	return [
		...text.units.filter((u) => u.rendering !== 'author').map((u) => u.id),
		...text.notes.filter((n) => !n.missing).map((n) => n.id),
		...text.translatorNotes.map((tn) => tn.id),
		...glossary.map((term) => `glossary/${term.id}`),
	];
}

/** Whether a scope (a round's scopes joined) covers `id`: named itself, or its whole part (`glossary`). */
const covers = (scope: ReadonlySet<string>, id: string): boolean =>
	scope.has(id) || (id.includes('/') && (WHOLE_PARTS as readonly string[]).includes(id.split('/')[0]!) && scope.has(id.split('/')[0]!));

/** The records grouped by round, in round order. */
const rounds = (records: readonly ReviewRecord[]): [number, ReviewRecord[]][] => [...Map.groupBy(records, (r) => r.round)].sort(([a], [b]) => a - b);

/** The figures of every round, in order. */
export function roundFigures(records: readonly ReviewRecord[], text: AlignedPaper, glossary: readonly GlossaryTerm[]): RoundFigures[] {
	const reviewable = reviewableIds(text, glossary);
	return rounds(records).map(([round, own]) => {
		const findings = own.flatMap((r) => r.findings).filter(counts);
		const words = own.reduce((n, r) => n + r.words, 0);
		const errors = { minor: 0, major: 0, critical: 0 };
		const byCategory = new Map<MqmCategory, number>();
		for (const f of findings) {
			errors[f.severity]++;
			byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + SEVERITY_POINTS[f.severity]);
		}
		const points = findings.reduce((n, f) => n + SEVERITY_POINTS[f.severity], 0);
		const scope = new Set(own.flatMap((r) => r.scope));
		return {
			round,
			reviewers: own.map((r) => r.reviewer),
			words,
			errors,
			points,
			perThousand: perThousand(points, words),
			byCategory: [...byCategory]
				.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
				.map(([category, p]) => ({ category, points: p, perThousand: perThousand(p, words) })),
			unitsChanged: own.reduce(
				(n, r) => n + (r.units_changed ?? new Set(r.findings.filter((f) => counts(f) && changes(f.decision)).map((f) => f.unit)).size),
				0,
			),
			full: reviewable.every((id) => covers(scope, id)),
			uncovered: reviewable.filter((id) => !covers(scope, id)),
			reviewable: reviewable.length,
			beyond: (['bibliography', 'edition'] as const).filter((part) => [...scope].some((id) => id === part || id.startsWith(`${part}/`))),
		};
	});
}

/** The last full review: the latest round whose scopes together cover every reviewable unit, if any does. */
export const lastFullReview = (figures: readonly RoundFigures[]): RoundFigures | undefined => figures.findLast((f) => f.full);

/**
 * Where a segment's English stands:
 * - `drafted`: no review has covered it, or the latest that did found what awaits a decision, and it was never revised;
 * - `reviewed`: the latest round covering it found nothing in it, or everything found was rejected;
 * - `revised`: a finding in it was accepted or modified after a review, and no later round has covered it and found nothing;
 * - `author`: the author's own English (his abstract), which is not reviewed.
 */
export type SegmentState = 'drafted' | 'reviewed' | 'revised' | 'author';
export const SEGMENT_STATES: readonly SegmentState[] = ['drafted', 'reviewed', 'revised', 'author'];

/** Each segment's state, by segment id (`s2-1-p3.2`), for every unit and note with segments. */
export function segmentStates(records: readonly ReviewRecord[], text: AlignedPaper): Map<string, SegmentState> {
	const states = new Map<string, SegmentState>();
	// Each round's scope and its counted findings by unit, made once (not once per segment: every round's records
	// read again for each of some 300 segments was most of the aligned downloads' time).
	const byRound = rounds(records).map(([, own]) => ({
		scope: new Set(own.flatMap((r) => r.scope)),
		findings: Map.groupBy(own.flatMap((r) => r.findings).filter(counts), (f) => f.unit),
	}));
	for (const unit of [...text.units, ...text.notes]) {
		const author = 'rendering' in unit && unit.rendering === 'author';
		unit.segments.forEach((_, i) => {
			if (author) {
				states.set(segmentId(unit.id, i), 'author');
				return;
			}
			let state: SegmentState = 'drafted';
			let everRevised = false;
			for (const { scope, findings } of byRound) {
				if (!covers(scope, unit.id)) continue;
				// A finding without a segment concerns the whole unit.
				const found = (findings.get(unit.id) ?? []).filter((f) => f.segment === undefined || f.segment === i + 1);
				everRevised ||= found.some((f) => changes(f.decision));
				state = found.length === 0 ? 'reviewed' : everRevised ? 'revised' : 'drafted';
			}
			states.set(segmentId(unit.id, i), state);
		});
	}
	return states;
}
