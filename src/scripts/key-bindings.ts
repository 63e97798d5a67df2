/**
 * The keys the reader's scripts answer to, as data: the scripts compare `event.key` with these, and the
 * guide's table of keys (src/components/guide/KeyTable.astro) is made from them, so that neither can
 * change without the other. Values are `KeyboardEvent.key` values. Importing this loads nothing else.
 */

/** Reading, aligned sentence by sentence (reader/segments.ts): the next and previous sentence, and unmarking the chosen one. */
export const SENTENCE_KEYS = { next: 'j', previous: 'k', unmark: 'Escape' } as const;

/** The search dialog (search/search.ts): choose a result, go to it, close the dialog. */
export const SEARCH_DIALOG_KEYS = { down: 'ArrowDown', up: 'ArrowUp', go: 'Enter', close: 'Escape' } as const;

/**
 * Opening search, anywhere outside a text field: `/`, or K with Ctrl (Cmd on a Mac). `isSearchShortcut` in
 * input-events.ts tests for them in the inline script, where every byte counts; tests/unit/guide.test.ts checks
 * that it answers to exactly these.
 */
export const SEARCH_OPEN_KEYS = [{ key: '/' }, { key: 'k', ctrlKey: true }, { key: 'k', metaKey: true }] as const;
