/**
 * Where OpenCC's Taiwan conversion (opencc-js, `cn` → `tw`) is wrong for
 * this collection's texts, or picks a form that Taiwan's standard does not:
 * each entry a Simplified string as it stands in the text, the Traditional
 * it must become there, and why. Matched in the Simplified text, so that the
 * context that decides stays visible; the same length on both sides, as the
 * conversion is character for character (traditional.ts).
 * tests/unit/traditional.test.ts checks that each is still needed and found.
 */
export interface Override {
	simplified: string;
	traditional: string;
	reason: string;
}

export const OVERRIDES: readonly Override[] = [
	{
		simplified: '更复杂',
		traditional: '更複雜',
		reason: 'OpenCC reads 更复 as the phrase 更復 (“again”) in 回答更复杂, giving 更復雜; the word is 複雜 “complex”, as everywhere else in the text.',
	},
	{
		simplified: '杰夫里',
		traditional: '傑夫里',
		reason: 'In the transliterated name Geoffrey (Hinton) 里 is a sound, not 裡 “inside”; OpenCC, seeing no phrase, takes the commoner 裡.',
	},
	{
		simplified: '发布',
		traditional: '發布',
		reason: 'Taiwan’s Ministry of Education dictionary gives 發布 (to release, publish); 發佈 is a variant that OpenCC’s Taiwan set keeps.',
	},
	{
		simplified: '分布',
		traditional: '分布',
		reason: 'Likewise 分布 (a probability distribution) is the Ministry’s standard form; OpenCC gives the variant 分佈.',
	},
	{
		simplified: '惊叹',
		traditional: '驚嘆',
		reason: 'OpenCC gives 驚歎 here but 哀嘆 two sentences earlier; the Ministry’s standard form is 嘆, so the text keeps one form.',
	},
];
