/**
 * How long the search page takes to show its first result, timed inside the page: the one
 * definition used by `npm run bench:site` and `npm run bench:search`.
 */
import type { Page } from 'playwright-core';
import { SETTLED_STATES } from './search-settled.ts';

/**
 * With `query`: types it into the search page's box and times from submitting to the first
 * result (or to the page settling, search-settled.ts, when nothing matches). Without: times from
 * the start of the navigation of a page loaded as /search/?q=….
 */
export function msToFirstResult(page: Page, query?: string): Promise<number> {
  return page.evaluate(
    ({ q, settled }) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector<HTMLElement>('[data-search-root]');
        const list = root?.querySelector('[data-search-results]');
        const form = root?.querySelector<HTMLFormElement>('form.search-box');
        if (!root || !list || !form) return reject(new Error('not the search page'));
        const shown = () =>
          list.querySelector('li') !== null || settled.includes(root.dataset.searchState ?? '');
        let started = 0; // performance.now() counts from the navigation's start
        if (q !== null) {
          list.replaceChildren();
          root.dataset.searchState = 'loading';
          form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
          started = performance.now();
          form.requestSubmit();
        }
        const finish = () => {
          if (!shown()) return false;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
          return true;
        };
        const observer = new MutationObserver(finish);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no result within 30 s for ${q ?? location.search}`));
        }, 30_000);
        if (!finish()) observer.observe(root, { childList: true, subtree: true, attributes: true });
      }),
    { q: query ?? null, settled: SETTLED_STATES },
  );
}
