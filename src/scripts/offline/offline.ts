/**
 * Offline reading, in the page (docs/offline.md): loaded by controls.ts at
 * the reader's first move on a paper's pages, where the browser has service
 * workers. It registers the service worker (`sw.js` at the site's base,
 * which it covers), tells it the page now shown and what the page loaded
 * (the worker keeps them, from this build), and on the paper's about page
 * offers to keep the whole paper, showing whether it is kept, its version
 * and size, and a way to remove it. Anything refused (registration, storage)
 * leaves the page as it is, without the offer.
 */
import { offlineStrings } from '../../lib/i18n.ts';
import { formatBytes, paperOfPage, scopePath } from '../../lib/offline.ts';
import { sitePath } from '../../lib/routes.ts';
import { fillingLabeller } from '../interface-strings.ts';
import type { KeepState, OfflineMessage, OfflineReply } from './messages.ts';

const label = fillingLabeller(offlineStrings);

/** The site's base URL (`/`, or `/repo/` under a sub-path), with its slash: the worker's scope. */
const base = new URL(sitePath(''), location.href).href;

/** How long the page waits for a word from the worker (it says one at least every 2 s while keeping: HEARTBEAT in integrations/offline.ts) before it takes it for gone. */
const SILENCE = 8000;
/** How long the page waits for a new worker to take over from one replaced while it was keeping. */
const REPLACEMENT = 30_000;

/** The site's worker now active (a new build's once it has taken over); undefined if none comes before `SILENCE`. */
async function activeWorker(): Promise<ServiceWorker | undefined> {
	const registration = await navigator.serviceWorker.ready;
	if (registration.active && registration.active.state !== 'redundant') return registration.active;
	await takenOver(SILENCE);
	return registration.active ?? undefined;
}

/** Resolves once a new worker has taken over the page, or after `limit` ms. */
const takenOver = (limit: number): Promise<void> =>
	new Promise((resolve) => {
		const timer = setTimeout(resolve, limit);
		navigator.serviceWorker.addEventListener('controllerchange', () => (clearTimeout(timer), resolve()), { once: true });
	});

/**
 * Sends `message` to the worker now active; resolves with its last answer, telling `onProgress` the ones before.
 * Never waits forever: a worker silent for `SILENCE` (stopped, crashed) is a keep that `stopped`. A worker replaced
 * while it answers (a new build: it says so, or becomes `redundant`) is followed: the new one, once it has taken
 * over, is asked again, once, as it has its own build to keep.
 */
async function ask(message: OfflineMessage, onProgress: (done: number, total: number) => void = () => {}, again = true): Promise<OfflineReply | Stopped> {
	const worker = await activeWorker();
	if (!worker) return STOPPED;
	const reply = await new Promise<OfflineReply | Stopped | 'replaced'>((resolve) => {
		const channel = new MessageChannel();
		let timer = setTimeout(() => end(STOPPED), SILENCE);
		const onState = (): void => {
			if (worker.state === 'redundant') end('replaced');
		};
		const end = (answer: OfflineReply | Stopped | 'replaced'): void => {
			clearTimeout(timer);
			worker.removeEventListener('statechange', onState);
			// What the worker says after its last answer (files under way when a keep failed) is not heard.
			channel.port1.close();
			resolve(answer);
		};
		channel.port1.onmessage = ({ data }: MessageEvent<OfflineReply>) => {
			clearTimeout(timer);
			timer = setTimeout(() => end(STOPPED), SILENCE);
			if (data.type === 'progress') onProgress(data.done, data.total);
			else end(data.type === 'failed' && data.reason === 'replaced' ? 'replaced' : data);
		};
		worker.addEventListener('statechange', onState);
		worker.postMessage(message, [channel.port2]);
	});
	if (reply !== 'replaced') return reply;
	if (!again) return STOPPED;
	// The new worker installs (fetching again what the old one kept) before it takes over: a longer wait.
	if ((await navigator.serviceWorker.ready).active === worker) await takenOver(REPLACEMENT);
	return ask(message, onProgress, false);
}

