/**
 * How the guide's records are told apart from the text's in the one bundle per language they share
 * (src/integrations/search-index.ts): a Pagefind filter that only the guide's records carry. A filter of
 * its own, not a value of the text's `kind`: a search that names it loads its filter chunk, which lists the
 * guide's few records only, however many papers the collection holds.
 */
export const GUIDE_FILTER = 'source';
export const GUIDE_FILTER_VALUE = 'guide';
