/**
 * The citation formatters. Every expected string is written out by hand from
 * the style's rules (GB/T 7714-2015, Chicago web page entry, biblatex
 * `@online`, RIS), not pasted from the functions' output.
 */
import { describe, expect, test } from 'vitest';
import { bibtex, type CitableText, chicago, citationFileName, gbt7714, ris, unitLabel } from '../../src/lib/cite';

const TITLE_ZH = '从ChatGPT到Sora：生成逻辑、哲学本质与世界图景';
const TITLE_EN = 'From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture';
const TEAM = "the site's editorial team";

/** The sample document: editorial title, no author, no venue, no year. */
const zhDoc: CitableText = {
	lang: 'zh',
	title: { zh: TITLE_ZH, en: TITLE_EN },
	editorialTitle: true,
	siteName: { zh: '双语学术文库', en: 'Bilingual Scholarly Texts' },
	url: 'https://example.org/zh/chatgpt-sora/',
	accessed: new Date('2026-11-25T12:00:00Z'),
	key: 'chatgpt-sora',
};
const zhUnit: CitableText = {
	...zhDoc,
	url: 'https://example.org/zh/chatgpt-sora/#s2-1-p3',
	unit: { id: 's2-1-p3', label: '第二节第一小节第3段' },
};
const enDoc: CitableText = { ...zhDoc, lang: 'en', url: 'https://example.org/en/chatgpt-sora/', translator: TEAM };
const enUnit: CitableText = {
	...enDoc,
	url: 'https://example.org/en/chatgpt-sora/#s2-1-p3',
	unit: { id: 's2-1-p3', label: 'section 2.1, paragraph 3' },
};

/** Fixture facts (invented) for the case where the source states them; the title is the author's. */
const known = {
	editorialTitle: false,
	author: { zh: '张三', en: 'Zhang San' },
	venue: { zh: '某学报', en: 'Some Journal' },
	year: 2024,
};
const zhKnown: CitableText = { ...zhDoc, ...known };
const enKnownUnit: CitableText = { ...enUnit, ...known };

/** Braces balance once TeX's escaped braces are set aside. */
function bracesBalance(s: string): boolean {
	let depth = 0;
	for (const c of s.replace(/\\[{}]/g, '')) {
		if (c === '{') depth++;
		if (c === '}') depth--;
		if (depth < 0) return false;
	}
	return depth === 0;
}

describe('gbt7714', () => {
	test('the Chinese edition, whole document: 佚名, editorial mark, no year, access date', () => {
		expect(gbt7714(zhDoc)).toBe(
			'佚名. 从ChatGPT到Sora：生成逻辑、哲学本质与世界图景〔编者拟题〕[EB/OL]. 双语学术文库[2026-11-25]. https://example.org/zh/chatgpt-sora/.',
		);
	});

	test('the Chinese edition, one paragraph: its label after the title, its anchor in the URL', () => {
		expect(gbt7714(zhUnit)).toBe(
			'佚名. 从ChatGPT到Sora：生成逻辑、哲学本质与世界图景〔编者拟题〕：第二节第一小节第3段[EB/OL]. 双语学术文库[2026-11-25]. https://example.org/zh/chatgpt-sora/#s2-1-p3.',
		);
	});

	test('the English edition, whole document: Anon, English title and site, translator after the type mark', () => {
		expect(gbt7714(enDoc)).toBe(
			"Anon. From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture [editorial title][EB/OL]. Trans. by the site's editorial team. Bilingual Scholarly Texts[2026-11-25]. https://example.org/en/chatgpt-sora/.",
		);
	});

	test('the English edition, one paragraph', () => {
		expect(gbt7714(enUnit)).toBe(
			"Anon. From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture [editorial title]: section 2.1, paragraph 3[EB/OL]. Trans. by the site's editorial team. Bilingual Scholarly Texts[2026-11-25]. https://example.org/en/chatgpt-sora/#s2-1-p3.",
		);
	});

	test('author, year and venue appear when the source states them, and no editorial mark then', () => {
		expect(gbt7714(zhKnown)).toBe(
			'张三. 从ChatGPT到Sora：生成逻辑、哲学本质与世界图景[EB/OL]. 双语学术文库, 2024[2026-11-25]. https://example.org/zh/chatgpt-sora/. 原载于某学报.',
		);
	});

	test('no translator given: no translator clause', () => {
		const { translator: _omitted, ...untranslated } = enDoc;
		expect(gbt7714(untranslated)).not.toContain('Trans.');
	});
});

