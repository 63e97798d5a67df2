/**
 * Full-text search, loaded only when the reader opens it: one box searches
 * both languages, each query in the language it is written in (or the one
 * the reader picks). The page's own language loads as search opens; the
 * other when a query first needs it. The dialog is a combobox over a listbox:
 * arrows choose, Enter goes, Escape, the close button or a click beside it
 * closes it; on a phone it fills the screen. Results come a page at a time
 * (more as the list is scrolled), best match first or in the text's order,
 * grouped by section. Each language fails alone, and says why.
 */
import { escapeHtml } from '../../lib/escape.ts';
import { excerpt } from './excerpt.ts';
import { langTags, searchStrings, textLang } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/paper/model.ts';
import { guidePath, readingPath, type Mode } from '../../lib/routes.ts';
import searchStyles from '../../styles/search.css?inline';
import { fillingLabeller, pageLocale } from '../interface-strings.ts';
import { SEARCH_DIALOG_KEYS } from '../key-bindings.ts';
import { writeStored } from '../storage.ts';
import { HIGHLIGHT_KEY } from '../storage-keys.ts';
import { diagnose, type Failure, type LanguageResults, hasLoaded, type Order, preload, search } from './engine.ts';
import { glossaryForms, loadGlossary } from './glossary.ts';
import { searchGuide } from './guide.ts';
import { hasHan, queryTerms } from './ranking.ts';
import { type Hit, isChecked, ResultList } from './results.ts';
import { shownText, termsIn } from './writing-system.ts';

/** How many results a page of them holds. */
const PAGE = 10;

/** The page's interface (`zh`, `zh-hant`, `en`), and the language of its text, whose bundle loads first. */
const locale = pageLocale;
const uiLang = (): Lang => textLang(locale());
/** Whether this page reads Chinese in Traditional characters: its results are shown so. */
const traditional = (): boolean => locale() === 'zh-hant';

/** An interface string, its `{placeholders}` filled with `values`. */
const label = fillingLabeller(searchStrings);

/** "1 result", "2 results", "找到 2 条结果". */
function countLabel(n: number): string {
	return label(new Intl.PluralRules(uiLang()).select(n) === 'one' ? 'searchCountOne' : 'searchCount', { n });
}

// The dialog ---------------------------------------------------------------

