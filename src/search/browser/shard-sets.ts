/**
 * The shards a search opens, and what is read from them once a visit. A search opens all the
 * shards, or (routed: more shards than one window) those the route files say may hold its terms
 * within its date range, the newest first, a window at a time (search-window.ts). Each set of
 * shards is opened once: the next query held by the same shards reuses it, with the filter
 * values, date order and date ranges already read from it.
 */
import { ROUTES_MANIFEST, type RouteFile, type RouteManifest } from '../contract/route-files.ts';
import { openShards, type OpenIndex } from './engine/open-index.ts';
import {
  loadDateRank,
  loadDayRange,
  loadFilterIndex,
  type DateRank,
  type FilterIndex,
} from './engine/index-loaders.ts';
import type { PagefindModule } from './engine/pagefind-api.ts';
import type { Term } from './match.ts';
import { memo } from './memo.ts';
import { routeShards } from './route-lookup.ts';
import { searchWindow, type SearchWindow } from './search-window.ts';
import type { DayRange } from './url-state.ts';

/** Some shards opened as one index, and what was read from it once. */
export interface OpenedShards {
  index: OpenIndex;
  /** Every page's filter values (for the counts), read once from Pagefind's filter index. */
  allFilters: () => Promise<FilterIndex>;
  dates: () => Promise<DateRank>;
  /** The pages of a date range, each range read once: Back and Forward return to earlier ones. */
  inRange: (range: DayRange) => Promise<ReadonlySet<string>>;
}

/** An index that holds nothing: the query's words are in no shard within the range. */
const NOTHING: OpenIndex = {
  search: async () => ({ results: [] }),
  filters: async () => ({}),
  preload: async () => {},
};

export interface ShardSetOptions {
  loadModule: () => Promise<PagefindModule>;
  loadData: (path: string) => Promise<unknown>;
  base: string;
  /** How many shards the build wrote. */
  shards: number;
  /** How many shards one search opens at most. */
  windowShards: number;
}

export interface ShardSets {
  /** True when a search opens only the shards that may hold its query (more shards than one window). */
  routed: boolean;
  /** Every shard, the newest first: the order a search opens them in. */
  newestShards: number[];
  /** The shards a query opens: all of them, or (routed) those that may hold its terms, newest first. */
  windowFor(terms: readonly Term[], range: DayRange, windows: number): Promise<SearchWindow>;
  /** Opens a set of shards (once a visit). */
  open(list: readonly number[]): Promise<OpenedShards>;
  loadRoutes(): Promise<RouteManifest>;
}

export function shardSets(options: ShardSetOptions): ShardSets {
  const { loadModule, loadData, base, shards, windowShards } = options;
  const routed = shards > windowShards;
  const newestShards = Array.from({ length: shards }, (_, i) => shards - 1 - i);
  const loadRoutes = memo(() => loadData(ROUTES_MANIFEST) as Promise<RouteManifest>);

  const open = memo(
    async (list: readonly number[]): Promise<OpenedShards> => {
      const index = list.length ? await openShards(await loadModule(), base, list, shards) : NOTHING;
      return {
        index,
        allFilters: memo(() => loadFilterIndex(index)),
        dates: memo(() => loadDateRank(index, shards > 1 ? list : undefined)),
        inRange: memo(
          (range: DayRange) => loadDayRange(index, range),
          (range) => `${range.from ?? ''}/${range.to ?? ''}`,
        ),
      };
    },
    (list) => list.join(','),
  );

  async function windowFor(terms: readonly Term[], range: DayRange, windows: number): Promise<SearchWindow> {
    const everywhere = {
      shards: newestShards,
      olderShards: 0,
      olderArticles: 0,
      searchedArticles: 0,
      newestFirst: true,
    };
    // Without the route manifest (a partial deploy), every shard is searched: slow, never lost.
    const manifest = routed ? await loadRoutes().catch(() => undefined) : undefined;
    if (!manifest) return everywhere;
    // Without a route file, every shard may hold the query: searched window by window.
    const route = await routeShards(
      terms,
      manifest.buckets,
      (path) => loadData(path) as Promise<RouteFile>,
    ).catch(() => undefined);
    return searchWindow(manifest, route, range, windowShards, windows);
  }

  return { routed, newestShards, windowFor, open, loadRoutes };
}
