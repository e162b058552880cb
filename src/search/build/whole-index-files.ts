/**
 * The files of the search index that depend on every shard: the route files (route-writer.ts) and
 * the compile-time search data (data-writer.ts), made from the shards' summaries (shard-summary.ts)
 * in order, oldest first. The index writer writes them after its shards; a split build
 * (src/lib/build-parts.ts) has each part keep its shards' summaries beside its output, and the
 * join writes them from all of them.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readingsOf, syllablesOf } from './pronunciation.ts';
import { buildRoutes } from './route-writer.ts';
import { buildSearchData } from './data-writer.ts';
import { mergeVocabularies, parseSummary, summaryJson, type ShardSummary } from './shard-summary.ts';

/** Writes the route files and search data into `root`; returns how many search data files. */
export function writeWholeIndexFiles(root: string, summaries: readonly ShardSummary[]): number {
  const routes = buildRoutes(
    summaries.map((s) => s.words),
    summaries.map((s) => s.span),
  );
  const searchData = buildSearchData(mergeVocabularies(summaries.map((s) => s.vocabulary)), {
    syllablesOf,
    readingsOf,
  });
  for (const [path, json] of [...routes, ...searchData]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), json);
  }
  return searchData.size;
}

/** Where a part of a split build keeps its shards' summaries, in its output folder (the join leaves it out). */
export const PART_FOLDER = '.build-part/';
export const PART_MANIFEST = `${PART_FOLDER}part.json`;

/** What a part says of itself, for the join. */
export interface PartManifest {
  part: number;
  parts: number;
  /** How many search shards the whole archive has. */
  shards: number;
  /** BASE_PATH: the join writes _headers under it. */
  base: string;
  /** The settings every part must share, as text. */
  settings: string;
}

const summaryFile = (root: string, shard: number): string => join(root, PART_FOLDER, `shard-${shard}.json`);

/** Keeps the summaries of shards `from`, `from + 1`, … beside a part's output. */
export function writePartSummaries(root: string, from: number, summaries: readonly ShardSummary[]): void {
  mkdirSync(join(root, PART_FOLDER), { recursive: true });
  summaries.forEach((summary, k) => writeFileSync(summaryFile(root, from + k), summaryJson(summary)));
}

/** Says which part an output folder is, for the join (written by the build once the part is done). */
export function writePartManifest(root: string, manifest: PartManifest): void {
  mkdirSync(join(root, PART_FOLDER), { recursive: true });
  writeFileSync(join(root, PART_MANIFEST), JSON.stringify(manifest));
}

/** The shard numbers whose summaries a part's output holds, in order. */
export function partShardNumbers(root: string): number[] {
  let names: string[];
  try {
    names = readdirSync(join(root, PART_FOLDER));
  } catch {
    return [];
  }
  return names
    .map((name) => /^shard-(\d+)\.json$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export const readPartSummary = (root: string, shard: number): ShardSummary =>
  parseSummary(readFileSync(summaryFile(root, shard), 'utf8'));
