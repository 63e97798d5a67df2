/**
 * The aligned text's formats hold whatever the text holds: XML's specials in
 * the translation memory, quotes, tabs and line breaks in the TSV (read back
 * as a CSV reader with a tab delimiter reads it). tests/built/downloads.test.ts
 * reads the built files back against the model.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { alignedTmx, tsv } from '../../src/lib/downloads.ts';

const accessed = new Date('2026-01-01T12:00:00Z');
const readTsv = (text: string): string[][] => parseCsv(text, { delimiter: '\t', record_delimiter: '\r\n' });

test('XML’s specials and characters it cannot hold do not break the memory', () => {
	const hostile = {
		id: 'x',
		text: {
			units: [
				{
					id: 'p1',
					kind: 'p',
					line: 1,
					rendering: 'translator',
					refs: [],
					text: { zh: [], en: [] },
					segments: [{ zh: [{ type: 'text', value: '<甲> & “乙”\u0001' }], en: [{ type: 'text', value: 'a </seg> & "b"' }] }],
				},
			],
			notes: [],
			translatorNotes: [],
		},
	} as const;
	const xml = alignedTmx(hostile as unknown as Parameters<typeof alignedTmx>[0], accessed);
	expect(XMLValidator.validate(xml)).toBe(true);
	expect(xml).toContain('<seg>&lt;甲&gt; &amp; “乙”</seg>');
	expect(xml).toContain('<seg>a &lt;/seg&gt; &amp; &quot;b&quot;</seg>');
});

test('a field that opens with a quote, or holds a quote, a tab or a line break, reads back whole', () => {
	const awkward = [
		['q1', 'p', '"引号"开头', '"Quoted" first'],
		['t1', 'p', '一\t二', 'one\ttwo'],
		['n1', 'p', '一\r\n二', 'a "b" c\nd'],
		['e1', 'note-missing', '', ''],
	];
	expect(readTsv(tsv(awkward))).toEqual(awkward);
	// Fields with nothing to quote stay bare, so that simple readers (cut, awk) still split the file.
	expect(tsv([['a', 'b “c”']])).toBe('a\tb “c”\r\n');
});
