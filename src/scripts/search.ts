/**
 * Full-text search, loaded only when the reader opens it. One box searches
 * both languages: the Chinese and the English Pagefind bundles are queried
 * together and their results merged (see src/integrations/search-index.ts).
 *
 * Ranking: Pagefind finds the candidates; they are then re-ranked by what a
 * reader means by a match. A result that contains the query as it was typed
 * (the whole Chinese string, the English words in order) comes first; then
 * one that contains every word of it; then the rest in Pagefind's order.
 * This keeps 李世石 from being buried under every 世界, and a quoted query
 * ("…") keeps only exact matches.
 */
import { escapeHtml, escapeRegExp } from '../lib/escape';
import { pick, searchStrings } from '../lib/i18n';
import { HTML_LANG, type Lang } from '../lib/paper/model';
import { readingPath, type Mode } from '../lib/routes';
import { HIGHLIGHT_KEY } from './keys';
// The dialog's styles come with the script, not with every page.
import searchStyles from '../styles/search.css?inline';

interface ResultData {
	url: string;
	content: string;
	meta: { title: string; paper: string; unit: string; section: string; kind: string; partner: string };
}
interface Pagefind {
	init(): Promise<void>;
	search(query: string): Promise<{ results: { score: number; data(): Promise<ResultData> }[] } | null>;
}
interface Hit {
	lang: Lang;
	data: ResultData;
	rank: number;
}

/** How many of each language's candidates are re-ranked. */
const CANDIDATES = 30;
/** How many results are shown. */
const SHOWN = 10;

const bundles: Partial<Record<Lang, Promise<Pagefind>>> = {};
function bundle(lang: Lang): Promise<Pagefind> {
	bundles[lang] ??= import(/* @vite-ignore */ `/pagefind/${lang}/pagefind.js`).then(async (pagefind: Pagefind) => {
		await pagefind.init();
		return pagefind;
	});
	return bundles[lang];
}

