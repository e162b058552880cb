/** Which shards a search opens: the newest that may hold the query, a window at a time. */
import { describe, expect, it } from 'vitest';
import type { RouteManifest } from '../../../src/search/contract/route-files.ts';
import { searchWindow } from '../../../src/search/browser/search-window.ts';
import type { Route } from '../../../src/search/browser/route-lookup.ts';

/** A route: the shards holding the query loosely, and those holding it as written. */
const route = (loose: number[], exact: number[] = []): Route => ({
  loose: new Set(loose),
  exact: new Set(exact),
});

// Six shards of a year each, 2019 (shard 0) to 2024 (shard 5).
const manifest: RouteManifest = {
  buckets: 1,
  shards: Array.from({ length: 6 }, (_, i) => ({
    first: `${2019 + i}-01-01`,
    last: `${2019 + i}-12-31`,
    articles: 100,
  })),
};

describe('the search window', () => {
  it('opens the newest shards first, and says what it left out', () => {
    const window = searchWindow(manifest, undefined, {}, 2, 1);
    expect(window).toEqual({
      shards: [5, 4],
      from: '2023-01-01',
      to: '2024-12-31',
      olderShards: 4,
      olderArticles: 400,
      searchedArticles: 200,
      newestFirst: true,
    });
  });

  it('opens the next window as well when asked for earlier articles, until none is left', () => {
    expect(searchWindow(manifest, undefined, {}, 2, 2).shards).toEqual([5, 4, 3, 2]);
    const all = searchWindow(manifest, undefined, {}, 2, 3);
    expect(all.shards).toEqual([5, 4, 3, 2, 1, 0]);
    expect(all.olderShards).toBe(0);
    expect(all.from).toBeUndefined();
  });

  it('opens only the shards that may hold the query, however old', () => {
    const window = searchWindow(manifest, route([0, 2]), {}, 2, 1);
    expect(window).toMatchObject({ shards: [2, 0], olderShards: 0 });
  });

  it('opens only the shards within the date range asked for', () => {
    expect(searchWindow(manifest, undefined, { from: '2020-06-01', to: '2021-02-01' }, 4, 1).shards).toEqual([
      2, 1,
    ]);
    expect(searchWindow(manifest, route([5]), { to: '2020-01-01' }, 4, 1).shards).toEqual([]);
  });

  it('opens the shards holding the words as written first, however old, then those holding only longer words', () => {
    // 770 as written in 2020 (shard 1); 77001, 77002 … only in 2023 and 2024.
    const first = searchWindow(manifest, route([1, 4, 5], [1]), {}, 2, 1);
    expect(first).toMatchObject({ shards: [1, 5], olderShards: 1, olderArticles: 100, newestFirst: false });
    expect(searchWindow(manifest, route([1, 4, 5], [1]), {}, 2, 2).shards).toEqual([1, 5, 4]);
    // Held as written by the newest shards too: newest first, as for any word.
    expect(searchWindow(manifest, route([1, 4, 5], [1, 5]), {}, 2, 1)).toMatchObject({
      shards: [5, 1],
      newestFirst: false,
    });
    expect(searchWindow(manifest, route([4, 5], [4, 5]), {}, 2, 1)).toMatchObject({
      shards: [5, 4],
      newestFirst: true,
    });
  });
});