describe('chicago', () => {
	test('the Chinese edition, whole document: starts with the title, English title and editorial mark in brackets', () => {
		expect(chicago(zhDoc)).toBe(
			'“从ChatGPT到Sora：生成逻辑、哲学本质与世界图景” [From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture] [editorial title]. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/zh/chatgpt-sora/.',
		);
	});

	test('the Chinese edition, one paragraph', () => {
		expect(chicago(zhUnit)).toBe(
			'“从ChatGPT到Sora：生成逻辑、哲学本质与世界图景” [From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture] [editorial title], 第二节第一小节第3段. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/zh/chatgpt-sora/#s2-1-p3.',
		);
	});

	test('the English edition, whole document: translated by, after the title', () => {
		expect(chicago(enDoc)).toBe(
			"“From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture” [editorial title]. Translated by the site's editorial team. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/en/chatgpt-sora/.",
		);
	});

	test('the English edition, one paragraph', () => {
		expect(chicago(enUnit)).toBe(
			"“From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture” [editorial title], section 2.1, paragraph 3. Translated by the site's editorial team. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/en/chatgpt-sora/#s2-1-p3.",
		);
	});

	test('known author, year and venue; an author’s title takes the comma inside its quotes', () => {
		expect(chicago(enKnownUnit)).toBe(
			"Zhang San. “From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture,” section 2.1, paragraph 3. Translated by the site's editorial team. Bilingual Scholarly Texts, 2024. Accessed November 25, 2026. https://example.org/en/chatgpt-sora/#s2-1-p3. Originally published in Some Journal.",
		);
		expect(chicago({ ...enDoc, ...known })).toBe(
			"Zhang San. “From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture.” Translated by the site's editorial team. Bilingual Scholarly Texts, 2024. Accessed November 25, 2026. https://example.org/en/chatgpt-sora/. Originally published in Some Journal.",
		);
	});

	test('an unknown author is not invented nor announced', () => {
		for (const text of [zhDoc, zhUnit, enDoc, enUnit]) expect(chicago(text)).not.toMatch(/unknown|Anon|佚名/i);
	});
});

