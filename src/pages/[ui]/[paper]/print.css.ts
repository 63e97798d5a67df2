/**
 * The print stylesheet of a paper's reading pages under one interface
 * (`/{ui}/{paper}/print.css`): the print rules (src/styles/print.css) and,
 * for each reading mode, the page's citation and address, printed after the
 * text: the edition the page shows, cited in the interface's style (GB/T
 * 7714—2025 under a Chinese interface, Chicago's bibliography entry under the
 * English), then the page's URL. A page carries none of it: only the
 * <link media="print"> that loads this. One file per paper and interface, so
 * that what a reading page fetches does not grow with the collection, and
 * its address, beside the page's own, costs the page no byte gzipped (every
 * other page links `/print.css`, the rules alone).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import printRules from '../../../styles/print.css?raw';
import { chicagoBibliography, gbt7714 } from '../../../lib/cite.ts';
import { citable } from '../../../lib/downloads.ts';
import { LOCALES, type Locale, t, textLang, uiTag } from '../../../lib/i18n.ts';
import type { Lang } from '../../../lib/paper/model.ts';
import { type Paper, getPapers } from '../../../lib/papers.ts';
import { MODES, readingPath } from '../../../lib/routes.ts';

/** Citations carry the build's date as their access date, as the downloads do. */
const BUILT = new Date();

/** A CSS string: quotes and backslashes escaped, line breaks as CSS writes them. */
const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\A ')}"`;

export const getStaticPaths = (async () =>
	(await getPapers()).flatMap((paper) => LOCALES.map((ui) => ({ params: { ui, paper: paper.id }, props: { ui, paper } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ui: Locale; paper: Paper }> = ({ props: { ui, paper }, site }) => {
	const origin = site ?? new URL('http://127.0.0.1:4321');
	const rules = MODES.map((mode) => {
		const edition: Lang = mode === 'zh' || mode === 'en' ? mode : textLang(ui);
		const text = citable(paper, edition, origin, BUILT);
		const citation = textLang(ui) === 'zh' ? gbt7714(text) : chicagoBibliography(text);
		const url = new URL(readingPath(ui, paper.id, mode), origin).href;
		const colon = textLang(ui) === 'zh' ? '：' : ': ';
		const content = `${t(ui, 'citeThis')}${colon}${citation}\n${t(ui, 'printedFrom')}${colon}${url}`;
		return `html[lang="${uiTag(ui)}"] .paper[data-paper="${paper.id}"][data-mode="${mode}"]::after{content:${cssString(content)}}`;
	});
	return new Response(`${printRules}\n@layer print{@media print{\n${rules.join('\n')}\n}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
