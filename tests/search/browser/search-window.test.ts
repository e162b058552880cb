/** Which shards a search opens: the newest that may hold the query, a window at a time. */
import { describe, expect, it } from 'vitest';
import type { RouteManifest } from '../../../src/search/contract/route-files.ts';
import { searchWindow } from '../../../src/search/browser/search-window.ts';

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
    const window = searchWindow(manifest, new Set([0, 2]), {}, 2, 1);
    expect(window).toMatchObject({ shards: [2, 0], olderShards: 0 });
  });

  it('opens only the shards within the date range asked for', () => {
    expect(searchWindow(manifest, undefined, { from: '2020-06-01', to: '2021-02-01' }, 4, 1).shards).toEqual([
      2, 1,
    ]);
    expect(searchWindow(manifest, new Set([5]), { to: '2020-01-01' }, 4, 1).shards).toEqual([]);
  });
});
