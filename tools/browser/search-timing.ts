/**
 * How long a search page takes to show its first result, timed inside the page: the one
 * definition used by `npm run bench:site` and `npm run bench:search`. For the site's own search
 * page, and for Pagefind's stock UI (the anchor's /search/, ../shared/anchors/astro-minimal).
 */
import type { Page } from 'playwright-core';
import { SETTLED_STATES } from './search-settled.ts';

/** A timed search: its duration, its start and end on the browser's clock (ms since 1970), whether it found anything. */
export interface FirstResult {
  ms: number;
  from: number;
  to: number;
  found: boolean;
}

/**
 * The site's search page. With `query`: types it into the page's box and times from submitting
 * to the first result (or to the page settling, search-settled.ts, when nothing matches).
 * Without: times from the start of the navigation of a page loaded as /search/?q=….
 */
export const firstResult = (page: Page, query?: string): Promise<FirstResult> =>
  timeFirstResult(page, 'site', query);

/**
 * Pagefind's stock UI. With `query`: puts it in `input.pagefind-ui__search-input` as typing does
 * (an input event) and times from there to the first result with its title, so the UI's own wait
 * after typing (300 ms) is in the figure, as a reader meets it. Without: from the start of the
 * navigation of /search/?q=…. A search with no match ends when the UI shows its empty list.
 */
export const firstStockResult = (page: Page, query?: string): Promise<FirstResult> =>
  timeFirstResult(page, 'stock', query);

/**
 * A loaded stock UI made ready to type into, as a reader's click into its box does: focusing the
 * box loads Pagefind (its script, worker, metadata and WebAssembly), which the UI does not do
 * before. Waits for the WebAssembly, the last of them.
 */
export async function focusStockSearch(page: Page): Promise<void> {
  const loaded = page.waitForResponse((response) => /\/wasm\.[\w-]+\.pagefind$/.test(response.url()));
  await page.focus('input.pagefind-ui__search-input');
  await loaded;
  await page.waitForTimeout(200); // the worker compiles it
}

export async function msToFirstResult(page: Page, query?: string): Promise<number> {
  return (await firstResult(page, query)).ms;
}

function timeFirstResult(page: Page, ui: 'site' | 'stock', query?: string): Promise<FirstResult> {
  return page.evaluate(
    ({ ui, q, settled }) =>
      new Promise<FirstResult>((resolve, reject) => {
        const root = document.querySelector<HTMLElement>(
          ui === 'site' ? '[data-search-root]' : '.pagefind-ui',
        );
        if (!root)
          return reject(new Error(`not the ${ui === 'site' ? "site's search page" : 'stock Pagefind UI'}`));
        /** found: a result is shown; settled: the page has answered (found or not). */
        const state = (): { found: boolean; settled: boolean } => {
          if (ui === 'site') {
            const found = root.querySelector('[data-search-results] li') !== null;
            return { found, settled: found || settled.includes(root.dataset.searchState ?? '') };
          }
          // Result items are drawn as placeholders first; the title link comes with the result's data.
          const found = root.querySelector('.pagefind-ui__result-link') !== null;
          const list = root.querySelector('.pagefind-ui__results');
          return { found, settled: found || (list !== null && list.children.length === 0) };
        };
        let started = 0; // performance.now() counts from the navigation's start
        if (q !== null) {
          if (ui === 'site') {
            const form = root.querySelector<HTMLFormElement>('form.search-box');
            if (!form) return reject(new Error('no search form'));
            root.querySelector('[data-search-results]')?.replaceChildren();
            root.dataset.searchState = 'loading';
            form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
            started = performance.now();
            form.requestSubmit();
          } else {
            const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
            if (!input) return reject(new Error('no stock search box'));
            input.value = q;
            started = performance.now();
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }
        const finish = () => {
          const now = state();
          if (!now.settled) return false;
          observer.disconnect();
          clearTimeout(timer);
          const end = performance.now();
          resolve({
            ms: end - started,
            from: performance.timeOrigin + started,
            to: performance.timeOrigin + end,
            found: now.found,
          });
          return true;
        };
        const observer = new MutationObserver(finish);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no result within 30 s for ${q ?? location.search}`));
        }, 30_000);
        if (!finish()) observer.observe(root, { childList: true, subtree: true, attributes: true });
      }),
    { ui, q: query ?? null, settled: SETTLED_STATES },
  );
}
