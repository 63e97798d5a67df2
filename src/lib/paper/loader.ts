/**
 * The papers collection's loader: reads and checks every paper folder
 * (folder.ts; on every core where the papers are many, read-threads.ts,
 * with their Traditional editions) and holds each model for the process
 * (models.ts) and each edition made (traditional.ts); the content
 * store gets one small entry per folder, its place and the digest of its
 * files, so that `astro dev` reloads a paper's pages as its files change.
 * A fault fails the build, naming file, line, unit and fault.
 */
import { join, resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { filesOf } from './folder.ts';
import { ENTRY_VERSION, type Paper } from './model.ts';
import { holdModels } from './models.ts';
import { ContentError } from './problems.ts';
import { type ReadPaper, readPapersOnThreads } from './read-threads.ts';
import { holdEdition } from './traditional.ts';

/**
 * A paper's entry in the content store: where its folder is, and the digest of its files, its folder's path and the
 * entry's shape (ENTRY_VERSION): the model's key in models.ts. Raise ENTRY_VERSION when it changes.
 */
export interface PaperEntry {
	folder: string;
	digest: string;
}

/**
 * A content fault as Astro prints it: every problem (file:line:col, unit, fault) and a hint, without the
 * stack trace Astro adds to any error that has one: the editor mistyped a tag, the code is not at fault.
 */
function editorsError(error: ContentError): AstroError {
	const failure = new AstroError(error.message, 'Correct each place named above in the paper’s folder, then build again.');
	failure.name = 'ContentError';
	delete failure.stack;
	return failure;
}

/** What the folder's files are (its review records too), for the digest: their names and bytes. */
function folderBytes(dir: string): string {
	return [...filesOf(dir)]
		.map(([name, bytes]) => `${name}\n${Buffer.from(bytes).toString('base64')}`)
		.sort()
		.join('\n');
}

export function papersLoader(base: string): Loader {
	return {
		name: 'papers',
		async load({ store, generateDigest, logger, watcher }) {
			const sync = async (): Promise<void> => {
				let read: ReadPaper[];
				try {
					read = await readPapersOnThreads(base);
				} catch (error) {
					throw error instanceof ContentError ? editorsError(error) : error;
				}
				const papers = read.map(({ paper }) => paper);
				const ids = new Set(papers.map((p) => p.id));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				// The folder's path too: a store kept from a build of the same files elsewhere (another PAPERS_DIR) is rewritten.
				const models = papers.map((paper) => {
					const folder = join(base, paper.id);
					return { paper, folder, digest: generateDigest(`entry ${ENTRY_VERSION}\n${folder}\n${folderBytes(folder)}`) };
				});
				holdModels(models.map(({ paper, digest }) => ({ paper, digest })));
				// The Traditional editions the threads made, for the pages' traditionalPaper.
				for (const { paper, edition } of read) if (edition) holdEdition(paper, edition);
				for (const { paper, folder, digest } of models) {
					const entry: PaperEntry = { folder, digest };
					if (store.get(paper.id)?.digest !== digest) store.set({ id: paper.id, data: { ...entry }, digest });
				}
				const segments = (p: Paper) => [...p.text.units, ...p.text.notes].reduce((n, u) => n + u.segments.length, 0);
				const several = (p: Paper) => p.text.units.filter((u) => u.segments.length > 1).length;
				logger.info(
					`${papers.length} paper${papers.length === 1 ? '' : 's'}: ${papers
						.map(
							(p) =>
								`${p.id} (${p.text.units.length} units, ${p.text.notes.length} note${p.text.notes.length === 1 ? '' : 's'}, ${segments(p)} aligned segments; ${several(p)} units of several)`,
						)
						.join(', ')}`,
				);
			};
			await sync();
			const folder = resolve(base);
			// In astro dev, a read for each change, one after another (a later one would hold its models before an
			// earlier one's): changes that come while one is waiting are read by that one.
			let reads = Promise.resolve();
			let waiting = false;
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(folder) || waiting) return;
				waiting = true;
				reads = reads
					.then(() => {
						waiting = false;
						return sync();
					})
					.catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}
