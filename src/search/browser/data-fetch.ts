/**
 * The one fetcher of the compile-time search data and the route files (contract/data-files.ts,
 * contract/route-files.ts) for the search page and the header box: each file is fetched once a
 * visit, under the site's base path; a failed fetch (offline, a partial deploy) is not kept, so
 * the next use fetches it again.
 */
import { memo } from './memo.ts';

/** Fetches a file of the built site by its path under `base` and parses its JSON. */
export function searchDataFetcher(base: string): (path: string) => Promise<unknown> {
  return memo(
    async (path: string): Promise<unknown> => {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<unknown>;
    },
    (path) => path,
  );
}
