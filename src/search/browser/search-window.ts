/**
 * Which shards a search opens. A search costs Pagefind about the same per shard it opens, so at
 * 100,000 articles a query held by every shard would wait on all 40. The page opens the shards
 * that may hold the query (route-lookup.ts) within the date range asked for, at most
 * SITE.searchWindow articles' worth at a time: first those holding its words as written, the
 * newest first, then those holding only longer words that begin with them. It says which span of
 * dates it has searched; the next window opens when nothing was found yet (session.ts) or when the
 * reader asks for earlier articles (搜索更早的文章), ranked with the first.
 */
import type { RouteManifest } from '../contract/route-files.ts';
import type { Route } from './route-lookup.ts';
import type { DayRange } from './url-state.ts';

export interface SearchWindow {
  /** The shards to open, in the order they are opened (0 = the oldest). */
  shards: number[];
  /** The first and last day of the articles opened (YYYY-MM-DD), when some are left out. */
  from?: string;
  to?: string;
  /** Shards that may hold the query but are not opened yet. */
  olderShards: number;
  /** About how many articles they hold. */
  olderArticles: number;
  /** How many articles the opened shards hold. */
  searchedArticles: number;
  /** True when the opened shards are the newest of those that may hold the query: the rest are all older. */
  newestFirst: boolean;
}

const overlaps = (span: { first: string; last: string }, { from, to }: DayRange): boolean =>
  (!from || span.last >= from) && (!to || span.first <= to);

/**
 * The shards to open for a query: those it may be in (`route`; undefined: any), within the date
 * range, the first `windows × perWindow` of them in the order above.
 */
export function searchWindow(
  manifest: RouteManifest,
  route: Route | undefined,
  range: DayRange,
  perWindow: number,
  windows: number,
): SearchWindow {
  const { shards } = manifest;
  const newest = shards
    .map((span, i) => ({ span, i }))
    .filter(({ span, i }) => (!route || route.loose.has(i)) && overlaps(span, range))
    .reverse();
  const candidates = route
    ? [...newest.filter(({ i }) => route.exact.has(i)), ...newest.filter(({ i }) => !route.exact.has(i))]
    : newest;
  const opened = candidates.slice(0, perWindow * windows);
  const older = candidates.slice(opened.length);
  const articles = (list: typeof candidates) => list.reduce((sum, { span }) => sum + span.articles, 0);
  const window: SearchWindow = {
    shards: opened.map(({ i }) => i),
    olderShards: older.length,
    olderArticles: articles(older),
    searchedArticles: articles(opened),
    newestFirst: opened.every(({ i }, k) => newest[k]?.i === i),
  };
  if (older.length && opened.length) {
    window.from = opened.map(({ span }) => span.first).sort()[0];
    window.to = opened
      .map(({ span }) => span.last)
      .sort()
      .at(-1);
  }
  return window;
}
