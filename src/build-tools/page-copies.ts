/**
 * Astro's incremental build writes a second copy of every page it renders into its cache folder,
 * to restore a kept page the output folder has lost. This build never needs them: it keeps its
 * output folder, and starts cold when that folder is empty (build-state.ts); a page missing from
 * it is rendered again. The copies took about a fifth of a cold build's time and were most of
 * the cache folder (about 2 GB of its 2.1 GB at 100,000 articles), so the build does not write them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PageCopies {
  writeOutputFile(...args: unknown[]): Promise<void>;
}

/** Makes Astro's incremental build cache write no page copies, in this process. */
export async function skipPageCopies(root: string): Promise<void> {
  const astro = dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json'));
  const file = join(astro, 'dist/core/build/incremental.js');
  const { IncrementalBuildCache } = (await import(pathToFileURL(file).href)) as {
    IncrementalBuildCache?: { prototype: PageCopies };
  };
  if (typeof IncrementalBuildCache?.prototype.writeOutputFile !== 'function')
    throw new Error(
      `${file} no longer has IncrementalBuildCache.writeOutputFile: this Astro version keeps its page copies elsewhere. Update src/build-tools/page-copies.ts.`,
    );
  IncrementalBuildCache.prototype.writeOutputFile = async () => {};
}
