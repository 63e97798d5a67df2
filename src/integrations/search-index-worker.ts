/**
 * A thread of the search index (src/integrations/search-index-threads.ts): writes the ranges it is given at its
 * start, each as soon as it has the guide's pages and every paper of the range, with a Pagefind service of its
 * own, and sends back what they hold. It lets go of a range's papers once it is written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { AlignedDownload } from '../lib/downloads.ts';
import type { GuideRecord } from '../lib/search/guide-records.ts';
import type { Lang } from '../lib/paper/model.ts';
import type { FromThread, RangesWritten, ThreadData, ToThread } from './search-index-threads.ts';
import { guideRecordsOf, writeRange } from './search-index.ts';

const { site, ranges } = workerData as ThreadData;
const papers = new Map<string, string>();
let guides: Record<Lang, GuideRecord[]> | undefined;
let next = 0;
let writing = false;
const written: RangesWritten = { units: 0, guideSections: 0, pairs: [] };

/** A paper's aligned download from its JSON; a fault names the paper. */
function download(id: string): AlignedDownload {
	try {
		return JSON.parse(papers.get(id) ?? '') as AlignedDownload;
	} catch (error) {
		throw new Error(`the search index could not read paper ${id}'s aligned download: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** Writes every range whose papers are all here, in order; once the last is written, reports and ends. */
async function writeReady(): Promise<void> {
	if (writing) return;
	writing = true;
	try {
		for (let plan = ranges[next]; plan && guides && plan.ids.every((id) => papers.has(id)); plan = ranges[++next]) {
			const range = await writeRange(site, { range: plan.range, papers: plan.ids.map(download), place: plan.place }, guides);
			for (const id of plan.ids) papers.delete(id);
			written.units += range.units;
			written.pairs.push(...range.pairs);
		}
		if (next === ranges.length && guides) {
			await pagefind.close();
			written.guideSections = guides.zh.length + guides.en.length;
			parentPort?.postMessage({ written } satisfies FromThread);
			parentPort?.close();
		}
	} finally {
		writing = false;
	}
}

parentPort?.on('message', (message: ToThread) => {
	if ('papers' in message) for (const [id, json] of message.papers) papers.set(id, json);
	else guides = guideRecordsOf(message.guides);
	writeReady().catch((error: unknown) => {
		parentPort?.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies FromThread);
	});
});
