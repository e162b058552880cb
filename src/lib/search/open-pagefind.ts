/**
 * Opening Pagefind's index in the browser: the first shard's bundle, with every other shard
 * merged in (Pagefind's mergeIndex), each under the site's base path.
 */
import type { PagefindLike } from './engine.ts';
import { SHARD_FILTER, shardFolder, shardName } from './shards.ts';

/** Pagefind's module (pagefind.js) as the search page calls it. */
export interface PagefindModule extends PagefindLike {
  options(opts: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks for a word being typed. */
  preload(term: string): Promise<void>;
}

export async function openPagefind(
  module: PagefindModule,
  base: string,
  shards: number,
): Promise<PagefindModule> {
  await module.options({ baseUrl: base });
  await module.init();
  if (shards > 1) {
    // Each shard's pages carry its name as a filter, so the date order can ask shard by shard.
    await module.options({ mergeFilter: { [SHARD_FILTER]: shardName(0) } });
    await Promise.all(
      Array.from({ length: shards - 1 }, (_, i) =>
        module.mergeIndex(`${base}${shardFolder(i + 1)}`, {
          baseUrl: base,
          mergeFilter: { [SHARD_FILTER]: shardName(i + 1) },
        }),
      ),
    );
  }
  return module;
}
