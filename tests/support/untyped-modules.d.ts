/** The few declarations the test-only packages that ship no types need, as the tests use them. */

declare module 'citeproc' {
	/** citeproc-js's JSON form of a CSL style or locale (XML as nested nodes). */
	export interface CslNode {
		name: string;
		attrs: Record<string, string>;
		children: (CslNode | string)[];
	}
	export interface Sys {
		retrieveLocale(lang: string): CslNode | string | undefined;
		retrieveItem(id: string): unknown;
	}
	export class Engine {
		constructor(sys: Sys, style: CslNode | string, lang?: string, forceLang?: boolean);
		setOutputFormat(format: 'text' | 'html'): void;
		updateItems(ids: string[]): void;
		makeBibliography(): [unknown, string[]];
		processCitationCluster(
			citation: { citationItems: { id: string; locator?: string; label?: string }[]; properties: { noteIndex: number } },
			before: unknown[],
			after: unknown[],
		): [unknown, [number, string, string][]];
	}
	const CSL: { Engine: typeof Engine };
	export default CSL;
}

declare module '@citation-js/core' {
	/** Citation.js's reader: any format a loaded plugin knows, read into CSL-JSON items. */
	export class Cite {
		constructor(data: string);
		data: Record<string, unknown>[];
	}
}

declare module '@citation-js/plugin-ris';
