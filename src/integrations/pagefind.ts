/**
 * The Pagefind search index in `astro build` and `astro dev` (written by src/search/build/index-writer.ts).
 * The build indexes in a process of its own (src/search/build/index-process.ts), started when the config
 * is done, so indexing and rendering share the two cores instead of taking turns. It writes into
 * the output folder beside the pages (Astro keeps what it does not write there), where the last
 * build's unchanged shards stay. Under `astro dev` the same index is written into a folder of the
 * cache at start and after every article change, and served by the dev server (./pagefind-dev.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFileNames } from '../lib/article-files.ts';
import { heapFlags, indexHeapMB } from '../build-tools/heap-limits.ts';
import { isRunning } from '../build-tools/build-state.ts';
import { serveIndexInDev } from './pagefind-dev.ts';
import { writeIndex, type IndexJob } from '../search/build/index-writer.ts';

/**
 * Starts indexing every article into `folder` in a process of its own; resolves with its log
 * line, or rejects with everything it printed.
 */
function indexInOwnProcess(job: IndexJob, heapMB: number | undefined): Promise<string> {
  const { contentDir, folder, shardSize, cache, part } = job;
  const script = fileURLToPath(new URL('../search/build/index-process.ts', import.meta.url));
  // Its heap sized from the archive, as Astro's is (src/build-tools/heap-limits.ts).
  const heap = heapMB ?? indexHeapMB(articleFileNames(contentDir).length);
  const child = spawn(
    process.execPath,
    [
      ...heapFlags(heap),
      script,
      contentDir,
      folder,
      String(shardSize),
      cache ?? '',
      part ? JSON.stringify(part) : '',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A build that stops early stops its indexing too.
  const stop = () => child.kill();
  process.once('exit', stop);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve(output.trim());
      else {
        const memory = /heap out of memory/.test(output)
          ? `\nIt ran out of its ${heap} MB heap: set BUILD_HEAP_MB higher and build again.`
          : '';
        reject(new Error(`news-archive:pagefind: indexing failed (exit ${code}):\n${output}${memory}`));
      }
    });
  });
}

/** Indexes every article into `folder` and says how many pages it took, how long, and what it reused. */
async function writeIndexAndLog(
  job: IndexJob,
  logger: AstroIntegrationLogger,
  occasion?: string,
): Promise<void> {
  const started = performance.now();
  const { pages, shards, reused } = await writeIndex(job);
  const ms = Math.round(performance.now() - started);
  logger.info(
    `${occasion ? `${occasion}: ` : ''}indexed ${pages} pages in ${ms} ms (${shards} shard(s), ${reused} reused)`,
  );
}

const STAGING_PREFIX = 'search-index-';

/** Index folders of dev servers that stopped without removing theirs (their process is gone). */
function removeAbandonedStaging(cache: string): void {
  const names = existsSync(cache) ? readdirSync(cache) : [];
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
    if (!isRunning(Number(name.slice(STAGING_PREFIX.length))))
      rmSync(join(cache, name), { recursive: true, force: true });
  }
}

/** The settings the index is built with, from SITE (astro.config.mjs). */
export interface PagefindOptions {
  /** The folder of article files (SITE.contentDir). */
  contentDir: string;
  /** Articles per shard (SITE.searchShardSize). */
  shardSize: number;
  /** Keep unchanged shards from the last build (SITE.buildCache). */
  reuseShards: boolean;
  /** The indexing process's heap limit in MB (SITE.buildHeapMB); undefined: sized from the archive. */
  heapMB: number | undefined;
  /** One part of a split build (SITE.buildPart): its shards only, and what the join must know of it. */
  part: IndexJob['part'];
}

export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  let command: 'dev' | 'build' | 'preview' | 'sync' | undefined;
  let staged: string | undefined;
  let indexing: Promise<string> | undefined;
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
        if (command !== 'build') {
          staged = join(cache, `${STAGING_PREFIX}${process.pid}`);
          return;
        }
        const shardCache = options.reuseShards ? join(cache, 'search-shards') : undefined;
        if (shardCache) mkdirSync(shardCache, { recursive: true });
        // Straight into the output folder, beside the pages: Astro keeps what it does not write
        // (vite.build.emptyOutDir is off), so unchanged shards stay from the last build.
        const folder = fileURLToPath(config.outDir);
        indexing = indexInOwnProcess(
          {
            contentDir: options.contentDir,
            folder,
            shardSize: options.shardSize,
            cache: shardCache,
            part: options.part,
          },
          options.heapMB,
        );
        // Awaited when the pages are done; a failure meanwhile stops the build at once, rather
        // than after every page has been rendered for nothing.
        indexing.catch((error: Error) => {
          logger.error(error.message);
          process.exit(1);
        });
        logger.info('indexing for search in its own process, while the pages are rendered');
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` starts a Vite server of its own too when it regenerates types (after a
        // config change): the build's index is its own process's work, not this one's.
        if (command !== 'dev') return;
        if (!staged)
          throw new Error('news-archive:pagefind: the dev server started before the config was done');
        serveIndexInDev({
          server,
          logger,
          contentFolder: options.contentDir,
          folder: staged,
          // Every dev write indexes the whole archive: the shard cache belongs to builds.
          writeIndex: (folder, occasion) =>
            writeIndexAndLog(
              { contentDir: options.contentDir, folder, shardSize: options.shardSize, cache: undefined },
              logger,
              occasion,
            ),
        });
        // On SIGTERM Vite ends `astro dev` with process.exit, without astro:server:done. (After
        // Ctrl-C the folder stays until the next dev server or build clears it.)
        process.once('exit', removeStaged);
      },
      'astro:server:done': removeStaged,
      'astro:build:done': async ({ logger }) => {
        if (!indexing)
          throw new Error('news-archive:pagefind: the search index was not started before the pages');
        const waiting = performance.now();
        logger.info(await indexing);
        logger.info(`waited ${Math.round(performance.now() - waiting)} ms for the search index`);
      },
    },
  };
}
