/**
 * When the search page has answered: its root's data-search-state (src/scripts/search-page.ts)
 * is "done" (results or none shown) or "failed" (its failure message shown). The one definition
 * the browser tests wait on and the search timing stops at.
 */
import type { Page } from 'playwright-core';

export const SETTLED_STATES: readonly string[] = ['done', 'failed'];

/**
 * Waits until the search page has settled. With `query`, until it has settled on that query
 * (the URL's q), so an answer still showing for the previous query does not count.
 */
export async function searchSettled(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    ({ settled, q }) => {
      const state = document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchState ?? '';
      return settled.includes(state) && (q === null || new URL(location.href).searchParams.get('q') === q);
    },
    { settled: SETTLED_STATES, q: query ?? null },
  );
}
