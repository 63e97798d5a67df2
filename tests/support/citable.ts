/**
 * The sample texts the citation tests cite: the paper as it is (editorial
 * title, no author, no venue, no year), each edition whole and at a
 * paragraph or a note, and, with invented facts, the case where the source
 * states them.
 */
import type { CitableText } from '../../src/lib/cite.ts';

export const TITLE_ZH = '从ChatGPT到Sora：生成逻辑、哲学本质与世界图景';
export const TITLE_EN = 'From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture';
export const TEAM = 'the site’s editorial team';

export const zhDoc: CitableText = {
	lang: 'zh',
	title: { zh: TITLE_ZH, en: TITLE_EN },
	editorialTitle: true,
	siteName: { zh: '双语学术文库', en: 'Bilingual Scholarly Texts' },
	urls: { zh: 'https://example.org/zh/chatgpt-sora/', en: 'https://example.org/en/chatgpt-sora/' },
	accessed: new Date('2026-11-25T12:00:00Z'),
	key: 'chatgpt-sora',
};
export const zhUnit: CitableText = { ...zhDoc, unit: { id: 's2-1-p3' } };
export const enDoc: CitableText = { ...zhDoc, lang: 'en', translator: TEAM };
export const enUnit: CitableText = { ...enDoc, unit: { id: 's2-1-p3' } };
export const enNote: CitableText = { ...enDoc, unit: { id: 'n7', note: 7 } };

/** Fixture facts (invented) for the case where the source states them; the title is then the author's. */
export const known = {
	editorialTitle: false,
	author: { zh: '张三', en: 'Zhang San' },
	venue: { zh: '某学报', en: 'Some Journal' },
	year: 2024,
};
export const zhKnown: CitableText = { ...zhDoc, ...known };
export const enKnownUnit: CitableText = { ...enUnit, ...known };

/** The edition's version, as versions.yaml gives it (the paper's own 1.1). */
export const version = { number: '1.1', date: '2026-12-06' };
export const zhVersioned: CitableText = { ...zhDoc, version };
export const enVersioned: CitableText = { ...enDoc, version };
export const enVersionedUnit: CitableText = { ...enUnit, version };
export const enKnownVersioned: CitableText = { ...enKnownUnit, version };

/** Every sample, by name. */
export const SAMPLES: Record<string, CitableText> = {
	zhDoc,
	zhUnit,
	enDoc,
	enUnit,
	enNote,
	zhKnown,
	enKnownUnit,
	zhVersioned,
	enVersioned,
	enVersionedUnit,
	enKnownVersioned,
};
