/**
 * Search shards kept between builds. An incremental build keeps the output folder of the last
 * build (src/build-tools/build-state.ts), search shards included: a shard whose articles are the
 * same files as before, in the same place, is left where it is, and only its summary
 * (shard-summary.ts: words and vocabulary) is read back from the cache instead of its articles.
 * Counted from the oldest, every full shard keeps its key as articles arrive, so publishing an
 * article re-indexes the newest shard only. The cache is thrown away whole, with the output
 * folder, when the code, the dependencies or the settings change, or a build did not finish.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSummary, summaryJson, type ShardSummary } from './shard-summary.ts';

/** Which shard key each shard folder of the output folder holds now (written last, when the index is complete). */
const OUTPUT_FILE = 'in-output.json';

/**
 * A shard's key from its articles' slugs and the digests of their files, in order. `context`
 * names what else shapes its files: Pagefind's version, its language, the shard's place.
 */
export function shardKey(articles: ReadonlyArray<{ id: string; digest: string }>, context: string): string {
  const hash = createHash('sha256').update(context);
  for (const { id, digest } of articles) hash.update(`\u0000${id}\u0000${digest}`);
  return hash.digest('hex').slice(0, 32);
}

const summaryFile = (cache: string, key: string): string => join(cache, `${key}.json`);

/** Shard folder → key, as the last index written into the output folder left it. */
export function shardsInOutput(cache: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(cache, OUTPUT_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The summary of a shard the output folder already holds under `key`; undefined when it must be indexed. */
export function keptShard(
  cache: string,
  inOutput: Record<string, string>,
  folder: string,
  key: string,
  entryFile: string,
): ShardSummary | undefined {
  if (inOutput[folder] !== key || !existsSync(entryFile) || !existsSync(summaryFile(cache, key)))
    return undefined;
  return parseSummary(readFileSync(summaryFile(cache, key), 'utf8'));
}

/** Written whole or not at all (renamed into place). */
function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.${process.pid}`, text);
  renameSync(`${file}.${process.pid}`, file);
}

export function keepSummary(cache: string, key: string, summary: ShardSummary): void {
  mkdirSync(cache, { recursive: true });
  writeWhole(summaryFile(cache, key), summaryJson(summary));
}

/** Records what the output folder holds, and removes every summary but this build's. */
export function recordOutput(cache: string, inOutput: Record<string, string>): void {
  const keys = new Set(Object.values(inOutput).map((key) => `${key}.json`));
  for (const name of readdirSync(cache).filter((n) => !keys.has(n) && n !== OUTPUT_FILE))
    rmSync(join(cache, name), { recursive: true, force: true });
  writeWhole(join(cache, OUTPUT_FILE), JSON.stringify(inOutput));
}
