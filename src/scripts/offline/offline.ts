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

/** Sends `message` to `worker`; resolves with its last answer, telling `onProgress` the ones before. */
function ask(worker: ServiceWorker, message: OfflineMessage, onProgress: (done: number, total: number) => void = () => {}): Promise<OfflineReply> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = ({ data }: MessageEvent<OfflineReply>) => {
			if (data.type === 'progress') onProgress(data.done, data.total);
			else resolve(data);
		};
		worker.postMessage(message, [channel.port2]);
	});
}

/** The about page's offer: a section before the downloads, its button and the state it shows. */
function offerToKeep(worker: ServiceWorker, paper: string): void {
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
	const show = (reply: OfflineReply): void => {
		button.disabled = false;
		if (reply.type === 'state') {
			kept = reply.state.kept;
			status.textContent = kept ? describe(reply.state) : '';
		} else if (reply.type === 'failed') {
			status.textContent = label('keepFailed', { reason: label(reply.reason === 'quota' ? 'keepFailedQuota' : 'keepFailedNetwork') });
		}
		button.textContent = label(kept ? 'remove' : 'keep');
	};
	button.addEventListener('click', () => {
		button.disabled = true;
		void ask(worker, { type: kept ? 'drop' : 'keep', paper }, (done, total) => (status.textContent = label('keeping', { done, total }))).then(show);
	});
	void ask(worker, { type: 'state', paper }).then((reply) => {
		show(reply);
		const downloads = document.querySelector('[aria-labelledby="downloads-heading"]');
		if (downloads) downloads.before(section);
		else document.querySelector('article.about')?.append(section);
	});
}

const describe = (state: KeepState): string =>
	state.version ? label('kept', { version: state.version, size: formatBytes(state.bytes) }) : label('keptNoVersion', { size: formatBytes(state.bytes) });

async function setUp(): Promise<void> {
	await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const worker = (await navigator.serviceWorker.ready).active;
	if (!worker) return;
	// This page and what it loaded before the worker was there; what it loads from now on, the worker sees.
	const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
	void ask(worker, { type: 'opened', urls });
	const path = scopePath(location.href, base);
	const paper = path === undefined ? undefined : paperOfPage(path);
	if (paper && document.querySelector('article.about')) offerToKeep(worker, paper);
}

// Refused (blocked, no script at the site's base, storage denied): the site as it is, without offline reading.
setUp().catch(() => {});
