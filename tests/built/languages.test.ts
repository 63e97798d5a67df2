/**
 * Every word is marked with its language on every built page: no Chinese
 * inside an element whose language is English (a name, a title, a word a
 * translator's note discusses carries its own `lang`), and the Chinese
 * interface's labels use Chinese punctuation (full-width colons).
 */
import type { Element, Nodes } from 'hast';
import { expect, test } from 'vitest';
import { textLang } from '../../src/lib/i18n.ts';
import { parseRoute } from '../../src/lib/routes.ts';
import { builtPages, loadPage } from '../support/pages.ts';

/** The pages of a Chinese interface, Simplified or Traditional. */
const chinesePages = builtPages().filter((p) => {
	const route = parseRoute(`/${p.replace(/index\.html$/, '')}`);
	return route !== undefined && route.kind !== 'home' && textLang(route.ui) === 'zh';
});

/** Text nodes with the language they are in (the nearest `lang`). */
function textsWithLang(node: Nodes, lang: string, out: { text: string; lang: string }[] = []): { text: string; lang: string }[] {
	if (node.type === 'text') out.push({ text: node.value, lang });
	if (node.type === 'element' && ['script', 'style', 'template', 'noscript'].includes(node.tagName)) return out;
	const own = node.type === 'element' && typeof (node as Element).properties['lang'] === 'string' ? String((node as Element).properties['lang']) : lang;
	if ('children' in node) for (const child of node.children) textsWithLang(child as Nodes, own, out);
	return out;
}

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

test.each(builtPages().filter((p) => !p.startsWith('pagefind')))('%s marks every Chinese word inside English as Chinese', (page) => {
	const tree = loadPage(`/${page}`);
	const misplaced = textsWithLang(tree, '')
		.filter(({ text, lang }) => lang === 'en' && CHINESE.test(text))
		.map(({ text }) => text.trim().slice(0, 40));
	expect(misplaced).toEqual([]);
});

test.each(chinesePages)('%s: the Chinese interface’s labels take full-width colons', (page) => {
	const tree = loadPage(`/${page}`);
	const ascii = textsWithLang(tree, 'zh-CN')
		.filter(({ text, lang }) => lang.startsWith('zh') && /\p{Script=Han}: /u.test(text))
		.map(({ text }) => text.trim().slice(0, 40));
	expect(ascii).toEqual([]);
});
