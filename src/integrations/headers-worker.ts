/**
 * The CSP hashes' thread (src/integrations/headers.ts): hashes each page's inline scripts and styles as Astro renders
 * it (`pageHashes`, the parser the hashes have always been computed with), and at the end sends back every page's.
 */
import { parentPort } from 'node:worker_threads';
import { pageHashes } from './headers.ts';
import type { FromCspThread, PageSeen, ToCspThread } from './headers.ts';

const seen = new Map<string, PageSeen>();
const decoder = new TextDecoder();

parentPort?.on('message', (message: ToCspThread) => {
	if ('done' in message) {
		parentPort?.postMessage({ pages: [...seen] } satisfies FromCspThread);
		parentPort?.close();
		return;
	}
	try {
		seen.set(message.page, { ...pageHashes(decoder.decode(message.bytes)), bytes: message.bytes.byteLength });
	} catch (error) {
		parentPort?.postMessage({
			failed: `the CSP hashes of page ${message.page} could not be computed: ${error instanceof Error ? error.message : String(error)}`,
		} satisfies FromCspThread);
	}
});
