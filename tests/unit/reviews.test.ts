/**
 * The quality record: review records in a paper's `reviews/` folder, read
 * and checked by the loader's own reader (faults named by file, line,
 * column and unit), and the figures made from them (points per 1,000
 * words by category, the last full review, each segment's state). The
 * records here are written in memory onto the minimal fixture paper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { alignedRows, alignedSegments, alignedTmx, alignedTsvRows } from '../../src/lib/downloads.ts';
import { paperFromFiles, readPaperFolder } from '../../src/lib/paper/folder.ts';
import { ContentError, formatProblem } from '../../src/lib/paper/parse.ts';
import { WHOLE_PARTS } from '../../src/lib/paper/reviews.ts';
import { lastFullReview, reviewableIds, roundFigures, segmentStates } from '../../src/lib/paper/quality.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const fixtureFiles = () => new Map(readdirSync(FIXTURE).map((name) => [name, new Uint8Array(readFileSync(join(FIXTURE, name)))]));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The fixture paper with these review records (file name in reviews/ → YAML). */
function paperWith(records: Record<string, string>) {
	const files = fixtureFiles();
	for (const [name, yaml] of Object.entries(records)) files.set(`reviews/${name}`, utf8(yaml));
	return paperFromFiles('test-paper', 'papers/test-paper', files);
}

/** The messages the reader gives for the fixture with these records. */
function faults(records: Record<string, string>): string {
	try {
		paperWith(records);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
		throw error;
	}
	return '';
}

const FULL_SCOPE = '[s1, s1-p1, s1-p2, tn-second, n1, glossary]';

/** A record in the brief's shape. */
const record = (round: number, reviewer: string, scope: string, words: number, findings: string) =>
	`round: ${round}\nreviewer: ${reviewer}\ndate: 2026-12-06\nscope: ${scope}\nwords: ${words}\nfindings:${findings || ' []'}\nremarks: |\n  None.\n`;
