/**
 * Which shards may hold a query, from the route files (route-files.ts), before any shard is
 * opened: the page opens only the shards that hold every term of the query, the newest first, a
 * window of them at a time (search-window.ts).
 */
import { maskShards, routeBucket, routeFile, routeForm, type RouteFile } from '../contract/route-files.ts';
import { segmentWords } from '../contract/segment.ts';
import type { Term } from './match.ts';

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
