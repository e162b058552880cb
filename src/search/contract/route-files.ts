/**
 * Which search shards may hold a query, known before any of them is opened. At 100,000 articles
 * the index is 40 shards, and Pagefind fetches and searches every merged shard for every word:
 * the search page would wait on all 40 for a name found in two. So the build writes, for every
 * word Pagefind indexes, the shards that hold it (the route files), and the page opens only the
 * shards that hold every term of the query, the newest first, a window of them at a time
 * (search-window.ts).
 *
 * A shard is routed to when it holds a word that begins with the query word: Pagefind's own
 * loose match. The words are read the same way on both sides (routeForm), and every index
 * token is listed whole and in its parts, so the route files list every word Pagefind can match.
 */
import type { Term } from '../browser/match.ts';
import { segmentWords } from './segment.ts';

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
  /** Every shard, oldest first, as cut by the build (shards.ts). */
  shards: ShardSpan[];
}

/** One route file: word → the shards holding it, as a bit mask in hex (shardMask). */
export type RouteFile = Record<string, string>;

/** About this many bytes of JSON per route file; the count is a power of two, so it rarely changes. */
const ROUTE_FILE_SIZE = 32_000;

/** A word as both sides compare it: lower case, no accents, letters and digits only. */
export const routeForm = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A route file holds the words of one first character. */
export const routeBucket = (word: string, buckets: number): number => word.codePointAt(0)! % buckets;

/** A token's route forms: whole, and each part between its punctuation. */
function tokenForms(token: string): string[] {
  const whole = routeForm(token);
  if (!whole) return [];
  if (whole.length === token.length) return [whole];
  const parts = token
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(routeForm)
    .filter((part) => part && part !== whole);
  return [whole, ...new Set(parts)];
}

/**
 * Collects the words Pagefind may index from index records' searchable texts (SearchRecord.words
 * in index-record.ts), already split into words: each token whole and cut at its punctuation.
 * Remembers each token's forms, since most tokens recur in article after article, and the tokens
 * the set being filled already has, since most recur within a shard.
 */
export function recordWordCollector(): (texts: readonly string[], into: Set<string>) => void {
  const forms = new Map<string, string[]>();
  // The tokens already added to the set being filled (one shard's, while its records are made).
  let filling: Set<string> | undefined;
  let tokens = new Set<string>();
  return (texts, into) => {
    if (into !== filling) {
      filling = into;
      tokens = new Set();
    }
    for (const text of texts) {
      for (const token of text.split(/\s+/u)) {
        if (tokens.has(token)) continue;
        tokens.add(token);
        let known = forms.get(token);
        if (!known) {
          known = tokenForms(token);
          forms.set(token, known);
        }
        for (const form of known) into.add(form);
      }
    }
  };
}

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

/** The route files and their manifest (path → JSON), from each shard's words, oldest shard first. */
export function buildRoutes(
  shardWords: readonly ReadonlySet<string>[],
  spans: ShardSpan[],
): Map<string, string> {
  const holders = new Map<string, number[]>();
  shardWords.forEach((words, shard) => {
    for (const word of words) {
      const list = holders.get(word);
      if (list) list.push(shard);
      else holders.set(word, [shard]);
    }
  });
  let bytes = 0;
  for (const [word, list] of holders) bytes += word.length * 3 + Math.ceil(list.length / 4) + 6;
  let buckets = 1;
  while (buckets * ROUTE_FILE_SIZE < bytes) buckets *= 2;
  const files: RouteFile[] = Array.from({ length: buckets }, () => ({}));
  // Sorted, so the same words always give the same bytes (reproducible builds).
  for (const word of [...holders.keys()].sort())
    files[routeBucket(word, buckets)]![word] = shardMask(holders.get(word)!);
  const out = new Map<string, string>(files.map((file, bucket) => [routeFile(bucket), JSON.stringify(file)]));
  const manifest: RouteManifest = { buckets, shards: spans };
  out.set(ROUTES_MANIFEST, JSON.stringify(manifest));
  return out;
}

/** The query words Pagefind searches for one spelling of a term, as the route files list them. */
export const spellingWords = (spelling: string): string[] =>
  segmentWords(spelling).split(' ').map(routeForm).filter(Boolean);

/** The shards holding a word that begins with `word`, from the word's route file. */
export function shardsOfWord(word: string, file: RouteFile): Set<number> {
  const shards = new Set<number>();
  for (const [listed, mask] of Object.entries(file))
    if (listed.startsWith(word)) for (const i of maskShards(mask)) shards.add(i);
  return shards;
}

/**
 * The shards that may hold every term (a term: any of its spellings; a spelling: all of its
 * words), in no order; undefined when the query has no word to route by (search them all).
 * Reads only the route files of the query's words.
 */
export async function routeShards(
  terms: readonly Term[],
  buckets: number,
  loadFile: (path: string) => Promise<RouteFile>,
): Promise<Set<number> | undefined> {
  const spellings = terms.map((spellings) => spellings.map(spellingWords));
  const words = [...new Set(spellings.flat(2))];
  if (words.length === 0) return undefined;
  const files = new Map<string, RouteFile>();
  await Promise.all(
    [...new Set(words.map((w) => routeFile(routeBucket(w, buckets))))].map(async (path) =>
      files.set(path, await loadFile(path)),
    ),
  );
  const ofWord = new Map(
    words.map((w) => [w, shardsOfWord(w, files.get(routeFile(routeBucket(w, buckets)))!)]),
  );
  let route: Set<number> | undefined;
  for (const term of spellings) {
    const ofTerm = new Set<number>();
    for (const spelling of term) {
      if (spelling.length === 0) return undefined; // all punctuation: Pagefind matches it anywhere
      const [first, ...rest] = spelling.map((w) => ofWord.get(w)!);
      for (const shard of first!) if (rest.every((s) => s.has(shard))) ofTerm.add(shard);
    }
    route = route ? new Set([...route].filter((s) => ofTerm.has(s))) : ofTerm;
  }
  return route;
}