const finding = (fields: Record<string, string | number>) =>
	`\n  - ${Object.entries(fields)
		.map(([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`)
		.join('\n    ')}`;
const minor = (unit: string, extra: Record<string, string | number> = {}) =>
	finding({
		unit,
		segment: 1,
		span: 'The first paragraph',
		category: 'style/unidiomatic',
		severity: 'minor',
		fix: 'The opening paragraph',
		why: 'A calque.',
		...extra,
	});

describe('the records are read with the paper', () => {
	test('a folder without reviews/ has no records; a valid record is read, its file named', () => {
		expect(paperWith({}).reviews).toEqual([]);
		const paper = paperWith({
			'round-1-R1-A.yaml': record(1, 'R1-A', FULL_SCOPE, 40, minor('s1-p1', { decision: 'accepted', revised: 'The opening paragraph has a note.' })),
		});
		expect(paper.reviews).toHaveLength(1);
		expect(paper.reviews[0]).toMatchObject({
			file: 'round-1-R1-A.yaml',
			round: 1,
			reviewer: 'R1-A',
			words: 40,
			findings: [{ unit: 's1-p1', segment: 1, decision: 'accepted' }],
		});
	});

	test('malformed YAML is placed at its line and column', () => {
		expect(faults({ 'round-1-R1-A.yaml': 'round: 1\nreviewer: R1-A\nscope: [s1\nwords: 3\n' })).toMatch(
			/^ {2}papers\/test-paper\/reviews\/round-1-R1-A\.yaml:\d+:\d+ {2}not valid YAML: /,
		);
	});

	test.each([
		['an unknown unit', minor('s9-p9'), 'reviews/round-1-R1-A.yaml:7:11  unit "s9-p9": finding names a unit the paper does not have'],
		[
			'a segment out of range',
			minor('s1-p1', { segment: 2 }),
			'reviews/round-1-R1-A.yaml:8:14  unit "s1-p1": segment 2 is out of range: the unit has 1 segment',
		],
		[
			'a category outside the typology',
			minor('s1-p1', { category: 'style/clunky' }),
			'reviews/round-1-R1-A.yaml:10:15  unit "s1-p1": findings.0.category: category "style/clunky" is not one of: accuracy/mistranslation,',
		],
		[
			'a severity outside the typology',
			minor('s1-p1', { severity: 'serious' }),
			'reviews/round-1-R1-A.yaml:11:15  unit "s1-p1": findings.0.severity: severity "serious" is not one of: minor, major, critical',
		],
		[
			'a decision not in the list',
			minor('s1-p1', { decision: 'done' }),
			'reviews/round-1-R1-A.yaml:14:15  unit "s1-p1": findings.0.decision: decision "done" is not one of: accepted, modified, rejected',
		],
		[
			'the author’s abstract',
			minor('abstract'),
			'reviews/round-1-R1-A.yaml:7:11  unit "abstract": finding on what is not reviewed: the author’s own English is not reviewed',
		],
		[
			'a segment on a translator’s note',
			minor('tn-second'),
			'reviews/round-1-R1-A.yaml:8:14  unit "tn-second": segment 1: a translator\'s note, a glossary entry, a work or the edition notes have no segments',
		],
		['a unit outside the scope', minor('s1-p2'), 'reviews/round-1-R1-A.yaml:7:11  unit "s1-p2": finding on a unit outside the record’s scope'],
	])('%s is a located fault', (_, findings, message) => {
		const scope = findings.includes('s1-p2') ? '[s1-p1]' : FULL_SCOPE;
		expect(faults({ 'round-1-R1-A.yaml': record(1, 'R1-A', scope, 40, findings) })).toContain(`papers/test-paper/${message}`);
	});

	test('the reviser’s additions are read; a reviser who is the reviewer, or a field the record does not have, is a fault', () => {
		const revised = `round: 1\nreviewer: R1-A\nreviser: V1\nunits_changed: 4\ndate: 2026-12-06\nscope: ${FULL_SCOPE}\nwords: 40\nfindings: []\n`;
		expect(paperWith({ 'round-1-R1-A.yaml': revised }).reviews[0]).toMatchObject({ reviser: 'V1', units_changed: 4 });
		const answered = `${revised}remarks: A note adds an author.\nremarks_decision: The translator’s note says so.\n`;
		expect(paperWith({ 'round-1-R1-A.yaml': answered }).reviews[0]).toMatchObject({ remarks_decision: 'The translator’s note says so.' });
		expect(faults({ 'round-1-R1-A.yaml': revised.replace('V1', 'R1-A') })).toContain('reviews/round-1-R1-A.yaml:3:10  the reviser is the reviewer (R1-A)');
		expect(faults({ 'round-1-R1-A.yaml': `${revised}score: 5\n` })).toContain('reviews/round-1-R1-A.yaml:1:1  Unrecognized key: "score"');
	});

	test('a scope naming an unknown unit, a misnamed file and a reviewer twice in a round are faults', () => {
		const text = faults({
			'round-1-R1-A.yaml': record(1, 'R1-A', '[s1, s7]', 10, ''),
			'round-1-R1-B.yaml': record(1, 'R1-A', '[s1]', 10, ''),
			'notes.txt': 'x',
		});
		expect(text).toContain('reviews/round-1-R1-A.yaml:4:13  unit "s7": scope names a unit the paper does not have');
		expect(text).toContain('reviews/round-1-R1-B.yaml:1:8  a record of round 1 by R1-A is named round-1-R1-A.yaml');
		expect(text).toContain('reviews/round-1-R1-B.yaml:2:11  R1-A has a record of round 1 already (round-1-R1-A.yaml)');
		expect(text).toContain('reviews/notes.txt:1:1  the reviews folder holds review records only');
	});
});

describe('the edition notes as units', () => {
	const EDITION = '## How the text was established\n\nThe text is established from the source.\n\n## Rights\n\nThe rights remain with the author.\n';
	/** The fixture with English edition notes and these records. */
	function withEdition(records: Record<string, string>) {
		const files = fixtureFiles();
		files.set('edition.en.md', utf8(EDITION));
		for (const [name, yaml] of Object.entries(records)) files.set(`reviews/${name}`, utf8(yaml));
		return files;
	}
	const editionFinding = (unit: string) =>
		finding({ unit, span: 'The rights', category: 'style/awkward', severity: 'minor', fix: 'The rights in it', why: 'Vague.', decision: 'accepted' });

	test('a heading’s key (edition/<slug>) is a unit a record may name in its scope and findings', () => {
		const paper = paperFromFiles(
			'test-paper',
			'papers/test-paper',
			withEdition({ 'round-1-R1-A.yaml': record(1, 'R1-A', '[edition/how-the-text-was-established, edition/rights]', 12, editionFinding('edition/rights')) }),
		);
		expect(paper.reviews[0]!.findings).toMatchObject([{ unit: 'edition/rights', decision: 'accepted' }]);
	});

	test('a key no heading has is a located fault that lists the headings’ keys', () => {
		let text = '';
		try {
			paperFromFiles(
				'test-paper',
				'papers/test-paper',
				withEdition({ 'round-1-R1-A.yaml': record(1, 'R1-A', '[edition/rights, edition/licence]', 12, editionFinding('edition/copyright')) }),
			);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			text = error.problems.map(formatProblem).join('\n');
		}
		const keys = 'theirs: edition/how-the-text-was-established, edition/rights';
		expect(text).toContain(`reviews/round-1-R1-A.yaml:4:25  unit "edition/licence": the English edition notes have no heading with this key (${keys})`);
		expect(text).toContain(`reviews/round-1-R1-A.yaml:7:11  unit "edition/copyright": the English edition notes have no heading with this key (${keys})`);
	});
});

describe('the figures', () => {
	const paper = paperWith({
		// Round 1, two reviewers who together cover everything: 3 minor (one rejected) and 1 major in 200 words.
		'round-1-R1-A.yaml': record(
			1,
			'R1-A',
			'[s1, s1-p1, s1-p2]',
			120,
			minor('s1-p1', { decision: 'accepted' }) +
				minor('s1-p2', { decision: 'rejected' }) +
				minor('s1', { category: 'style/house-style', decision: 'modified' }),
		),
		'round-1-R1-B.yaml': record(
			1,
			'R1-B',
			'[tn-second, n1, glossary]',
			80,
			finding({
				unit: 'n1',
				segment: 1,
				span: 'A note.',
				category: 'accuracy/omission',
				severity: 'major',
				fix: 'A whole note.',
				why: 'Half is missing.',
				decision: 'accepted',
			}),
		),
		// Round 2 covers the first paragraph only, and finds nothing.
		'round-2-R2-A.yaml': record(2, 'R2-A', '[s1-p1]', 30, ''),
		// Round 3's reviser counts the units changed, patterns fixed beyond the findings included.
		'round-3-R3-A.yaml': record(3, 'R3-A', '[s1-p2]', 10, minor('s1-p2', { decision: 'accepted' })).replace('date:', 'reviser: V3\nunits_changed: 2\ndate:'),
	});
	const figures = roundFigures(paper.reviews, paper.text, paper.glossary);

	test('per round: words, points by severity and category, per 1,000 words, units changed, full or not', () => {
		expect(reviewableIds(paper.text, paper.glossary)).toEqual(['s1', 's1-p1', 's1-p2', 'n1', 'tn-second', ...paper.glossary.map((g) => `glossary/${g.id}`)]);
		expect(figures[0]).toEqual({
			round: 1,
			reviewers: ['R1-A', 'R1-B'],
			words: 200,
			errors: { minor: 2, major: 1, critical: 0 },
			points: 7,
			perThousand: 35,
			byCategory: [
				{ category: 'accuracy/omission', points: 5, perThousand: 25 },
				{ category: 'style/house-style', points: 1, perThousand: 5 },
				{ category: 'style/unidiomatic', points: 1, perThousand: 5 },
			],
			unitsChanged: 3,
			full: true,
			uncovered: [],
			reviewable: 5 + paper.glossary.length,
			beyond: [],
		});
		expect(figures[1]).toMatchObject({
			round: 2,
			words: 30,
			points: 0,
			perThousand: 0,
			unitsChanged: 0,
			full: false,
			uncovered: ['s1', 's1-p2', 'n1', 'tn-second', ...paper.glossary.map((g) => `glossary/${g.id}`)],
		});
		expect(figures[2]).toMatchObject({ round: 3, words: 10, points: 1, perThousand: 100, unitsChanged: 2, full: false });
		expect(lastFullReview(figures)?.round).toBe(1);
	});

	test('a round of the edition notes only is partial, covers no reviewable unit, and says what it covered', () => {
		const files = fixtureFiles();
		files.set('edition.en.md', utf8('## Rights\n\nThe rights remain with the author.\n'));
		files.set('reviews/round-1-R1-A.yaml', utf8(record(1, 'R1-A', FULL_SCOPE, 40, '')));
		files.set('reviews/round-2-R2-A.yaml', utf8(record(2, 'R2-A', '[edition/rights]', 6, '')));
		const withNotes = paperFromFiles('test-paper', 'papers/test-paper', files);
		const [first, second] = roundFigures(withNotes.reviews, withNotes.text, withNotes.glossary);
		expect(first).toMatchObject({ full: true, beyond: [] });
		expect(second).toMatchObject({ full: false, uncovered: reviewableIds(withNotes.text, withNotes.glossary), beyond: ['edition'] });
		expect(lastFullReview([first!, second!])?.round).toBe(1);
	});

	test('each segment’s state: the author’s, revised, reviewed (nothing found, or found and rejected), drafted', () => {
		// s1-p2: its round-1 finding rejected (reviewed), then a round-3 finding accepted (revised).
		const states = Object.fromEntries(segmentStates(paper.reviews, paper.text));
		expect(states).toEqual({ 'abstract.1': 'author', 's1.1': 'revised', 's1-p1.1': 'reviewed', 's1-p2.1': 'revised', 'n1.1': 'revised' });
		expect(Object.fromEntries(segmentStates([], paper.text))).toMatchObject({ 's1.1': 'drafted', 's1-p1.1': 'drafted', 'n1.1': 'drafted' });
		// A finding awaiting its decision: not reviewed clean, and never revised.
		const pending = paperWith({ 'round-1-R1-A.yaml': record(1, 'R1-A', FULL_SCOPE, 40, minor('s1-p1')) });
		expect(segmentStates(pending.reviews, pending.text).get('s1-p1.1')).toBe('drafted');
		expect(segmentStates(pending.reviews, pending.text).get('s1-p2.1')).toBe('reviewed');
	});

	test('the downloads’ rows carry the states, a unit’s row its segments’', () => {
		expect(alignedSegments(paper).map((s) => [s.id, s.state])).toEqual([
			['abstract.1', 'author'],
			['s1.1', 'revised'],
			['s1-p1.1', 'reviewed'],
			['s1-p2.1', 'revised'],
			['n1.1', 'revised'],
		]);
		expect(alignedRows(paper).map((r) => [r.id, r.state])).toEqual([
			['abstract', 'author'],
			['s1', 'revised'],
			['s1-p1', 'reviewed'],
			['s1-p2', 'revised'],
			['n1', 'revised'],
		]);
	});

	test('the TSV gives the state as its last column, the TMX as a property of each unit', () => {
		const rows = alignedTsvRows(paper);
		expect(rows[0]!.at(-1)).toBe('state');
		expect(rows.filter((r) => r[2] === 'segment').map((r) => [r[0], r.at(-1)])).toEqual(alignedSegments(paper).map((s) => [s.id, s.state]));
		const tmx = alignedTmx({ ...paper, id: 'test-paper' }, new Date('2026-12-06T00:00:00Z'));
		expect([...tmx.matchAll(/<tu tuid="([^"]+)">\n.*\n {3}<prop type="x-state">(\w+)<\/prop>/g)].map((m) => [m[1], m[2]])).toEqual(
			alignedSegments(paper).map((s) => [s.id, s.state]),
		);
	});
});

test('the site’s paper, at every round of its history: every segment’s state as the first way of finding it gave (each round’s records read again per segment)', () => {
	const site = readPaperFolder(fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url)));
	// The rule as it was first written (quality.ts before the rounds were read once), kept here as the reference.
	const covers = (scope: ReadonlySet<string>, id: string) =>
		scope.has(id) || (id.includes('/') && (WHOLE_PARTS as readonly string[]).includes(id.split('/')[0]!) && scope.has(id.split('/')[0]!));
	const reference = (reviews: typeof site.reviews) => {
		const byRound = [...Map.groupBy(reviews, (r) => r.round)].sort(([a], [b]) => a - b);
		const states = new Map<string, string>();
		for (const unit of [...site.text.units, ...site.text.notes])
			unit.segments.forEach((_, i) => {
				if ('rendering' in unit && unit.rendering === 'author') return void states.set(`${unit.id}.${i + 1}`, 'author');
				let state = 'drafted';
				let everRevised = false;
				for (const [, own] of byRound) {
					if (!covers(new Set(own.flatMap((r) => r.scope)), unit.id)) continue;
					const found = own
						.flatMap((r) => r.findings)
						.filter((f) => f.unit === unit.id && (f.segment === undefined || f.segment === i + 1) && f.decision !== 'rejected');
					everRevised ||= found.some((f) => f.decision === 'accepted' || f.decision === 'modified');
					state = found.length === 0 ? 'reviewed' : everRevised ? 'revised' : 'drafted';
				}
				states.set(`${unit.id}.${i + 1}`, state);
			});
		return states;
	};
	// The records as they stood after each round (the last round may leave every segment in one state: reviewed
	// after its revision; the rounds before leave some revised and not yet reviewed again).
	const kinds = new Set<string>();
	for (const last of new Set(site.reviews.map((r) => r.round))) {
		const reviews = site.reviews.filter((r) => r.round <= last);
		const expected = reference(reviews);
		expect(expected.size).toBeGreaterThan(200);
		for (const state of expected.values()) kinds.add(state);
		expect(Object.fromEntries(segmentStates(reviews, site.text)), `after round ${last}`).toEqual(Object.fromEntries(expected));
	}
	expect(kinds.size, 'states of more than one kind').toBeGreaterThan(2);
});

test('a paper’s segments are made once for its downloads, and anew for another paper', () => {
	const site = readPaperFolder(fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url)));
	const first = alignedSegments(site);
	expect(alignedSegments(site)).toBe(first);
	const other = { ...site, reviews: [] };
	expect(alignedSegments(other).every((s) => s.state === 'drafted' || s.state === 'author')).toBe(true);
	expect(alignedSegments(site)).toEqual(first);
});
