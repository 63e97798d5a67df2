/**
 * The landing page offers the reader's language without redirecting: the
 * language chosen before (remembered when a language link is followed), or
 * else the browser's first preference, gets a "continue" link at the top.
 */
const KEY = 'ui-lang';

function preferred(): 'zh' | 'en' | undefined {
	const chosen = localStorage.getItem(KEY);
	if (chosen === 'zh' || chosen === 'en') return chosen;
	for (const lang of navigator.languages) {
		if (/^zh\b/i.test(lang)) return 'zh';
		if (/^en\b/i.test(lang)) return 'en';
	}
	return undefined;
}

/** sessionStorage: the offer was closed; it is not made again in this visit. */
const CLOSED_KEY = 'ui-lang-offer-closed';

const lang = preferred();
const offer = lang && !sessionStorage.getItem(CLOSED_KEY) && document.querySelector<HTMLElement>(`.language-offer[data-lang="${lang}"]`);
if (offer) offer.hidden = false;

document.addEventListener('click', (event) => {
	const close = (event.target as Element).closest('.language-offer button');
	if (close) {
		close.parentElement!.hidden = true;
		sessionStorage.setItem(CLOSED_KEY, '1');
	}
	const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="/zh/"], a[href^="/en/"]');
	if (link) localStorage.setItem(KEY, new URL(link.href).pathname.slice(1, 3));
});
