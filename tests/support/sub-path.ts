/**
 * The two-paper site (tests/support/build-two-papers.ts) is built and served under a sub-path, as GitHub Pages
 * serves a fork (`https://owner.github.io/repo/`): its browser tests walk the site there, and its built-layer test
 * (tests/built/sub-path.test.ts) finds no URL that escapes it.
 */
export const SUB_PATH = '/fork/';
/** The port after the main site's (playwright.config.ts). */
export const TWO_PAPERS_PORT = Number(process.env['TEST_PORT'] ?? 4327) + 1;
/** The site's URL, as its build is given it (SITE_URL) and as the browser tests open it. */
export const TWO_PAPERS_URL = `http://127.0.0.1:${TWO_PAPERS_PORT}${SUB_PATH}`;
/**
 * A path as src/lib/routes.ts makes it in the tests (`/en/p/`: they run in Node, where no build writes in a base),
 * relative to the site's URL (`en/p/`), so that `page.goto` opens it under the project's baseURL, root or sub-path.
 */
export const relativePath = (path: string): string => path.replace(/^\//, '');
