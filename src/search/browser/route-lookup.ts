/**
 * Which shards may hold a query, from the route files (route-files.ts), before any shard is
 * opened: the page opens only the shards that hold every term of the query, the newest first, a
 * window of them at a time (search-window.ts). A shard may hold a word exactly, or only words
 * that begin with it (770 in 77001): Pagefind matches both, but only the first can hold the query
 * as written, so those shards are opened first.
 */
import { maskShards, routeBucket, routeFile, routeForm, type RouteFile } from '../contract/route-files.ts';
import { segmentWords } from '../contract/segment.ts';
import type { Term } from './match.ts';

/** The shards a query may be in: `loose` every one Pagefind may match it in, `exact` those holding its words as written (a subset). */
export interface Route {
  exact: Set<number>;
  loose: Set<number>;
}

/** The query words Pagefind searches for one spelling of a term, as the route files list them. */
export const spellingWords = (spelling: string): string[] =>
  segmentWords(spelling).split(' ').map(routeForm).filter(Boolean);

/** The shards holding `word` itself, and those holding any word that begins with it, from the word's route file. */
export function shardsOfWord(word: string, file: RouteFile): Route {
  const route: Route = { exact: new Set(maskShards(file[word] ?? '')), loose: new Set() };
  for (const [listed, mask] of Object.entries(file))
    if (listed.startsWith(word)) for (const i of maskShards(mask)) route.loose.add(i);
  return route;
}

const intersect = (a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> =>
  new Set([...a].filter((i) => b.has(i)));

/**
 * The shards that may hold every term (a term: any of its spellings; a spelling: all of its
 * words), exactly and loosely, in no order; undefined when the query has no word to route by
 * (search them all). Reads only the route files of the query's words.
 */
export async function routeShards(
  terms: readonly Term[],
  buckets: number,
  loadFile: (path: string) => Promise<RouteFile>,
): Promise<Route | undefined> {
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
  let route: Route | undefined;
  for (const term of spellings) {
    const ofTerm: Route = { exact: new Set(), loose: new Set() };
    for (const spelling of term) {
      if (spelling.length === 0) return undefined; // all punctuation: Pagefind matches it anywhere
      const [first, ...rest] = spelling.map((w) => ofWord.get(w)!);
      for (const kind of ['exact', 'loose'] as const)
        for (const shard of first![kind]) if (rest.every((r) => r[kind].has(shard))) ofTerm[kind].add(shard);
    }
    route = route
      ? { exact: intersect(route.exact, ofTerm.exact), loose: intersect(route.loose, ofTerm.loose) }
      : ofTerm;
  }
  return route;
}
