/**
 * The guide's results: its sections are records of each language's bundle, told apart by a filter of their
 * own (src/lib/search/guide-filter.ts, made from the built guide pages, src/lib/search/guide-records.ts),
 * searched once the text's results are on the screen, from the bundle the text's search loaded, its few
 * best sections listed apart below the text's results. The text's results, their count and their order
 * never include the guide. A guide that cannot be searched is left out, silently: the text's search is
 * what counts.
 */
import type { Lang } from '../../lib/paper/model.ts';
import { collectionPath } from '../../lib/routes.ts';
import { searchGuideSections } from './engine.ts';

/** How many of the guide's sections are listed: enough to point at the page, never a list to rival the text's. */
export const GUIDE_RESULTS = 3;

export interface GuideHit {
	url: string;
	title: string;
	content: string;
}

/** The guide's best sections for `query` in `lang`, shown in the Traditional script if `traditional`; none if the guide cannot be searched. */
export async function searchGuide(lang: Lang, query: string, traditional: boolean): Promise<GuideHit[]> {
	try {
		const records = await searchGuideSections(lang, query, GUIDE_RESULTS);
		return records.map((record) => ({
			url: traditional ? record.url.replace(collectionPath('zh'), collectionPath('zh-hant')) : record.url,
			title: (traditional && record.meta['titleHant']) || record.meta['title'] || record.url,
			content: ((traditional && record.meta['hant']) || record.content).replaceAll('\u200b', ''),
		}));
	} catch {
		return [];
	}
}
