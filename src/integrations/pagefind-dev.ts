/**
 * Search under `astro dev`: the index the build would publish is written into a folder of its
 * own when the dev server starts, served where the built site has it (`<base>pagefind/`), and
 * written again whenever an article file of the content folder is added, changed or deleted.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join, relative } from 'node:path';
import sirv from 'sirv';
import type { ViteDevServer } from 'vite';
import { isArticleFile } from '../lib/article-files.ts';
import { SEARCH_DATA_FOLDER } from '../search/contract/data-files.ts';
import { shardFolder } from '../search/contract/shard-layout.ts';

export interface DevIndexOptions {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  /** The folder of article files (CONTENT_DIR). */
  contentFolder: string;
  /** Where the index is written: it holds the pagefind/ folder. */
  folder: string;
  /** Writes the whole index into `folder` with the build's indexer, logging why (`occasion`). */
  writeIndex: (folder: string, occasion: string) => Promise<void>;
}

export function serveIndexInDev(options: DevIndexOptions): void {
  const { server, logger, contentFolder, folder, writeIndex } = options;

  const write = async (why: string): Promise<void> => {
    try {
      await writeIndex(folder, why);
    } catch (error) {
      // A half-edited article must not stop the dev server: say which file, search waits for a fix.
      logger.error(`${why}: the search index could not be written. ${(error as Error).message}`);
    }
  };

  // One write at a time (Pagefind runs one binary per process); changes that arrive during a
  // write are taken up together by a single write after it.
  let latest = write('dev server start');
  let pending = false;
  const rewrite = (why: string): void => {
    if (pending) return;
    pending = true;
    latest = latest.then(() => {
      pending = false;
      return write(why);
    });
  };
  /** Resolves once no write is under way or waiting. */
  const settled = async (): Promise<void> => {
    let seen: Promise<void>;
    do {
      seen = latest;
      await seen;
    } while (seen !== latest);
  };

  server.watcher.add(contentFolder);
  const happened = { add: 'added', change: 'changed', unlink: 'deleted' } as const;
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (path: string) => {
      if (isArticleFile(contentFolder, path)) rewrite(`${relative(process.cwd(), path)} ${happened[event]}`);
    });
  }

  // Requests for the index wait for a write under way, so a page never reads half an index.
  // Astro's dev server takes the base path off the URL before any integration's middleware.
  // The index and the compile-time search data (pinyin, vocabulary), both written by writeIndex.
  for (const written of [shardFolder(0), SEARCH_DATA_FOLDER]) {
    const files = sirv(join(folder, written), { dev: true });
    server.middlewares.use(`/${written}`.replace(/\/$/, ''), (req, res, next) => {
      settled().then(() => files(req, res, next), next);
    });
  }
}
