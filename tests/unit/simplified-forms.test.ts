import { describe, expect, it } from 'vitest';
import { simplifiedForms, toSimplifiedForms } from '../../src/lib/search/simplified-forms.ts';

describe('the Simplified forms a Traditional query is looked up by', () => {
	it('pairs the characters that differ, character for character', () => {
		const forms = simplifiedForms([['世界图景与认知', '世界圖景與認知']]);
		expect(forms).toEqual({ 圖: '图', 與: '与', 認: '认' });
		expect(toSimplifiedForms('世界圖景', forms)).toBe('世界图景');
	});
	it('leaves a character paired two ways, texts of unequal length and characters it does not know as typed', () => {
		const forms = simplifiedForms([
			['干', '乾'],
			['乾', '乾'],
			['后', '後'],
			['发', '發'],
			['头发', '頭髮'],
			['长', '長長'],
		]);
		expect(forms).toEqual({ 後: '后', 發: '发', 頭: '头', 髮: '发' });
		expect(toSimplifiedForms('乾坤 Sora 後', forms)).toBe('乾坤 Sora 后');
	});
});
