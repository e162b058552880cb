/**
 * Writes the Pagefind search index of every article, with Pagefind's Node API, from the
 * articles' data (src/lib/search/index-record.ts), not from the written pages: in shards of
 * SITE.searchShardSize articles counted from the oldest, one after another (Pagefind keeps about
 * 0.24 MB per article in memory until it writes, so the binary is closed after each shard), and
 * the route files that say which shards hold each word (src/lib/search/routes.ts). No Astro here:
 * the build runs it in a process of its own (search-index-process.ts), `astro dev` in its own.
 */
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { newestFirst } from '../lib/article.ts';
import { readArticleFiles } from '../lib/article-files.ts';
import { shanghaiDay } from '../lib/dates.ts';
import { searchRecord, type IndexedArticle, type SearchRecord } from '../lib/search/index-record.ts';
import { buildRoutes, recordWords, type ShardSpan } from '../lib/search/routes.ts';
import { shardKey } from '../lib/search/shard-key.ts';
import { intoShards, shardFolder } from '../lib/search/shards.ts';

/** Pagefind's version, part of every shard's key (its package exports no package.json to import). */
function pagefindVersion(): string {
  const file = findPackageJSON('pagefind', import.meta.url);
  if (!file) throw new Error('news-archive:pagefind: cannot find the pagefind package. Run npm ci.');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Pagefind's own search UIs: the search page has its own, so they are not published. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** A merged shard needs only its entry file, metadata, chunks and fragments. */
const SHARED_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

async function writeShard(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  // 'und': the text is already split into words, so Pagefind must not segment it again.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Sent without waiting for each answer: a round trip per article cost 6 s at 10,000 articles.
    const answers = records.map(async ({ url, html }) => {
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    });
    await Promise.all(answers);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    // Stops the binary, which gives back the shard's memory; the next shard starts a new one.
    await pagefind.close();
  }
}

/**
 * Indexes every article into `folder` (shard folders inside it). With `cache`, a shard whose
 * records are unchanged since an earlier build is copied from there instead of indexed again
 * (src/lib/search/shard-key.ts); the cache keeps only this build's shards.
 */
export async function writeIndex(
  folder: string,
  shardSize: number,
  cache: string | undefined,
): Promise<{ pages: number; shards: number; reused: number }> {
  rmSync(folder, { recursive: true, force: true });
  // Oldest first, so each shard is a span of dates and a full shard stays the same as newer
  // articles arrive. Only what the records need is kept: not each file's text.
  const articles: IndexedArticle[] = Array.from(readArticleFiles(), ({ id, data, body }) => ({
    id,
    data,
    body,
  })).sort((a, b) => newestFirst(b, a));
  const shards = intoShards(articles, shardSize);
  const version = pagefindVersion();
  const keys = new Set<string>();
  let reused = 0;
  // What the search page needs to open only the shards that may hold a query (routes.ts).
  const shardWords: Set<string>[] = [];
  const spans: ShardSpan[] = [];
  for (const [i, shard] of shards.entries()) {
    const shardPath = join(folder, shardFolder(i));
    const records = shard.map(searchRecord);
    const words = new Set<string>();
    for (const { html } of records) recordWords(html, words);
    shardWords.push(words);
    const days = shard.map((a) => shanghaiDay(a.data.publishedAt));
    spans.push({ first: days[0] ?? '', last: days.at(-1) ?? '', articles: shard.length });
    // The first shard also carries Pagefind's script and WebAssembly, so its files differ.
    const key = shardKey(records, `pagefind ${version} und ${i === 0 ? 'entry' : 'merged'}`);
    keys.add(key);
    const cached = cache && join(cache, key);
    if (cached && existsSync(cached)) {
      cpSync(cached, shardPath, { recursive: true });
      reused++;
      continue;
    }
    await writeShard(records, shardPath);
    for (const file of [...UNUSED_FILES, ...(i > 0 ? SHARED_FILES : [])])
      rmSync(join(shardPath, file), { force: true });
    // Copied before the next shard is written inside the first one's folder; renamed into place
    // whole, so a build that stops half way never leaves a partial shard to reuse.
    if (cached) {
      cpSync(shardPath, `${cached}.${process.pid}`, { recursive: true });
      renameSync(`${cached}.${process.pid}`, cached);
    }
  }
  for (const [path, json] of buildRoutes(shardWords, spans)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), json);
  }
  if (cache) {
    for (const name of readdirSync(cache).filter((n) => !keys.has(n)))
      rmSync(join(cache, name), { recursive: true, force: true });
  }
  return { pages: articles.length, shards: shards.length, reused };
}
