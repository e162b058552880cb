/**
 * Writes the Pagefind search index of every article, with Pagefind's Node API, from the
 * articles' data (src/search/build/index-record.ts), not from the written pages: in shards of
 * SITE.searchShardSize articles counted from the oldest, one after another (Pagefind keeps about
 * 0.24 MB per article in memory until it writes, so the binary is closed after each shard), and
 * the route files that say which shards hold each word (src/search/contract/route-files.ts), and the
 * compile-time search data (pinyin, vocabulary: search-data/) from the same words. No Astro here:
 * the build runs it in a process of its own (index-process.ts), `astro dev` in its own.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { sortNewestFirst } from '../../lib/article.ts';
import { parseArticleFile } from '../../lib/article-file.ts';
import { readArticleStamps } from '../../lib/article-files.ts';
import { shanghaiDay } from '../../lib/dates.ts';
import { searchRecord, segmentArticle, type IndexedArticle, type SearchRecord } from './index-record.ts';
import { readingsOf, syllablesOf } from './pronunciation.ts';
import { buildRoutes, recordWordCollector } from './route-writer.ts';
import { buildSearchData } from './data-writer.ts';
import { SEARCH_DATA_FOLDER } from '../contract/data-files.ts';
import { ROUTES_FOLDER } from '../contract/route-files.ts';
import { keepSummary, keptShard, recordOutput, shardKey, shardsInOutput } from './shard-cache.ts';
import { mergeVocabularies, type ShardSummary } from './shard-summary.ts';
import { intoShards, shardFolder } from '../contract/shard-layout.ts';
import { addToVocabulary, emptyVocabulary } from './vocabulary.ts';

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

/** Shard i's own files removed from `root`: the first shard's folder also holds the others and the route files. */
function removeShardFiles(root: string, i: number): void {
  const folder = join(root, shardFolder(i));
  if (i > 0) return rmSync(folder, { recursive: true, force: true });
  if (!existsSync(folder)) return;
  const others = new Set([ROUTES_FOLDER.split('/')[1]]);
  for (const name of readdirSync(folder))
    if (!/^shard-\d+$/.test(name) && !others.has(name))
      rmSync(join(folder, name), { recursive: true, force: true });
}

/** The shard folders past the last one, left by a larger archive. */
function removeShardsFrom(root: string, count: number): void {
  const first = join(root, shardFolder(0));
  if (!existsSync(first)) return;
  for (const name of readdirSync(first)) {
    const n = /^shard-(\d+)$/.exec(name)?.[1];
    if (n !== undefined && Number(n) > count) rmSync(join(first, name), { recursive: true, force: true });
  }
}

/** Moves what Pagefind wrote into `to`, beside what `to` already holds (the first shard's folder holds the others). */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) renameSync(join(from, name), join(to, name));
  rmdirSync(from);
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
}

/**
 * Indexes every article of `contentDir` into `folder` (pagefind/ and its shard folders, and
 * search-data/), with the route files, and writes the compile-time search data
 * (src/search/build/data-writer.ts) beside them, from the same words: each article's text is
 * split into words once. With `cache`, `folder` is the output folder the last build left: a shard
 * it holds for the same article files stays as it is, and its words and vocabulary are read from
 * the cache (shard-cache.ts); only the shards that changed are indexed again. Without, everything
 * is written afresh.
 */
export async function writeIndex({
  contentDir,
  folder: root,
  shardSize,
  cache,
}: IndexJob): Promise<IndexWritten> {
  // Rewritten every time: they depend on every shard.
  for (const folder of [SEARCH_DATA_FOLDER, ROUTES_FOLDER, ...(cache ? [] : [shardFolder(0)])])
    rmSync(join(root, folder), { recursive: true, force: true });
  // Oldest first, so each shard is a span of dates and a full shard stays the same as newer
  // articles arrive. Only each article's date and digest are kept for all; each shard's articles
  // are read whole in their turn (100,000 articles' frontmatter held 150 MB or so).
  const files = sortNewestFirst([...readArticleStamps(contentDir)]).reverse();
  const shards = intoShards(files, shardSize);
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
  for (const [i, shard] of shards.entries()) {
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
    writing = (async () => {
      // Written beside, then moved in: the first shard's folder holds the others.
      const fresh = join(root, `.search-shard-${i}`);
      rmSync(fresh, { recursive: true, force: true });
      await writeShard(records, fresh);
      for (const file of [...UNUSED_FILES, ...(i > 0 ? SHARED_FILES : [])])
        rmSync(join(fresh, file), { force: true });
      removeShardFiles(root, i);
      moveInto(fresh, join(root, folder));
      if (cache) keepSummary(cache, key, summary);
    })();
    // Awaited before the next shard; a failure meanwhile is not an unhandled one.
    writing.catch(() => {});
  }
  await writing;
  timed('pagefind');
  removeShardsFrom(root, shards.length);
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
  timed('data');
  if (cache) recordOutput(cache, written);
  return { pages: files.length, shards: shards.length, reused, searchDataFiles: searchData.size, ms };
}
