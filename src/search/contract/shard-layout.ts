/**
 * The search index is cut into shards of at most SITE.searchShardSize articles, counted from the
 * oldest, each its own Pagefind bundle. Pagefind holds about 0.24 MB per article until it has
 * written its files, so shards indexed one after another keep the build's memory flat as the
 * archive grows; the search page merges them back (Pagefind's mergeIndex). Counted from the
 * oldest, a full shard never changes as articles are added: only the newest shard is re-cut.
 */
export const shardCount = (articles: number, shardSize: number): number =>
  Math.max(1, Math.ceil(articles / shardSize));

/** The folder of shard i (0-based, 0 = the oldest articles), relative to the site root: the first is pagefind/. */
export const shardFolder = (i: number): string => (i === 0 ? 'pagefind/' : `pagefind/shard-${i + 1}/`);

/** Pagefind's script, in the first shard's folder: the one the search page loads. */
export const PAGEFIND_SCRIPT = `${shardFolder(0)}pagefind.js`;

/** Items (oldest first) cut into shards, in order: every shard but the last is full. */
export function intoShards<T>(items: readonly T[], shardSize: number): T[][] {
  const count = shardCount(items.length, shardSize);
  return Array.from({ length: count }, (_, i) => items.slice(i * shardSize, (i + 1) * shardSize));
}

/**
 * How many shards one search window holds (SITE.searchWindow articles' worth, at least one): the
 * search page is told it (data-window-shards) and opens at most that many at a time
 * (browser/search-window.ts).
 */
export const shardsPerWindow = (windowArticles: number, shardSize: number): number =>
  Math.max(1, Math.floor(windowArticles / shardSize));
