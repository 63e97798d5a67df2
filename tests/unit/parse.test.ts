/** The parser and validator of paper.mdx, on content written in memory. */
import { describe, expect, test } from 'vitest';
import { parseSegmentId, segmentId } from '../../src/lib/paper/model.ts';
import { ContentError, parsePaper, plainText } from '../../src/lib/paper/parse.ts';

const unit = (id: string, zh: string | undefined, en: string | undefined, element = 'P') =>
	[`<${element} id="${id}">`, zh !== undefined ? `<Zh>${zh}</Zh>` : '', en !== undefined ? `<En>${en}</En>` : '', `</${element}>`, '']
		.filter(Boolean)
		.join('\n');

function problemsOf(source: string): string[] {
	try {
		parsePaper(source, 'test.mdx');
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((p) => `${p.line}:${p.unit ?? '-'}: ${p.fault}`);
		throw error;
	}
	return [];
}

describe('parsePaper', () => {
	test('reads units, notes and translator’s notes, numbering notes by their first marker', () => {
		const paper = parsePaper(
			[
				unit('s1', '一、节', 'I. Section', 'H2'),
				unit('s1-p1', '甲<Ref to="n2"/>乙<Ref to="n1"/>。', 'A<Ref to="n2"/> b<Ref to="n1"/><Tn id="tn-b">On b.</Tn>.'),
				'<Note id="n1" missing />\n',
				unit('n2', '注二。', 'Note two.', 'Note'),
			].join('\n'),
			'test.mdx',
		);
		expect(paper.units.map((u) => [u.id, u.kind])).toEqual([
			['s1', 'h2'],
			['s1-p1', 'p'],
		]);
		expect(paper.units[1]?.refs).toEqual(['n2', 'n1']);
		expect(paper.notes.map((n) => [n.id, n.number, n.missing])).toEqual([
			['n2', 1, false],
			['n1', 2, true],
		]);
		expect(paper.translatorNotes.map((t) => [t.id, t.unitId, t.number])).toEqual([['tn-b', 's1-p1', 1]]);
	});

	test('an English unit with no Chinese original is named', () => {
		expect(problemsOf(unit('s1-p1', undefined, 'Only English.'))).toEqual(['1:s1-p1: no Chinese original (<Zh>)']);
	});

	test('every fault is reported at once, not only the first', () => {
		const problems = problemsOf([unit('s1-p1', '甲。', undefined), unit('s1-p1', '乙。', 'B.'), unit('Bad_Id', '丙。', 'C.')].join('\n'));
		expect(problems).toEqual([
			'1:s1-p1: no English partner (<En>): every unit needs its translation',
			'4:s1-p1: duplicated id: "s1-p1" is already used on line 1',
			'8:Bad_Id: id "Bad_Id" is malformed: use lowercase letters, digits and single hyphens (like s2-1-p3)',
		]);
	});

	test('a note marked missing must not carry text, and only notes can be missing', () => {
		const problems = problemsOf(
			[
				'<P id="p1" missing>\n<Zh>甲<Ref to="n1"/>。</Zh>\n<En>A<Ref to="n1"/>.</En>\n</P>\n',
				unit('n1', '注。', 'Note.', 'Note').replace('<Note id="n1">', '<Note id="n1" missing>'),
			].join('\n'),
		);
		expect(problems).toEqual([
			'1:p1: only a <Note> can be marked missing',
			'6:n1: a note marked missing has no text: remove its <Zh>/<En> or the "missing" mark',
		]);
	});

	test('unknown elements and unsupported markdown are faults', () => {
		const problems = problemsOf(unit('p1', '甲<Foo/>。', '![image](x.png)'));
		expect(problems).toEqual([
			'2:p1: unknown element <Foo>; inline elements are <Ref>, <Tn>',
			'3:p1: unsupported image “” in the English',
			'3:p1: the English text is empty',
		]);
	});

	describe('segments: a line of <Zh> pairs with the line of <En> at the same place', () => {
		const block = (id: string, zh: string[], en: string[]) => [`<P id="${id}">`, '<Zh>', ...zh, '</Zh>', '<En>', ...en, '</En>', '</P>', ''].join('\n');

		test('they join into the unit’s text: Chinese runs on, English takes a space', () => {
			const paper = parsePaper(block('p1', ['甲说。', '乙*答*。'], ['A said.', 'B *answered*.']), 'test.mdx');
			const p1 = paper.units[0]!;
			expect(p1.segments).toHaveLength(2);
			expect(plainText(p1.text.zh)).toBe('甲说。乙答。');
			expect(plainText(p1.text.en)).toBe('A said. B answered.');
			expect(p1.segments.map((s) => [plainText(s.zh), plainText(s.en)])).toEqual([
				['甲说。', 'A said.'],
				['乙答。', 'B answered.'],
			]);
			expect(segmentId('p1', 1)).toBe('p1.2');
			expect(parseSegmentId('s2-1-p3.2')).toEqual({ unit: 's2-1-p3', index: 1 });
			expect(parseSegmentId('s2-1-p3')).toBeUndefined();
		});

		test('a unit on one line is one segment', () => {
			expect(parsePaper(unit('p1', '甲。乙。', 'A. B.'), 'test.mdx').units[0]!.segments).toHaveLength(1);
		});

		test('unpaired segments are named with both counts, on the English’s line', () => {
			expect(problemsOf(block('p1', ['甲。', '乙。', '丙。'], ['A.', 'B and C.']))).toEqual([
				'7:p1: the Chinese has 3 segments (lines) and the English 2: each line of <Zh> pairs with the line of <En> at the same place; where the English merges or splits sentences, keep them on one line',
			]);
		});

		test('a segment without text is empty, named by its id and line', () => {
			expect(problemsOf(block('p1', ['甲。', '[](https://example.org)'], ['A.', 'B.']))).toEqual([
				'4:p1: a link with no words: it would show nothing and have no name; write its words between the brackets',
				'4:p1: segment p1.2 is empty in the Chinese',
			]);
		});

		test('note markers must stand in the same segment in both languages', () => {
			const source = [block('p1', ['甲<Ref to="n1"/>。', '乙。'], ['A.', 'B<Ref to="n1"/>.']), unit('n1', '注。', 'Note.', 'Note')].join('\n');
			expect(problemsOf(source)).toEqual([
				'7:p1: segment p1.1: note markers differ: the Chinese has [n1], the English []',
				'8:p1: segment p1.2: note markers differ: the Chinese has [], the English [n1]',
			]);
		});

		test('a line break inside emphasis or a translator’s note is a fault: a segment ends between inline elements', () => {
			const problems = problemsOf(block('p1', ['甲。', '乙。'], ['A *b', 'c*.']));
			expect(problems[0]).toMatch(/^7:p1: a line break inside emphasis “b\nc”/);
		});
	});
});
