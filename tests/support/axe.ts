/**
 * axe-core as the browser tests run it. The WCAG 2.2 A/AA rules are chosen by each test (`withTags`, `withRules`,
 * `include`); this only says how the audit runs, which changes no finding:
 * - violations only are gathered in full (every node, with its selector); passes, incomplete and inapplicable
 *   results, which no test reads, are cut to one node each. On a reading page thousands of nodes pass
 *   `color-contrast`, and writing a selector for each took most of an audit's time.
 * - in the page itself (legacy mode), not gathered frame by frame into a blank page opened for it: the site has no
 *   frames (its CSP allows none from elsewhere), and the second page and the copying between them doubled the time.
 * On the longest reading page a full audit took 14–25 s this way before, 2–9 s now (docs/ci-time.md).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// `options` first: it replaces every option, the rules `withTags` and `withRules` choose included.
export const axe = (page: Page): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
