/**
 * The Pagefind search index in `astro build` and `astro dev` (written by src/search/build/index-writer.ts).
 * The build indexes in a process of its own (src/search/build/index-process.ts), started when the config
 * is done, so indexing and rendering share the two cores instead of taking turns; the index
 * waits in the cache folder, since Astro empties the output folder when it renders, and moves in
 * when the pages are done. Under `astro dev` the same index is written at start and after every
 * article change, and served by the dev server (./pagefind-dev.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFileNames } from '../lib/article-files.ts';
import { heapFlags, indexHeapMB } from '../build-tools/heap-limits.ts';
import { SEARCH_DATA_FOLDER } from '../search/contract/data-files.ts';
import { shardFolder } from '../search/contract/shard-layout.ts';
import { serveIndexInDev } from './pagefind-dev.ts';
import { writeIndex, type IndexJob } from '../search/build/index-writer.ts';

/**
 * Starts indexing every article into `folder` in a process of its own; resolves with its log
 * line, or rejects with everything it printed.
 */
function indexInOwnProcess(job: IndexJob, heapMB: number | undefined): Promise<string> {
  const { contentDir, folder, shardSize, cache } = job;
  const script = fileURLToPath(new URL('../search/build/index-process.ts', import.meta.url));
  // Its heap sized from the archive, as Astro's is (src/build-tools/heap-limits.ts).
  const heap = heapMB ?? indexHeapMB(articleFileNames(contentDir).length);
  const child = spawn(
    process.execPath,
    [...heapFlags(heap), script, contentDir, folder, String(shardSize), cache ?? ''],
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

/** The settings the index is built with, from SITE (astro.config.mjs). */
export interface PagefindOptions {
  /** The folder of article files (SITE.contentDir). */
  contentDir: string;
  /** Articles per shard (SITE.searchShardSize). */
  shardSize: number;
  /** Copy unchanged shards from the last build (SITE.reuseSearchShards). */
  reuseShards: boolean;
  /** The indexing process's heap limit in MB (SITE.buildHeapMB); undefined: sized from the archive. */
  heapMB: number | undefined;
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
        staged = join(cache, `${STAGING_PREFIX}${process.pid}`);
        if (command !== 'build') return;
        const shardCache = options.reuseShards ? join(cache, 'search-shards') : undefined;
        if (shardCache) mkdirSync(shardCache, { recursive: true });
        indexing = indexInOwnProcess(
          { contentDir: options.contentDir, folder: staged, shardSize: options.shardSize, cache: shardCache },
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
      'astro:build:done': async ({ dir, logger }) => {
        if (!staged || !indexing)
          throw new Error('news-archive:pagefind: the search index was not started before the pages');
        const waiting = performance.now();
        logger.info(await indexing);
        logger.info(`waited ${Math.round(performance.now() - waiting)} ms for the search index`);
        for (const written of [shardFolder(0), SEARCH_DATA_FOLDER])
          move(join(staged, written), join(fileURLToPath(dir), written));
        removeStaged();
      },
    },
  };
}
