/**
 * Builds the Pagefind search index inside `astro build`, with Pagefind's Node API. The index is
 * built from the articles' data (src/lib/search/index-record.ts), not from the written pages,
 * in shards of SITE.searchShardSize articles counted from the oldest, one after another: Pagefind keeps
 * about 0.24 MB per article in memory until it writes, so the binary is closed after each shard.
 * Under `astro dev` the same index is written at start and after every article change, and
 * served by the dev server (./pagefind-dev.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { newestFirst } from '../lib/article.ts';
import { contentDir, readArticleFiles } from '../lib/article-files.ts';
import { searchRecord, type IndexedArticle, type SearchRecord } from '../lib/search/index-record.ts';
import { shardKey } from '../lib/search/shard-key.ts';
import { intoShards, shardFolder } from '../lib/search/shards.ts';
import { serveIndexInDev } from './pagefind-dev.ts';

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
async function writeIndex(
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
  for (const [i, shard] of shards.entries()) {
    const shardPath = join(folder, shardFolder(i));
    const records = shard.map(searchRecord);
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
  if (cache) {
    for (const name of readdirSync(cache).filter((n) => !keys.has(n)))
      rmSync(join(cache, name), { recursive: true, force: true });
  }
  return { pages: articles.length, shards: shards.length, reused };
}

/** Indexes every article into `folder` and says how many pages it took, how long, and what it reused. */
async function writeIndexAndLog(
  folder: string,
  shardSize: number,
  cache: string | undefined,
  logger: AstroIntegrationLogger,
  occasion?: string,
): Promise<void> {
  const started = performance.now();
  const { pages, shards, reused } = await writeIndex(folder, shardSize, cache);
  const ms = Math.round(performance.now() - started);
  logger.info(
    `${occasion ? `${occasion}: ` : ''}indexed ${pages} pages in ${ms} ms (${shards} shard(s), ${reused} reused)`,
  );
}

/** Moves a folder, copying when it crosses file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

const STAGING_PREFIX = 'search-index-';

/** Staging folders of builds that stopped before their pages were done (their process is gone). */
function removeAbandonedStaging(cache: string): void {
  const running = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const names = existsSync(cache) ? readdirSync(cache) : [];
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
    if (!running(Number(name.slice(STAGING_PREFIX.length))))
      rmSync(join(cache, name), { recursive: true, force: true });
  }
}

/**
 * The index is written before Astro loads the content and renders the pages, while this process
 * is still small: the peaks of Astro and of Pagefind then never add up. Astro empties the output
 * folder when it renders, so the index waits in the cache folder and moves in when the pages are done.
 */
export default function pagefindIntegration(options: {
  shardSize: number;
  /** Copy unchanged shards from the last build (SEARCH_SHARD_CACHE, on unless "off"). */
  reuseShards: boolean;
}): AstroIntegration {
  let command: 'dev' | 'build' | 'preview' | 'sync' | undefined;
  let staged: string | undefined;
  const removeStaged = (): void => {
    if (staged) rmSync(staged, { recursive: true, force: true });
  };
  return {
    name: 'news-archive:pagefind',
    hooks: {
      'astro:config:setup': (setup) => {
        command = setup.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // One folder per build or dev process, so that two of them in one checkout never share it.
        const cache = fileURLToPath(config.cacheDir);
        removeAbandonedStaging(cache);
        staged = join(cache, `${STAGING_PREFIX}${process.pid}`);
        if (command !== 'build') return;
        const shardCache = options.reuseShards ? join(cache, 'search-shards') : undefined;
        if (shardCache) mkdirSync(shardCache, { recursive: true });
        await writeIndexAndLog(staged, options.shardSize, shardCache, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!staged)
          throw new Error('news-archive:pagefind: the dev server started before the config was done');
        serveIndexInDev({
          server,
          logger,
          contentFolder: contentDir(),
          folder: staged,
          // Every dev write indexes the whole archive: the shard cache belongs to builds.
          writeIndex: (folder, occasion) =>
            writeIndexAndLog(folder, options.shardSize, undefined, logger, occasion),
        });
        // On SIGTERM Vite ends `astro dev` with process.exit, without astro:server:done. (After
        // Ctrl-C the folder stays until the next dev server or build clears it.)
        process.once('exit', removeStaged);
      },
      'astro:server:done': removeStaged,
      'astro:build:done': ({ dir }) => {
        if (!staged)
          throw new Error('news-archive:pagefind: the search index was not built before the pages');
        move(join(staged, shardFolder(0)), join(fileURLToPath(dir), shardFolder(0)));
        removeStaged();
      },
    },
  };
}
