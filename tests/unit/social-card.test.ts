/** The social card keeps three lines a language; a longer title ends in an ellipsis, so the card says it is cut (audit of issue 24, T7). */
import { expect, test } from 'vitest';
import { cardLines } from '../../src/lib/social-card.ts';

test('a title that fits is drawn whole, with no ellipsis', () => {
	expect(cardLines('从ChatGPT到Sora：生成逻辑、哲学本质与世界图景', 17, 3).join('')).toBe('从ChatGPT到Sora：生成逻辑、哲学本质与世界图景');
	expect(cardLines('From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture', 34, 3).join(' ')).not.toContain('…');
});

test('a Chinese title over three lines ends its third line in an ellipsis', () => {
	const lines = cardLines('一'.repeat(60), 17, 3);
	expect(lines).toHaveLength(3);
	expect(lines[2]!.endsWith('…')).toBe(true);
});

test('an English title over three lines ends its third line in an ellipsis', () => {
	const lines = cardLines(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), 34, 3);
	expect(lines).toHaveLength(3);
	expect(lines[2]).toMatch(/\S…$/);
});
