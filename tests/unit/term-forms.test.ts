/** How a key term is found in the text (src/lib/paper/term-forms.ts); tests/built/reading-aids.test.ts counts it on the pages. */
import { expect, test } from 'vitest';
import { chineseMatches } from '../../src/lib/paper/term-forms.ts';

test('a term inside a longer key term is that term, not this one', () => {
	expect(chineseMatches('多模态与模态', '模态', ['模态', '多模态'])).toEqual([4]);
	expect(chineseMatches('世界图景，世界图景', '世界图景', ['世界图景'])).toEqual([0, 5]);
});

test('an empty form matches nothing (it would otherwise never advance)', () => {
	expect(chineseMatches('世界图景', '', ['', '世界图景'])).toEqual([]);
});
