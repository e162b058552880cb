/**
 * Which shards a search opens. A search costs Pagefind about the same per shard it opens, so at
 * 100,000 articles a query held by every shard would wait on all 40. The page opens the shards
 * that may hold the query (route-lookup.ts) within the date range asked for, the newest first, at
 * most SITE.searchWindow articles' worth at a time, and says which span of dates it has
 * searched; 搜索更早的文章 opens the next window as well, ranked with the first.
 */
import type { RouteManifest } from '../contract/route-files.ts';
import type { DayRange } from './url-state.ts';

export interface SearchWindow {
  /** The shards to open, newest first (0 = the oldest). */
  shards: number[];
  /** The first and last day of the articles opened (YYYY-MM-DD), when some are left out. */
  from?: string;
  to?: string;
  /** Shards that may hold the query but are not opened: older ones. */
  olderShards: number;
  /** About how many articles they hold. */
  olderArticles: number;
}

const overlaps = (span: { first: string; last: string }, { from, to }: DayRange): boolean =>
  (!from || span.last >= from) && (!to || span.first <= to);

/**
 * The shards to open for a query: those it may be in (`route`; undefined: any), within the date
 * range, the newest `windows × perWindow` of them.
 */
export function searchWindow(
  manifest: RouteManifest,
  route: ReadonlySet<number> | undefined,
  range: DayRange,
  perWindow: number,
  windows: number,
): SearchWindow {
  const { shards } = manifest;
  const candidates = shards
    .map((span, i) => ({ span, i }))
    .filter(({ span, i }) => (!route || route.has(i)) && overlaps(span, range))
    .reverse();
  const opened = candidates.slice(0, perWindow * windows);
  const older = candidates.slice(opened.length);
  const window: SearchWindow = {
    shards: opened.map(({ i }) => i),
    olderShards: older.length,
    olderArticles: older.reduce((sum, { span }) => sum + span.articles, 0),
  };
  if (older.length && opened.length) {
    window.from = opened.at(-1)!.span.first;
    window.to = opened[0]!.span.last;
  }
  return window;
}
