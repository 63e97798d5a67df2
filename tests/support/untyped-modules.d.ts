/** The few declarations the test-only packages that ship no types need, as the tests use them. */

declare module 'citeproc' {
	export interface Sys {
		/** A CSL locale's XML. */
		retrieveLocale(lang: string): string;
		retrieveItem(id: string): unknown;
	}
	export class Engine {
		/** `style` is a CSL style's XML. */
		constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
		setOutputFormat(format: 'text' | 'html'): void;
		updateItems(ids: string[]): void;
		makeBibliography(): [unknown, string[]];
		/** With an empty list: forgets every citation and item. */
		restoreProcessorState(citations: unknown[]): void;
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