const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** The parts of a query a match must contain: Chinese runs whole, other words one by one. */
export function queryTerms(query: string): string[] {
	return query
		.replace(/["“”]/g, ' ')
		.split(/\s+|(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u)
		.map((t) => t.trim().toLowerCase())
		.filter((t) => t.length > 0 && /[\p{L}\p{N}]/u.test(t));
}

/** The words of the Chinese in a query, as the browser segments them; single characters only if that is all there is. */
function chineseWords(query: string): string[] {
	const han = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(query)].map((s) => s.segment).filter(hasHan);
	const long = han.filter((w) => w.length > 1);
	return long.length > 0 ? long : han;
}

/** Orders hits: the query as typed, then all its parts, then the language it is written in, then Pagefind's rank. */
export function rerank(query: string, hits: Hit[]): Hit[] {
	const exact = query.replace(/["“”]/g, '').trim().toLowerCase();
	const terms = queryTerms(query);
	const queryLang: Lang = hasHan(query) ? 'zh' : 'en';
	const quoted = /^["“].+["”]$/.test(query.trim());
	const words = chineseWords(exact);
	const scored = hits
		.map((hit) => ({ hit, text: hit.data.content.toLowerCase() }))
		// A Chinese query's hit must hold one of its words, not only scattered characters of it.
		.filter(({ text }) => words.length === 0 || words.some((w) => text.includes(w)))
		.map(({ hit, text }) => {
			const whole = text.includes(exact) ? 1 : 0;
			const all = terms.every((t) => text.includes(t)) ? 1 : 0;
			return { hit, key: [whole, all, hit.lang === queryLang ? 1 : 0, -hit.rank] };
		});
	return scored
		.filter((s) => !quoted || s.key[0] === 1)
		.sort((a, b) => {
			for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
			return 0;
		})
		.map((s) => s.hit);
}

/** The languages to search, as the dialog's language filter says. */
function chosenLanguages(): Lang[] {
	const value = document.querySelector<HTMLInputElement>('input[name="search-lang"]:checked')?.value;
	return value === 'zh' || value === 'en' ? [value] : ['zh', 'en'];
}

async function find(query: string): Promise<Hit[]> {
	const langs = chosenLanguages();
	const perLang = await Promise.all(
		langs.map(async (lang) => {
			const found = await (await bundle(lang)).search(query.replace(/["“”]/g, ' '));
			const top = found?.results.slice(0, CANDIDATES) ?? [];
			return Promise.all(top.map(async (result, rank) => ({ lang, data: await result.data(), rank })));
		}),
	);
	// One result per unit: where both languages match, the better-ranked one stands for the pair.
	const seen = new Set<string>();
	return rerank(query, perLang.flat())
		.filter((hit) => {
			const key = `${hit.data.meta.paper}#${hit.data.meta.unit}`;
			return !seen.has(key) && seen.add(key);
		})
		.slice(0, SHOWN);
}

// The dialog ---------------------------------------------------------------

/** A window of the text around the first match, every match marked. */
function excerpt(text: string, terms: string[], around = 40): string {
	const lower = text.toLowerCase();
	const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
	const start = first === text.length ? 0 : Math.max(0, first - around);
	const piece = text.slice(start, start + around * 3);
	const pattern = terms.length ? new RegExp(terms.map(escapeRegExp).join('|'), 'gi') : undefined;
	const marked = pattern ? escapeHtml(piece).replace(pattern, (m) => `<mark>${m}</mark>`) : escapeHtml(piece);
	return `${start > 0 ? '…' : ''}${marked}${start + around * 3 < text.length ? '…' : ''}`;
}

/** Where a hit takes the reader: its unit, in the mode being read if this is the same paper. */
function hrefOf(hit: Hit): string {
	const ui: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
	const article = document.querySelector<HTMLElement>('article.paper');
	const mode = (article?.dataset['paper'] === hit.data.meta.paper ? article.dataset['mode'] : hit.lang) as Mode;
	return `${readingPath(ui, hit.data.meta.paper, mode)}#${hit.data.meta.unit}`;
}

let active = -1;
let hits: Hit[] = [];
let pending = 0;

function dialog(): HTMLDialogElement {
	return (document.getElementById('search-dialog') as HTMLDialogElement | null) ?? createDialog();
}

/** An interface string in the page's language; the strings come with this script, not with every page. */
function label(key: keyof typeof searchStrings, n?: number, query?: string): string {
	return pick(searchStrings, document.documentElement.lang === 'en' ? 'en' : 'zh', key).replace('{n}', String(n ?? '')).replace('{q}', query ?? '');
}

/** The search dialog, made on first use: a combobox over a listbox of results, and a live status. */
function createDialog(): HTMLDialogElement {
	const el = document.createElement('dialog');
	el.id = 'search-dialog';
	el.className = 'search-dialog';
	el.setAttribute('aria-labelledby', 'search-label');
	el.innerHTML = `<search class="search-form">
		<label id="search-label" for="search-input">${escapeHtml(label('searchLabel'))}</label>
		<input id="search-input" type="search" role="combobox" aria-expanded="false" aria-controls="search-results" aria-autocomplete="list" aria-describedby="search-hint" autocomplete="off" spellcheck="false">
		<p id="search-hint" class="search-hint">${escapeHtml(label('searchHint'))}</p>
		<fieldset class="search-langs">
			<legend>${escapeHtml(label('searchIn'))}</legend>
			<label><input type="radio" name="search-lang" value="both" checked> ${escapeHtml(label('searchInBoth'))}</label>
			<label><input type="radio" name="search-lang" value="zh"> ${escapeHtml(label('mode_zh'))}</label>
			<label><input type="radio" name="search-lang" value="en"> ${escapeHtml(label('mode_en'))}</label>
		</fieldset>
	</search>
	<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
	<ul id="search-results" class="search-results" role="listbox" aria-label="${escapeHtml(label('searchResults'))}"></ul>`;
	const style = document.createElement('style');
	style.textContent = searchStyles;
	document.head.append(style);
	document.body.append(el);
	return el;
}

function render(query: string): void {
	const list = document.getElementById('search-results')!;
	const input = document.getElementById('search-input') as HTMLInputElement;
	const terms = queryTerms(query);
	list.innerHTML = hits
		.map((hit, i) => {
			const partnerLang: Lang = hit.lang === 'zh' ? 'en' : 'zh';
			const { title, section, partner } = hit.data.meta;
			return `<li role="option" id="search-option-${i}" aria-selected="${i === active}">
				<a href="${escapeHtml(hrefOf(hit))}" tabindex="-1">
					<span class="search-where" lang="${HTML_LANG[hit.lang]}">${escapeHtml([title, section].filter(Boolean).join(' · '))}</span>
					<span class="search-excerpt" lang="${HTML_LANG[hit.lang]}">${excerpt(hit.data.content, terms)}</span>
					<span class="search-partner" lang="${HTML_LANG[partnerLang]}">${escapeHtml(partner)}</span>
				</a>
			</li>`;
		})
		.join('');
	input.setAttribute('aria-expanded', String(hits.length > 0));
	if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
	else input.removeAttribute('aria-activedescendant');
	document.getElementById('search-status')!.textContent = query ? (hits.length ? label('searchCount', hits.length) : label('searchNone', 0, query)) : '';
}

async function run(query: string): Promise<void> {
	const ticket = ++pending;
	if (!query.trim()) {
		hits = [];
		active = -1;
		render('');
		return;
	}
	try {
		const found = await find(query);
		if (ticket !== pending) return;
		hits = found;
		active = hits.length ? 0 : -1;
		render(query);
	} catch {
		if (ticket !== pending) return;
		hits = [];
		render('');
		document.getElementById('search-status')!.textContent = label('searchFailed');
	}
}

function go(index: number): void {
	const hit = hits[index];
	if (!hit) return;
	sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ unit: hit.data.meta.unit, terms: queryTerms((document.getElementById('search-input') as HTMLInputElement).value) }));
	dialog().close();
	const href = hrefOf(hit);
	const target = new URL(href, location.href);
	if (target.pathname === location.pathname) {
		// Same page: move the hash and scroll once the dialog has given focus back.
		history.pushState(null, '', target.hash);
		requestAnimationFrame(() => {
			document.getElementById(hit.data.meta.unit)?.scrollIntoView();
			document.dispatchEvent(new Event('search:arrived'));
		});
	} else location.href = href;
}

let wired = false;
function wire(): void {
	if (wired) return;
	wired = true;
	const input = document.getElementById('search-input') as HTMLInputElement;
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => run(input.value), 120);
	});
	dialog().querySelector('.search-langs')?.addEventListener('change', () => {
		run(input.value);
		input.focus();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (!hits.length) return;
			active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
			render(input.value);
			document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
		} else if (event.key === 'Enter') {
			event.preventDefault();
			go(Math.max(active, 0));
		} else if (event.key === 'Escape') {
			// A search field would first clear itself; Escape closes search at once.
			event.preventDefault();
			dialog().close();
		}
	});
	document.getElementById('search-results')!.addEventListener('click', (event) => {
		const option = (event.target as Element).closest('[role="option"]');
		if (!option) return;
		event.preventDefault();
		go(Number(option.id.replace('search-option-', '')));
	});
}

function openSearch(): void {
	const el = dialog();
	if (!el) return;
	// A page swapped in place has a new dialog: wire it afresh.
	if (!el.dataset['wired']) {
		wired = false;
		el.dataset['wired'] = '';
	}
	wire();
	if (!el.open) el.showModal();
	const input = document.getElementById('search-input') as HTMLInputElement;
	input.focus();
	input.select();
	// Start loading both indexes while the reader types.
	bundle('zh').catch(() => {});
	bundle('en').catch(() => {});
}

// Loaded by URL as a standalone module (src/scripts/site.ts): it opens search as it loads,
// and again at each `search:open` the launcher sends.
document.addEventListener('search:open', openSearch);
openSearch();