/** The page's own answer for a worker that went silent, or was replaced twice in one request. */
type Stopped = { type: 'stopped' };
const STOPPED: Stopped = { type: 'stopped' };

/** The about page's offer: a section before the downloads, its button and the state it shows. */
function offerToKeep(paper: string): void {
	const section = document.createElement('section');
	section.className = 'offline';
	section.setAttribute('aria-labelledby', 'offline-heading');
	section.innerHTML =
		'<h2 id="offline-heading"></h2><p class="editorial"></p><p><button type="button" class="keep-offline"></button> <span role="status"></span></p>';
	const [heading, note] = section.querySelectorAll('h2, p');
	heading!.textContent = label('offlineHeading');
	note!.textContent = label('offlineNote');
	const button = section.querySelector('button')!;
	const status = section.querySelector('[role="status"]')!;
	let kept = false;
	const progress = (done: number, total: number): void => {
		button.disabled = true;
		status.textContent = label('keeping', { done, total });
	};
	const show = (reply: OfflineReply | Stopped): void => {
		button.disabled = false;
		let failed = false;
		if (reply.type === 'state') {
			kept = reply.state.kept;
			status.textContent = kept ? describe(reply.state) : '';
		} else if (reply.type === 'keeping') {
			// Kept by another tab, or by this page before it was reopened: followed to its end.
			button.textContent = label('keep');
			progress(reply.done, reply.total);
			return run({ type: 'keep', paper });
		} else if (reply.type === 'failed' || reply.type === 'stopped') {
			failed = true;
			const reason = reply.type === 'stopped' ? 'keepFailedStopped' : reply.reason === 'quota' ? 'keepFailedQuota' : 'keepFailedNetwork';
			status.textContent = label('keepFailed', { reason: label(reason) });
		}
		button.textContent = label(kept ? 'remove' : failed ? 'offlineRetry' : 'keep');
	};
	const run = (message: OfflineMessage): void => {
		button.disabled = true;
		void ask(message, progress).then(show);
	};
	button.addEventListener('click', () => run({ type: kept ? 'drop' : 'keep', paper }));
	// A new build's worker has taken over: its state, the true one now. A paper kept by the old worker after the new
	// one had fetched again what the old kept (it installs first) is kept again, in the new edition. No news (the
	// same state, no answer) leaves the page as it is: a failure it shows stays shown.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (button.disabled) return;
		void ask({ type: 'state', paper }).then((reply) => {
			if (reply.type === 'stopped' || (reply.type === 'state' && reply.state.kept === kept)) return;
			if (kept && reply.type === 'state') run({ type: 'keep', paper });
			else show(reply);
		});
	});
	void ask({ type: 'state', paper }).then((reply) => {
		// No answer: no offer, as without a worker.
		if (reply.type === 'stopped') return;
		show(reply);
		// Last, after the downloads: the offer comes once the worker answers, and nothing the reader may be
		// reaching for (an EPUB's link) moves down under the finger as it comes.
		document.querySelector('article.about')?.append(section);
	});
}

const describe = (state: KeepState): string =>
	state.version ? label('kept', { version: state.version, size: formatBytes(state.bytes) }) : label('keptNoVersion', { size: formatBytes(state.bytes) });

async function setUp(): Promise<void> {
	await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	// This page and what it loaded before the worker was there; what it loads from now on, the worker sees.
	const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
	void ask({ type: 'opened', urls });
	const path = scopePath(location.href, base);
	const paper = path === undefined ? undefined : paperOfPage(path);
	if (paper && document.querySelector('article.about')) offerToKeep(paper);
}

// Refused (blocked, no script at the site's base, storage denied): the site as it is, without offline reading.
setUp().catch(() => {});
