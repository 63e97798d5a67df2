/**
 * The search index's second thread (src/integrations/search-index.ts, `writeRangesBeside`): writes the ranges
 * it is given with a Pagefind service of its own, and sends back what they hold.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GuideRecord } from '../lib/search/guide-records.ts';
import type { Lang } from '../lib/paper/model.ts';
import { type IndexRange, writeRanges } from './search-index.ts';

const { site, ranges, guides } = workerData as { site: string; ranges: IndexRange[]; guides: Record<Lang, GuideRecord[]> };
parentPort?.postMessage(await writeRanges(site, ranges, guides));
