/**
 * The route files of an index (route-files.ts), written with it: every token of the index
 * records listed whole and in its parts, so the route files list every word Pagefind can match.
 */
import {
  routeBucket,
  routeFile,
  routeForm,
  ROUTES_MANIFEST,
  shardMask,
  type RouteFile,
  type RouteManifest,
  type ShardSpan,
} from '../contract/route-files.ts';

/** About this many bytes of JSON per route file; the count is a power of two, so it rarely changes. */
const ROUTE_FILE_SIZE = 32_000;

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
