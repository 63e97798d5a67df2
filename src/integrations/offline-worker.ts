/**
 * The offline lists' thread (src/integrations/offline.ts): writes the lists and `sw.js` of the site built in
 * `workerData.dir`, and sends back their size and build, on a heap of its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeServiceWorker } from './offline.ts';

const { dir } = workerData as { dir: string };
parentPort?.postMessage(await writeServiceWorker(dir));
