/**
 * The papers' models, held once for the build's process, outside Astro's
 * content store. The loader (loader.ts) reads and checks every folder and
 * puts each model here under its id and digest; the store keeps a small
 * entry per paper (its folder and digest), which `astro dev` watches. The
 * pages (src/lib/papers.ts) take each model from here by the entry's id
 * and digest, and read the folder again only where this process's loader
 * did not (a digest it does not hold).
 *
 * Why not the store: Astro writes its store to `data-store.json` and
 * bundles it as one `JSON.parse("…")` module that every page imports, held
 * three times over (its code, its string, the parsed store): about 2 MB a
 * paper, and minutes of bundling at a thousand papers (docs/scale.md).
 *
 * Held on `globalThis`: the loader runs from the content config, the pages
 * from Astro's prerender bundle, each with its own copy of this module, in
 * one process (`astro build` and `astro dev` alike).
 */
import { existsSync } from 'node:fs';
import { compact, readPaperFolder } from './folder.ts';
import type { Paper } from './model.ts';

/** A model as the loader read it, with the digest of the folder's files it was read from. */
export interface HeldModel {
	digest: string;
	paper: Paper;
}

const HELD = Symbol.for('papers.models');

/** The process's models by paper id; one map for every copy of this module. */
export function heldModels(): Map<string, HeldModel> {
	const global = globalThis as typeof globalThis & { [HELD]?: Map<string, HeldModel> };
	global[HELD] ??= new Map();
	return global[HELD];
}

/** Holds the models just read (every paper of the collection), and lets go of the papers no longer there. */
export function holdModels(models: readonly HeldModel[]): void {
	const held = heldModels();
	const ids = new Set(models.map((model) => model.paper.id));
	for (const id of held.keys()) if (!ids.has(id)) held.delete(id);
	for (const model of models) held.set(model.paper.id, model);
}

/** The model of paper `id` as read from files of this digest, if this process holds it. */
export function heldModel(id: string, digest: string | undefined): Paper | undefined {
	const model = heldModels().get(id);
	return model !== undefined && model.digest === digest ? model.paper : undefined;
}

/**
 * The model of paper `id`, whose entry in the content store is `entry`: the one read from the entry's files; else the
 * one the loader read of newer files (in `astro dev` the loader reads a changed folder a moment before the store's
 * entry has the new digest: reading the folder again then could meet it half edited, or file its new text under the
 * old digest); else, where this process's loader read none (a store from another process), read from its folder and
 * held from then on. This module is the table's one writer.
 */
export function modelOf(id: string, entry: { folder: string; digest: string }): Paper {
	return heldModel(id, entry.digest) ?? heldModels().get(id)?.paper ?? readAgain(id, entry);
}

function readAgain(id: string, { folder, digest }: { folder: string; digest: string }): Paper {
	if (!existsSync(folder)) {
		throw new Error(
			`paper ${id}: this process's loader did not read it, and its folder, ${folder}, is gone (in astro dev the content store is a moment behind the loader: reload the page; in a build, build again)`,
		);
	}
	const paper = compact(readPaperFolder(folder));
	heldModels().set(id, { digest, paper });
	return paper;
}
