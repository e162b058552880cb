/**
 * Writes the Pagefind search index of every article, with Pagefind's Node API, from the
 * articles' data (src/search/build/index-record.ts), not from the written pages: in shards of
 * SITE.searchShardSize articles counted from the oldest, one after another (Pagefind keeps about
 * 0.24 MB per article in memory until it writes, so the binary is closed after each shard), and
 * the route files that say which shards hold each word (src/search/contract/route-files.ts), and the
 * compile-time search data (pinyin, vocabulary: search-data/) from the same words
 * (whole-index-files.ts). No Astro here: the build runs it in a process of its own
 * (index-process.ts), `astro dev` in its own.
 */
import { readFileSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { sortNewestFirst } from '../../lib/article.ts';
import { parseArticleFile } from '../../lib/article-file.ts';
import { readArticleStamps } from '../../lib/article-files.ts';
import { shanghaiDay } from '../../lib/dates.ts';
import { searchRecord, segmentArticle, type IndexedArticle, type SearchRecord } from './index-record.ts';
import { recordWordCollector } from './route-writer.ts';
import { SEARCH_DATA_FOLDER } from '../contract/data-files.ts';
import { ROUTES_FOLDER } from '../contract/route-files.ts';
import { partShards, type BuildPart } from '../../lib/build-parts.ts';
import { removeShardFiles, removeShardsFrom, writeShard } from './shard-files.ts';
import {
  PART_FOLDER,
  writePartManifest,
  writePartSummaries,
  writeWholeIndexFiles,
  type PartManifest,
} from './whole-index-files.ts';
import { keepSummary, keptShard, recordOutput, shardKey, shardsInOutput } from './shard-cache.ts';
import type { ShardSummary } from './shard-summary.ts';
import { intoShards, shardFolder } from '../contract/shard-layout.ts';
import { addToVocabulary, emptyVocabulary } from './vocabulary.ts';

/** Pagefind's version, part of every shard's key (its package exports no package.json to import). */
function pagefindVersion(): string {
  const file = findPackageJSON('pagefind', import.meta.url);
  if (!file) throw new Error('news-archive:pagefind: cannot find the pagefind package. Run npm ci.');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** What writeIndex did: for the build's log. */
export interface IndexWritten {
  pages: number;
  shards: number;
  reused: number;
  searchDataFiles: number;
  /**
   * Milliseconds spent reading and splitting the articles (while Pagefind writes the shard
   * before), waiting for Pagefind, and on the route files and search data.
   */
  ms: { articles: number; pagefind: number; data: number };
}

/** Where writeIndex reads and writes. */
export interface IndexJob {
  /** The folder of article files (SITE.contentDir). */
  contentDir: string;
  /** Where the index is written: pagefind/ (the shards and route files) and search-data/ inside it. */
  folder: string;
  /** Articles per shard (SITE.searchShardSize). */
  shardSize: number;
  /** The folder of shard summaries kept from earlier builds, or undefined to index every shard afresh. */
  cache: string | undefined;
  /**
   * One part of a split build (SITE.buildPart): only its shards are written, with their
   * summaries and what the join must know of the part beside them, and no route files or search data.
   */
  part?: BuildPart & Pick<PartManifest, 'base' | 'settings'>;
}

/**
 * Indexes every article of `contentDir` into `folder` (pagefind/ and its shard folders, and
 * search-data/), with the route files, and writes the compile-time search data beside them, from
 * the same words: each article's text is split into words once. With `cache`, `folder` is the
 * output folder the last build left: a shard it holds for the same article files stays as it is,
 * and its words and vocabulary are read from the cache (shard-cache.ts); only the shards that
 * changed are indexed again. Without, everything is written afresh.
 */
export async function writeIndex({
  contentDir,
  folder: root,
  shardSize,
  cache,
  part,
}: IndexJob): Promise<IndexWritten> {
  // Rewritten every time: they depend on every shard.
  for (const folder of [SEARCH_DATA_FOLDER, ROUTES_FOLDER, PART_FOLDER, ...(cache ? [] : [shardFolder(0)])])
    rmSync(join(root, folder), { recursive: true, force: true });
  // Oldest first, so each shard is a span of dates and a full shard stays the same as newer
  // articles arrive. Only each article's date and digest are kept for all; each shard's articles
  // are read whole in their turn (100,000 articles' frontmatter held 150 MB or so).
  const files = sortNewestFirst([...readArticleStamps(contentDir)]).reverse();
  const shards = intoShards(files, shardSize);
  const own = part ? partShards(part, shards.length) : { from: 0, to: shards.length };
  const version = pagefindVersion();
  const inOutput = cache ? shardsInOutput(cache) : {};
  const written: Record<string, string> = {};
  let reused = 0;
  // What the route files and the search data need of each shard (shard-summary.ts).
  const summaries: ShardSummary[] = [];
  const collectWords = recordWordCollector();
  const ms = { articles: 0, pagefind: 0, data: 0 };
  let lap = performance.now();
  const timed = (part: keyof typeof ms): void => {
    const now = performance.now();
    ms[part] += Math.round(now - lap);
    lap = now;
  };
  /** The shard Pagefind is writing, while the next shard's records are made. */
  let writing: Promise<void> = Promise.resolve();
  /** When the event loop last ran: Pagefind reads the shard before through a 64 KB pipe. */
  let yielded = performance.now();
  for (let i = own.from; i < own.to; i++) {
    const shard = shards[i]!;
    const folder = shardFolder(i);
    // The first shard also carries Pagefind's script and WebAssembly, so its files differ.
    const key = shardKey(shard, `pagefind ${version} und ${i === 0 ? 'entry' : 'merged'}`);
    written[folder] = key;
    const kept = cache && keptShard(cache, inOutput, folder, key, join(root, folder, 'pagefind-entry.json'));
    if (kept) {
      summaries.push(kept);
      reused++;
      continue;
    }
    const words = new Set<string>();
    const vocabulary = emptyVocabulary();
    const records: SearchRecord[] = [];
    for (const { id, file, data: dated } of shard) {
      // Every 10 ms the event loop runs, to feed Pagefind the shard before; every 32 articles
      // (about 100 ms) starved it: 60 s to index 10,000 articles alone, 50 s now.
      if (performance.now() - yielded > 10) {
        await new Promise(setImmediate);
        yielded = performance.now();
      }
      const article: IndexedArticle = { id, ...parseArticleFile(readFileSync(file, 'utf8'), file) };
      const { data } = article;
      // The file changed since its date was read: its shard would be cut from a stale order.
      if (data.publishedAt !== dated.publishedAt)
        throw new Error(`${file} changed while the search index was being built: build again.`);
      const text = segmentArticle(article);
      addToVocabulary(vocabulary, {
        ...text,
        source: data.source,
        tags: data.tags,
        words: { title: text.titleWords, paragraphs: text.paragraphWords },
      });
      const record = searchRecord(article, text);
      collectWords(record.words, words);
      records.push(record);
    }
    const days = shard.map((a) => shanghaiDay(a.data.publishedAt));
    const summary: ShardSummary = {
      span: { first: days[0] ?? '', last: days.at(-1) ?? '', articles: shard.length },
      words,
      vocabulary,
    };
    summaries.push(summary);
    timed('articles');
    // One shard in Pagefind at a time (each holds about 0.24 MB an article until written).
    await writing;
    timed('pagefind');
    writing = writeShard(root, i, records).then(() => (cache ? keepSummary(cache, key, summary) : undefined));
    // Awaited before the next shard; a failure meanwhile is not an unhandled one.
    writing.catch(() => {});
  }
  await writing;
  timed('pagefind');
  // A part keeps only its own shards: those of other parts go, and the last shard's folder is the last.
  for (let i = 0; i < own.from; i++) removeShardFiles(root, i);
  removeShardsFrom(root, own.to);
  let searchDataFiles = 0;
  if (part) {
    writePartSummaries(root, own.from, summaries);
    writePartManifest(root, { ...part, shards: shards.length });
  } else searchDataFiles = writeWholeIndexFiles(root, summaries);
  timed('data');
  if (cache) recordOutput(cache, written);
  return { pages: files.length, shards: own.to - own.from, reused, searchDataFiles, ms };
}