function createDialog(): HTMLDialogElement {
	const el = document.createElement('dialog');
	el.id = 'search-dialog';
	el.className = 'search-dialog';
	el.setAttribute('aria-labelledby', 'search-label');
	const radio = (name: string, value: string, text: string, checked = false) =>
		`<label><input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}> ${escapeHtml(text)}</label>`;
	el.innerHTML = `<div class="search-sheet">
		<search class="search-form">
			<div class="search-head">
				<label id="search-label" for="search-input">${escapeHtml(label('searchLabel'))}</label>
				<button type="button" class="search-close">${escapeHtml(label('close'))}</button>
			</div>
			<input id="search-input" type="search" role="combobox" aria-expanded="false" aria-controls="search-results" aria-autocomplete="list" aria-describedby="search-hint" autocomplete="off" spellcheck="false" enterkeyhint="go">
			<p id="search-hint" class="search-hint">${escapeHtml(label('searchHint'))}</p>
			<p class="search-guide-link"><a href="${guidePath(locale(), 'searching')}">${escapeHtml(label('searchGuideLink'))}</a></p>
			<div class="search-options">
				<fieldset class="search-langs"><legend>${escapeHtml(label('searchIn'))}</legend>${radio('search-lang', 'both', label('searchInBoth'), true)}${radio('search-lang', 'zh', label('mode_zh'))}${radio('search-lang', 'en', label('mode_en'))}</fieldset>
				<fieldset class="search-order"><legend>${escapeHtml(label('orderLabel'))}</legend>${radio('search-order', 'rank', label('orderRank'), true)}${radio('search-order', 'document', label('orderDocument'))}</fieldset>
			</div>
		</search>
		<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
		<div class="search-scroll" tabindex="0" role="region" aria-label="${escapeHtml(label('searchResults'))}">
			<div id="search-results" class="search-results" role="listbox" aria-label="${escapeHtml(label('searchResults'))}"></div>
			<button type="button" class="search-more" hidden></button>
			<section class="search-guide" aria-labelledby="search-guide-label" hidden><h2 id="search-guide-label">${escapeHtml(label('searchGuide'))}</h2><ul></ul></section>
		</div>
	</div>`;
	// A constructed sheet: the Content-Security-Policy lists no hash for it, as it would for an inline <style>.
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(searchStyles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	document.body.append(el);
	return el;
}

const dialog = (): HTMLDialogElement => (document.getElementById('search-dialog') as HTMLDialogElement | null) ?? createDialog();
const input = (): HTMLInputElement => document.getElementById('search-input') as HTMLInputElement;
const chosen = (name: string): string => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

/**
 * The language to search: the one the dialog's filter names, or else the query's own. Each language's text
 * holds what its partner says in the other script (an English unit carries every Latin word of its Chinese,
 * tests/unit/translation.test.ts, and a Chinese unit every Chinese name of its English), so the query's
 * language finds every unit, and each query costs one bundle.
 */
function languages(text: string): Lang[] {
	const value = chosen('search-lang');
	return [value === 'zh' || value === 'en' ? value : hasHan(text) ? 'zh' : 'en'];
}

// State of the query shown ------------------------------------------------

let list: ResultList | undefined;
let active = -1;
let ticket = 0;
let query = '';
/** Enter pressed before the results of the query as typed were shown: go to the first of them once they are. */
let goWhenShown = false;
let answers: LanguageResults[] = [];
const pending = new Set<Lang>();
/** While the page's language is first loaded, as search opens. */
let preloading = false;
const failed = new Map<Lang, Failure>();

/** Where a hit takes the reader: its unit, in the mode being read if this is the same paper. */
function hrefOf(hit: Hit): string {
	const article = document.querySelector<HTMLElement>('article.paper');
	const mode = (article?.dataset['paper'] === hit.data.paper ? article.dataset['mode'] : hit.lang) as Mode;
	return `${readingPath(locale(), hit.data.paper, mode)}#${hit.data.unit}`;
}

function option(hit: Hit, i: number, terms: string[]): string {
	const { paper, partner } = hit.data;
	const tags = langTags(locale());
	const lang = tags[hit.lang];
	const hant = traditional() && hit.lang === 'zh';
	const paperTitle = (hant && hit.data.paperTitleHant) || hit.data.paperTitle;
	const section = (hant && hit.data.sectionHant) || hit.data.section;
	const text = shownText(hit.data, traditional());
	// The paper's title only where it is not the paper being read.
	const here = document.querySelector<HTMLElement>('article.paper')?.dataset['paper'] === paper;
	// An option holds no link (no control inside a control); it carries where it leads.
	return `<div role="option" id="search-option-${i}" aria-selected="${i === active}" data-href="${escapeHtml(hrefOf(hit))}">
		<span class="search-hit">
			<span class="search-where" lang="${lang}">${escapeHtml([here ? '' : paperTitle, section].filter(Boolean).join(' · '))}</span>
			<span class="search-excerpt" lang="${lang}">${excerpt(text, termsIn(text, hit.data, terms))}</span>
			<span class="search-partner" lang="${hit.lang === 'zh' ? tags.en : langTags('zh').zh}">${escapeHtml(partner)}</span>
		</span>
	</div>`;
}

/** How many of the list's results are on the screen, and the section group the last of them is in. */
let shown = 0;
let lastGroup: { key: string; element: HTMLElement } | undefined;

/**
 * Puts the results not yet shown on the screen: after a new answer, all of them afresh; after "more", only
 * the new ones, appended, so that nothing the reader is about to tap is replaced under the finger. In the
 * text's order they stand in groups, one per section, under its heading.
 */
function renderResults(afresh = true): void {
	const box = document.getElementById('search-results')!;
	const hits = list?.hits ?? [];
	if (afresh) {
		box.replaceChildren();
		shown = 0;
		lastGroup = undefined;
	}
	const terms = [...queryTerms(query), ...glossaryForms(query)];
	const grouped = chosen('search-order') === 'document';
	for (; shown < hits.length; shown++) {
		const hit = hits[shown]!;
		const template = document.createElement('template');
		template.innerHTML = option(hit, shown, terms);
		const key = `${hit.data.paper}#${hit.data.sectionId}`;
		if (grouped && lastGroup?.key !== key) {
			const group = document.createElement('div');
			group.setAttribute('role', 'group');
			group.setAttribute('aria-labelledby', `search-group-${shown}`);
			const hant = traditional() && hit.lang === 'zh';
			const heading = (hant && hit.data.sectionHant) || hit.data.section || (hant && hit.data.paperTitleHant) || hit.data.paperTitle;
			group.innerHTML = `<div class="search-group" id="search-group-${shown}" role="presentation" lang="${langTags(locale())[hit.lang]}">${escapeHtml(heading)}</div>`;
			box.append(group);
			lastGroup = { key, element: group };
		}
		(grouped ? lastGroup!.element : box).append(template.content);
	}
	input().setAttribute('aria-expanded', String(hits.length > 0));
	markActive();
	const more = dialog().querySelector<HTMLButtonElement>('.search-more')!;
	const remaining = list ? list.total - list.hits.length - list.unreadable : 0;
	// Where ranges of papers are left to search (a large collection), the button searches the next once those shown are all.
	more.hidden = !list?.more || (remaining <= 0 && !list.partial);
	more.textContent = remaining > 0 ? label('showMore', { n: remaining }) : label('searchOtherPapers');
	renderStatus();
}

/** The chosen result, for the combobox and the eye. */
function markActive(): void {
	for (const el of document.querySelectorAll('#search-results [aria-selected="true"]')) el.setAttribute('aria-selected', 'false');
	document.getElementById(`search-option-${active}`)?.setAttribute('aria-selected', 'true');
	if (active >= 0) input().setAttribute('aria-activedescendant', `search-option-${active}`);
	else input().removeAttribute('aria-activedescendant');
}

/** The count, what is still loading, and what failed and why. */
function renderStatus(): void {
	const parts: string[] = [];
	const waitingForIndex = (preloading && !hasLoaded(uiLang())) || [...pending].some((lang) => !hasLoaded(lang));
	if (query.trim()) {
		// Nothing found is said only once a language has answered.
		if (list && (list.hits.length > 0 || (pending.size === 0 && answers.length > 0)))
			parts.push(
				list.partial ? label('searchCountSoFar', { n: list.total }) : list.total > 0 ? countLabel(list.total) : label('searchNone', { q: query.trim() }),
			);
		if (list && list.unreadable > 0) parts.push(label('someUnreadable'));
	}
	if (waitingForIndex) parts.push(label('loadingIndex'));
	else if (query.trim() && pending.size > 0 && list) for (const lang of pending) parts.push(label('stillSearching', { lang: label(`mode_${lang}`) }));
	for (const [lang, why] of failed) parts.push(label(why === 'offline' ? 'failedOffline' : 'failedBroken', { lang: label(`mode_${lang}`) }));
	document.getElementById('search-status')!.textContent = parts.join(' ');
	document.getElementById('search-results')!.setAttribute('aria-busy', String(pending.size > 0));
}

/** Searches every chosen language; each answer, as it comes, is merged into the list shown. */
async function run(text: string): Promise<void> {
	const mine = ++ticket;
	query = text;
	answers = [];
	failed.clear();
	pending.clear();
	list = undefined;
	active = -1;
	if (!text.trim()) {
		renderResults();
		void showGuide('', uiLang(), mine);
		return;
	}
	const order = chosen('search-order') as Order;
	const langs = languages(text);
	for (const lang of langs) pending.add(lang);
	renderStatus();
	for (const lang of langs) {
		try {
			const answer = await search(lang, text, order, !isChecked(text));
			if (mine !== ticket) return;
			answers.push(answer);
		} catch {
			const why = await diagnose(lang);
			if (mine !== ticket) return;
			failed.set(lang, why);
		}
		pending.delete(lang);
		const next = new ResultList(text, order, answers);
		await next.start(Math.max(PAGE, list?.hits.length ?? 0));
		if (mine !== ticket) return;
		const activeUnit = list?.hits[active]?.data.unit;
		list = next;
		active = list.hits.length
			? Math.max(
					0,
					list.hits.findIndex((h) => h.data.unit === activeUnit),
				)
			: -1;
		renderResults();
		if (goWhenShown && list.hits.length > 0) {
			goWhenShown = false;
			return go(0);
		}
	}
	goWhenShown = false;
	// A small collection's remaining candidates, checked now that the first are on the screen: the count becomes theirs.
	if (list?.settles) void list.settle().then(() => mine === ticket && renderResults(false));
	// Once the text's results are on the screen, from the bundle they came from.
	void showGuide(text, langs[0]!, mine);
}

/** The guide's sections that match, apart, after the text's results (scripts/search/guide.ts); links, not options of the text's list. */
async function showGuide(text: string, lang: Lang, mine: number): Promise<void> {
	const hits = text.trim() ? await searchGuide(lang, text, traditional()) : [];
	if (mine !== ticket) return;
	const section = dialog().querySelector<HTMLElement>('.search-guide')!;
	const tag = langTags(locale())[lang];
	const terms = queryTerms(text);
	section.querySelector('ul')!.innerHTML = hits
		.map(
			(hit) =>
				`<li lang="${tag}"><a href="${escapeHtml(hit.url)}"><span class="search-where">${escapeHtml(hit.title)}</span> <span class="search-excerpt">${excerpt(hit.content, terms)}</span></a></li>`,
		)
		.join('');
	section.hidden = hits.length === 0;
}

let more: Promise<void> | undefined;
/** Watches the end of the list: when it comes into view, the next page is loaded. */
let endOfList: IntersectionObserver | undefined;
/**
 * The next page of results (once at a time: the button and the scroll may both ask). The button alone (`widen`)
 * searches the next range of papers of a large collection: each is a runtime, WebAssembly and index to load.
 */
function showMore(widen = false): Promise<void> {
	if (!list?.more) return Promise.resolve();
	const mine = ticket;
	more ??= list.next(PAGE, widen).then(() => {
		more = undefined;
		if (mine !== ticket) return;
		renderResults(false);
		// Still in view (a tall screen, a short page): watched afresh, it asks for the next page too.
		const button = dialog().querySelector('.search-more');
		if (button && endOfList) {
			endOfList.unobserve(button);
			endOfList.observe(button);
		}
	});
	return more;
}

function choose(index: number): void {
	const count = list?.hits.length ?? 0;
	if (!count) return;
	active = Math.max(0, Math.min(count - 1, index));
	markActive();
	document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
	if (active === count - 1) void showMore();
}

function go(index: number): void {
	const hit = list?.hits[index];
	if (!hit) return;
	// What to mark where the reader lands: the query as it stands in the page's script, and the glossary's
	// forms of any term it names, in both languages (world picture marks 世界图景 too).
	const terms = termsIn(shownText(hit.data, traditional()), hit.data, queryTerms(query));
	writeStored('sessionStorage', HIGHLIGHT_KEY, JSON.stringify({ unit: hit.data.unit, terms: [...new Set([...terms, ...glossaryForms(query)])] }));
	dialog().close();
	const target = new URL(hrefOf(hit), location.href);
	if (target.pathname !== location.pathname) location.assign(target.href);
	// The same page: the browser moves there and marks the unit (the reader script focuses it and marks the words).
	else if (target.hash !== location.hash) location.hash = target.hash;
	else document.dispatchEvent(new Event('search:arrived'));
}

/** Wires a dialog (a new one after the reading page swapped itself in place). */
function wire(el: HTMLDialogElement): void {
	const field = input();
	// At the speed of typing: each keystroke searches at once, with no pause waited for; while a search runs, the
	// keystrokes after it wait, and only the last of them is searched when it is done (one search at a time).
	let running = false;
	let next: string | undefined;
	field.addEventListener('input', (event) => {
		// An input method's composition (pinyin on its way to characters) is searched once it is done.
		if ((event as InputEvent).isComposing) return;
		next = field.value;
		goWhenShown = false;
		if (running) return;
		running = true;
		void (async () => {
			while (next !== undefined) {
				const text = next;
				next = undefined;
				await run(text).catch(() => {});
			}
			running = false;
		})();
	});
	el.querySelector('.search-options')?.addEventListener('change', () => {
		void run(field.value);
		field.focus();
	});
	field.addEventListener('keydown', (event) => {
		if (event.key === SEARCH_DIALOG_KEYS.down || event.key === SEARCH_DIALOG_KEYS.up) {
			event.preventDefault();
			goWhenShown = false;
			choose(active + (event.key === SEARCH_DIALOG_KEYS.down ? 1 : -1));
		} else if (event.key === SEARCH_DIALOG_KEYS.go) {
			event.preventDefault();
			// Typed fast and Enter at once: the list on the screen may still be an earlier keystroke's.
			if (list && query === field.value) go(Math.max(active, 0));
			else goWhenShown = field.value.trim() !== '';
		} else if (event.key === SEARCH_DIALOG_KEYS.close) {
			// A search field would first clear itself; Escape closes search at once.
			event.preventDefault();
			el.close();
		}
	});
	el.addEventListener('click', (event) => {
		const target = event.target as Element;
		// The dialog itself is hit only outside its sheet: on the backdrop.
		if (target === el || target.closest('.search-close')) return el.close();
		if (target.closest('.search-more')) return void showMore(true).then(() => field.focus());
		// A guide link is followed as a link; the dialog closes, in case it leads into this page.
		if (target.closest('.search-guide a, .search-guide-link a')) return el.close();
		const picked = target.closest<HTMLElement>('[role="option"]');
		if (!picked) return;
		// A new tab or window asked for: the result's address there, search left open here.
		if (event.ctrlKey || event.metaKey || event.shiftKey) open(picked.dataset['href'], '_blank');
		else go(Number(picked.id.replace('search-option-', '')));
	});
	// More results as the list is scrolled to its end.
	endOfList = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void showMore(), { root: el.querySelector('.search-scroll') });
	endOfList.observe(el.querySelector('.search-more')!);
}

function openSearch(): void {
	const el = dialog();
	if (!el.dataset['wired']) {
		el.dataset['wired'] = '';
		wire(el);
	}
	if (!el.open) el.showModal();
	const field = input();
	field.focus();
	field.select();
	// The page's language starts loading while the reader types; the other when a query asks for it.
	preloading = true;
	renderStatus();
	void loadGlossary();
	preload(uiLang())
		.catch(() => {})
		.finally(() => {
			preloading = false;
			renderStatus();
		});
}

// Loaded by URL as a standalone module (src/scripts/controls.ts): it opens search as it loads,
// and again at each `search:open` the launcher sends.
document.addEventListener('search:open', openSearch);
openSearch();
