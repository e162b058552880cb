/**
 * The search index is cut into shards of at most SITE.searchShardSize articles, newest first,
 * each its own Pagefind bundle. Pagefind holds about 0.24 MB per article until it has written
 * its files, so shards indexed one after another keep the build's memory flat as the archive
 * grows; the search page merges them back (Pagefind's mergeIndex).
 */
export const shardCount = (articles: number, shardSize: number): number =>
  Math.max(1, Math.ceil(articles / shardSize));

/** The folder of shard i (0-based), relative to the site root: the first is pagefind/. */
export const shardFolder = (i: number): string => (i === 0 ? 'pagefind/' : `pagefind/shard-${i + 1}/`);

/** Items (already newest first) cut into shards, in order. */
export function intoShards<T>(items: readonly T[], shardSize: number): T[][] {
  const count = shardCount(items.length, shardSize);
  return Array.from({ length: count }, (_, i) => items.slice(i * shardSize, (i + 1) * shardSize));
}
