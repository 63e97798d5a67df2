/** Names shared by the scripts, kept apart so that importing one loads nothing else. */

/** sessionStorage: what a search result should mark where it lands. */
export const HIGHLIGHT_KEY = 'search-highlight';
/** localStorage: the reader's dark/light choice. */
export const THEME_KEY = 'theme';
