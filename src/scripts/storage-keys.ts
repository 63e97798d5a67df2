/** The names the scripts store things under, kept apart so that importing one loads nothing else. */

/** sessionStorage: what a search result should mark where it lands. */
export const HIGHLIGHT_KEY = 'search-highlight';
/** localStorage: the reader's settings and dark/light choice, one object (reader/settings.ts). */
export const SETTINGS_KEY = 'settings';
