/**
 * The route files: which search shards hold each word Pagefind indexes, so the search page opens
 * only the shards that may hold a query (at 100,000 articles the index is 40 shards, and Pagefind
 * fetches and searches every merged shard for every word). The build writes them
 * (build/route-writer.ts) and the page reads them (browser/route-lookup.ts); this is their format.
 *
 * A shard is routed to when it holds a word that begins with the query word: Pagefind's own
 * loose match. The words are read the same way on both sides (routeForm).
 */

/** Where the route files live in the built site: beside the first shard's files. */
export const ROUTES_FOLDER = 'pagefind/routes/';
export const ROUTES_MANIFEST = `${ROUTES_FOLDER}manifest.json`;
export const routeFile = (bucket: number): string => `${ROUTES_FOLDER}${bucket}.json`;

/** The days and size of one shard, so the page can say which span of dates it has searched. */
export interface ShardSpan {
  /** First and last publication day (YYYY-MM-DD, Shanghai) of the shard's articles. */
  first: string;
  last: string;
  articles: number;
}

export interface RouteManifest {
  /** How many route files the words are spread over (routeBucket). */
  buckets: number;
  /** Every shard, oldest first, as cut by the build (shard-layout.ts). */
  shards: ShardSpan[];
}

/** One route file: word → the shards holding it, as a bit mask in hex (shardMask). */
export type RouteFile = Record<string, string>;

/** A word as both sides compare it: lower case, no accents, letters and digits only. */
export const routeForm = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A route file holds the words of one first character. */
export const routeBucket = (word: string, buckets: number): number => word.codePointAt(0)! % buckets;

/** Shards i as a hex mask: digit k holds shards 4k…4k+3, lowest bit first. */
export function shardMask(shards: readonly number[]): string {
  const digits: number[] = [];
  for (const i of shards) {
    const k = i >> 2;
    while (digits.length <= k) digits.push(0);
    digits[k]! |= 1 << (i & 3);
  }
  return digits.map((d) => d.toString(16)).join('');
}

export function maskShards(mask: string): number[] {
  const shards: number[] = [];
  for (let k = 0; k < mask.length; k++) {
    const digit = parseInt(mask[k]!, 16);
    for (let bit = 0; bit < 4; bit++) if (digit & (1 << bit)) shards.push(k * 4 + bit);
  }
  return shards;
}
