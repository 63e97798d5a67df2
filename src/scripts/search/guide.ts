/**
 * The guide's results: its own Pagefind bundle per language (`/pagefind/guide-zh/`, `/pagefind/guide-en/`,
 * made from the built guide pages, src/lib/search/guide-records.ts), searched after the text, its few best
 * sections listed apart below the text's results. The text's results, their count and their order never
 * include the guide. A guide that cannot be searched is left out, silently: the text's search is what counts.
 */
import type { Lang } from '../../lib/paper/model.ts';
import { collectionPath, searchIndexPath } from '../../lib/routes.ts';
import { loadModule } from '../load-module.ts';

/** How many of the guide's sections are listed: enough to point at the page, never a list to rival the text's. */
export const GUIDE_RESULTS = 3;

export interface GuideHit {
	url: string;
	title: string;
	content: string;
}
interface GuideRecord {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
}
interface GuideInstance {
	search(query: string): Promise<{ results: { data(): Promise<GuideRecord> }[] } | null>;
}

const instances: Partial<Record<Lang, Promise<GuideInstance>>> = {};

function instance(lang: Lang): Promise<GuideInstance> {
	const loading =
		instances[lang] ??
		(async () => {
			const runtime = (await loadModule(`${searchIndexPath('pagefind.js')}?guide-${lang}`)) as {
				createInstance(options: { basePath: string; noWorker: boolean }): GuideInstance & { init(): Promise<void> };
			};
			const created = runtime.createInstance({ basePath: searchIndexPath(`guide-${lang}/`), noWorker: true });
			await created.init();
			return created;
		})().catch((error: unknown) => {
			delete instances[lang];
			throw error;
		});
	instances[lang] = loading;
	return loading;
}

/** The guide's best sections for `query` in `lang`, shown in the Traditional script if `traditional`; none if the guide cannot be searched. */
export async function searchGuide(lang: Lang, query: string, traditional: boolean): Promise<GuideHit[]> {
	try {
		const response = await (await instance(lang)).search(query);
		const records = await Promise.all((response?.results ?? []).slice(0, GUIDE_RESULTS).map((r) => r.data()));
		return records.map((record) => ({
			url: traditional ? record.url.replace(collectionPath('zh'), collectionPath('zh-hant')) : record.url,
			title: (traditional && record.meta['titleHant']) || record.meta['title'] || record.url,
			content: ((traditional && record.meta['hant']) || record.content).replaceAll('\u200b', ''),
		}));
	} catch {
		return [];
	}
}
