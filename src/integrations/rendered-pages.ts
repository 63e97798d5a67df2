/**
 * Astro's prerenderer wrapped once, for every integration that works beside the pages (the search index, the CSP
 * hashes): each is shown what Astro will render, then each page or file as it is rendered. Astro keeps one
 * prerenderer: a second `setPrerenderer` replaces the first (astro/dist/integrations/hooks.js), so the integrations
 * do not wrap it each: they listen here (`listen`), and the one wrapper tells them all.
 */
import type { AstroPrerenderer, PathWithRoute, PrerenderResult } from 'astro';
import { sitePath } from '../lib/routes.ts';

/** What an integration is shown as Astro renders: the paths it will render, then each one rendered. */
export interface RenderWatcher {
	paths(paths: readonly string[]): void;
	rendered(path: string, response: Response): void;
	/** Called before each page: throws the watcher's failure, which stops the build. */
	check(): void;
	/** The pages it needs before any other (rendered at the first page Astro asks for, kept until Astro asks for them). */
	renderFirst?(path: string): boolean;
	/** The pages it would have early: put at the head of Astro's order, in their own order (nothing kept). */
	renderEarly?(path: string): boolean;
}

/** The path `entry` is served at (`/repo/en/p/`, `/repo/downloads/p.json`), as Astro's request for it has it. */
export function servedPath({ pathname, route }: PathWithRoute): string {
	const path = pathname.replace(/^\/+/, '');
	return sitePath(route.type === 'page' && path !== '' && !path.endsWith('/') ? `${path}/` : path);
}

/** A rendered page kept to be given to Astro when it asks for it: its body and status. */
interface Rendered {
	body: ArrayBuffer;
	init: ResponseInit;
}

/** Every one of `watchers` told, as one. */
export function together(watchers: readonly RenderWatcher[]): RenderWatcher {
	return {
		paths: (paths) => watchers.forEach((w) => w.paths(paths)),
		rendered: (path, response) => watchers.forEach((w) => w.rendered(path, response)),
		check: () => watchers.forEach((w) => w.check()),
		renderFirst: (path) => watchers.some((w) => w.renderFirst?.(path) ?? false),
		renderEarly: (path) => watchers.some((w) => w.renderEarly?.(path) ?? false),
	};
}

/**
 * Astro's renderer, what it renders shown to `watcher`. The pages the watcher needs first are rendered at the first
 * page Astro asks for, and kept until Astro asks for them (the search index's ranges hold the guide's sections, so
 * that without them no range could be written before the guide's turn came).
 */
export function besideThePages(renderer: AstroPrerenderer, watcher: RenderWatcher): AstroPrerenderer {
	/** The pages rendered first, by path, until Astro has taken them. */
	let first = new Map<string, { entry: PathWithRoute; rendered?: Rendered }>();
	const render = async (request: Request, options: Parameters<AstroPrerenderer['render']>[1]): Promise<Response | PrerenderResult> => {
		watcher.check();
		const result = await renderer.render(request, options);
		watcher.rendered(new URL(request.url).pathname, result instanceof Response ? result : result.response);
		return result;
	};
	return {
		...renderer,
		async getStaticPaths() {
			const entries = await renderer.getStaticPaths();
			first = new Map(entries.flatMap((entry) => (watcher.renderFirst?.(servedPath(entry)) ? [[servedPath(entry), { entry }] as const] : [])));
			watcher.paths(entries.map(servedPath));
			// Astro renders the paths in the order it is given them (astro/dist/core/build/generate.js).
			const early = new Set(entries.filter((entry) => watcher.renderEarly?.(servedPath(entry))));
			return early.size === 0 ? entries : [...early, ...entries.filter((entry) => !early.has(entry))];
		},
		async render(request, options) {
			// Not in an incremental build, which collects what each page read as Astro renders it: there they wait their turn.
			if (!options.collectMetadata) {
				for (const [path, page] of first) {
					if (page.rendered) continue;
					const result = await render(new Request(new URL(path, request.url)), { routeData: page.entry.route });
					const response = result instanceof Response ? result : result.response;
					page.rendered = { body: await response.arrayBuffer(), init: { status: response.status, statusText: response.statusText, headers: response.headers } };
				}
				const path = new URL(request.url).pathname;
				const early = first.get(path)?.rendered;
				if (early) {
					first.delete(path);
					return new Response(early.body, early.init);
				}
			}
			return render(request, options);
		},
	};
}

/** Sets Astro's prerenderer (`astro:build:start`'s `setPrerenderer`). */
type SetPrerenderer = (prerenderer: AstroPrerenderer | ((defaultPrerenderer: AstroPrerenderer) => AstroPrerenderer)) => void;

/**
 * The integrations that listen to the pages as they are rendered, by name: each listens at `astro:build:start` (a
 * second build's listener replaces the first's), and the one wrapper tells every one.
 */
export class RenderedPages {
	readonly #watchers = new Map<string, RenderWatcher>();
	readonly #wrap = (renderer: AstroPrerenderer): AstroPrerenderer => besideThePages(renderer, together([...this.#watchers.values()]));

	listen(name: string, watcher: RenderWatcher, setPrerenderer: SetPrerenderer): void {
		this.#watchers.set(name, watcher);
		// The same wrapper each time: whichever integration sets it last, it tells them all.
		setPrerenderer(this.#wrap);
	}
}

/** The build's listeners: the site's integrations share it (astro.config.mjs makes them in one process). */
export const renderedPages = new RenderedPages();
