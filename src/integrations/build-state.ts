/**
 * The incremental build's bookkeeping (src/build-tools/build-state.ts), in three hooks placed
 * around the others in astro.config.mjs:
 *   start  (first): reuse the caches and the output folder, or throw them away, and say which;
 *   prune  (after the search index has moved in): remove what the last build left and this one did not write;
 *   finish (last): mark the build finished, so the next one may reuse what it left.
 * A build killed anywhere in between leaves the state unfinished: the next build starts cold.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBuild, projectVersion, startBuild } from '../build-tools/build-state.ts';
import { skipPageCopies } from '../build-tools/page-copies.ts';
import { folderFiles, listSite, pruneOutput } from '../build-tools/prune-output.ts';
import { hashedFolderOf } from '../lib/deploy/headers.ts';
import { SEARCH_DATA_FOLDER } from '../search/contract/data-files.ts';
import { shardFolder } from '../search/contract/shard-layout.ts';

export function buildState(options: {
  /** The build's settings as text: a build with other settings starts cold. */
  settings: string;
  /** False (BUILD_CACHE=off): every build starts cold, whatever the last one left. */
  reuse: boolean;
}): {
  start: AstroIntegration;
  prune: AstroIntegration;
  finish: AstroIntegration;
  /** When this build started, on the file system's clock; undefined when it starts cold (nothing was kept). */
  startedAt: () => number | undefined;
  /** The output folder's files once pruned (hashed folders of the search index as "folder/"); undefined before. */
  files: () => string[] | undefined;
} {
  let command: string | undefined;
  let cacheDir: string | undefined;
  let publicDir = '';
  /** When this build started, on the file system's clock: the state file's time. */
  let startedAt = 0;
  let cold = true;
  /** The output folder's files once pruned, for _headers. */
  let files: string[] | undefined;
  return {
    startedAt: () => (cold ? undefined : startedAt),
    files: () => files,
    start: {
      name: 'news-archive:build-start',
      hooks: {
        'astro:config:setup': (setup) => {
          command = setup.command;
        },
        'astro:config:done': async ({ config, logger }) => {
          if (command !== 'build') return;
          // This build keeps its output folder itself: Astro's second copy of each page is never read.
          if (options.reuse) await skipPageCopies(fileURLToPath(config.root));
          cacheDir = fileURLToPath(config.cacheDir);
          publicDir = fileURLToPath(config.publicDir);
          const outDir = fileURLToPath(config.outDir);
          const reason = startBuild(cacheDir, {
            version: projectVersion(fileURLToPath(config.root)),
            settings: options.settings,
            outDir,
            reuse: options.reuse,
          });
          startedAt = statSync(join(cacheDir, 'build-state.json')).mtimeMs;
          cold = reason !== undefined;
          logger.info(reason ? `a cold build: ${reason}` : 'reusing the last build into this folder');
        },
      },
    },
    prune: {
      name: 'news-archive:build-prune',
      hooks: {
        'astro:build:done': ({ dir, assets, logger }) => {
          if (!cacheDir) return;
          const outDir = fileURLToPath(dir);
          const pages = [...assets.values()]
            .flat()
            .map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/'));
          // One listing for the pruning and for _headers; the search index's hashed folders are
          // listed whole, and the index keeps its own folders (src/search/build/index-writer.ts).
          const listing = listSite(
            outDir,
            (folder) => folder.startsWith(shardFolder(0)) && hashedFolderOf(folder) === folder,
          );
          const kept = new Set([...pages, ...folderFiles(publicDir)]);
          const removed = cold
            ? []
            : pruneOutput(outDir, listing, startedAt, kept, [shardFolder(0), SEARCH_DATA_FOLDER]);
          files = listing.files;
          if (removed.length)
            logger.info(`removed ${removed.length} file(s) the last build left and this one did not write`);
        },
      },
    },
    finish: {
      name: 'news-archive:build-finish',
      hooks: {
        'astro:build:done': () => {
          if (cacheDir) finishBuild(cacheDir);
        },
      },
    },
  };
}