describe('bibtex', () => {
	test('the Chinese edition: names braced, unknowns said in the note, no author or year field', () => {
		expect(bibtex(zhDoc)).toBe(
			[
				'@online{chatgpt-sora-zh,',
				'\ttitle = {从{ChatGPT}到{Sora}：生成逻辑、哲学本质与世界图景},',
				'\turl = {https://example.org/zh/chatgpt-sora/},',
				'\turldate = {2026-11-25},',
				'\torganization = {双语学术文库},',
				'\tlanguage = {chinese},',
				'\tnote = {编者拟题（原文无标题）；作者不详；原载处不详；年份不详},',
				'}',
				'',
			].join('\n'),
		);
	});

	test('the English edition, one paragraph: translator and paragraph in the note, the unit in the key', () => {
		expect(bibtex(enUnit)).toBe(
			[
				'@online{chatgpt-sora-en-s2-1-p3,',
				'\ttitle = {From {ChatGPT} to {Sora}: Generative Logic, Philosophical Essence and World Picture},',
				'\turl = {https://example.org/en/chatgpt-sora/#s2-1-p3},',
				'\turldate = {2026-11-25},',
				'\torganization = {Bilingual Scholarly Texts},',
				'\tlanguage = {english},',
				"\tnote = {Editorial title (the source has none); author unknown; original venue unknown; year unknown; translated by the site's editorial team; cited at section 2.1, paragraph 3},",
				'}',
				'',
			].join('\n'),
		);
	});

	test('known facts: author braced whole, year field, venue in the note', () => {
		const entry = bibtex(zhKnown);
		expect(entry).toContain('\tauthor = {{张三}},\n');
		expect(entry).toContain('\tyear = {2024},\n');
		expect(entry).toContain('\tnote = {原载于某学报},\n');
		expect(entry).not.toContain('不详');
	});

	test('TeX specials are escaped, and the entry stays well formed', () => {
		const awkward: CitableText = {
			...enDoc,
			title: { zh: '成本', en: 'Costs & Margins: 100% of $5, #1_a {x} ~y^ \\z' },
			siteName: { zh: '站', en: 'R&D_Site' },
		};
		const entry = bibtex(awkward);
		expect(entry).toContain(
			'\ttitle = {Costs \\& Margins: 100\\% of \\$5, \\#1\\_a \\{x\\} \\textasciitilde{}y\\textasciicircum{} \\textbackslash{}z},\n',
		);
		expect(entry).toContain('\torganization = {R\\&D\\_Site},\n');
		for (const text of [zhDoc, zhUnit, enDoc, enUnit, zhKnown, enKnownUnit, awkward]) {
			const lines = bibtex(text).trimEnd().split('\n');
			expect(bracesBalance(bibtex(text))).toBe(true);
			expect(lines[0]).toMatch(/^@online\{[A-Za-z0-9_-]+,$/);
			expect(lines.at(-1)).toBe('}');
			for (const field of lines.slice(1, -1)) expect(field).toMatch(/^\t[a-z]+ = \{.*\},$/);
		}
	});
});

describe('ris', () => {
	test('the Chinese edition: TY first, ER last, no AU or PY, unknowns in N1, CR LF endings', () => {
		expect(ris(zhDoc)).toBe(
			'TY  - ELEC\r\n' +
				'TI  - 从ChatGPT到Sora：生成逻辑、哲学本质与世界图景\r\n' +
				'UR  - https://example.org/zh/chatgpt-sora/\r\n' +
				'Y2  - 2026/11/25\r\n' +
				'PB  - 双语学术文库\r\n' +
				'LA  - zh-CN\r\n' +
				'N1  - 编者拟题（原文无标题）；作者不详；原载处不详；年份不详\r\n' +
				'ID  - chatgpt-sora-zh\r\n' +
				'ER  - \r\n',
		);
	});

	test('the English edition, one paragraph, with known facts: AU and PY present', () => {
		expect(ris(enKnownUnit)).toBe(
			'TY  - ELEC\r\n' +
				'TI  - From ChatGPT to Sora: Generative Logic, Philosophical Essence and World Picture\r\n' +
				'AU  - Zhang San\r\n' +
				'PY  - 2024\r\n' +
				'UR  - https://example.org/en/chatgpt-sora/#s2-1-p3\r\n' +
				'Y2  - 2026/11/25\r\n' +
				'PB  - Bilingual Scholarly Texts\r\n' +
				'LA  - en\r\n' +
				"N1  - Originally published in Some Journal; translated by the site's editorial team; cited at section 2.1, paragraph 3\r\n" +
				'ID  - chatgpt-sora-en-s2-1-p3\r\n' +
				'ER  - \r\n',
		);
	});

	test('every line is a tag, two spaces, a hyphen and a space; a line break in a value cannot start a new tag', () => {
		const broken: CitableText = { ...enUnit, title: { zh: TITLE_ZH, en: 'Two\nlines' } };
		for (const text of [zhDoc, zhUnit, enDoc, enUnit, zhKnown, enKnownUnit, broken]) {
			const lines = ris(text).split('\r\n');
			expect(lines.pop()).toBe('');
			expect(lines[0]).toBe('TY  - ELEC');
			expect(lines.at(-1)).toBe('ER  - ');
			for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
		}
		expect(ris(broken)).toContain('TI  - Two lines\r\n');
	});
});

describe('dates and file names', () => {
	test('the access date is the UTC day, whatever the offset it was given with', () => {
		const lateInNewYork: CitableText = { ...zhDoc, accessed: new Date('2026-11-25T23:30:00-05:00') };
		expect(gbt7714(lateInNewYork)).toContain('[2026-11-26]');
		expect(chicago(lateInNewYork)).toContain('Accessed November 26, 2026.');
		expect(bibtex(lateInNewYork)).toContain('\turldate = {2026-11-26},');
		expect(ris(lateInNewYork)).toContain('Y2  - 2026/11/26\r\n');
		expect(chicago({ ...zhDoc, accessed: new Date('2027-01-05T00:00:00Z') })).toContain('Accessed January 5, 2027.');
	});

	test('file names: key, edition, unit', () => {
		expect(citationFileName(zhDoc, 'bib')).toBe('chatgpt-sora-zh.bib');
		expect(citationFileName(zhUnit, 'ris')).toBe('chatgpt-sora-zh-s2-1-p3.ris');
		expect(citationFileName(enDoc, 'ris')).toBe('chatgpt-sora-en.ris');
	});
});

describe('unitLabel', () => {
	test('names units by the site’s id scheme, in each language', () => {
		expect(unitLabel('s2-1-p3', 'en')).toBe('section 2.1, paragraph 3');
		expect(unitLabel('s2-1-p3', 'zh')).toBe('第2.1节第3段');
		expect(unitLabel('s2-2-1', 'en')).toBe('section 2.2.1, heading');
		expect(unitLabel('intro-p1', 'zh')).toBe('引言第1段');
		expect(unitLabel('abstract', 'en')).toBe('abstract');
		expect(unitLabel('n7', 'en', 7)).toBe('note 7');
		expect(unitLabel('n7', 'zh', 9)).toBe('注9');
	});
});
