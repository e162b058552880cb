/**
 * Opening Pagefind's index in the browser: some or all of the shards as one index, each under
 * the site's base path. Every opening is its own Pagefind instance (Pagefind's createInstance),
 * with the first shard's bundle as its primary, since that shard holds Pagefind's WebAssembly;
 * the other shards are merged in (mergeIndex). When the first shard is not asked for, its pages
 * are kept out by the shard filter, so only the shards asked for give results.
 */
import type { PagefindLike, PagefindSearchOptions } from './query-plan.ts';
import { SHARD_FILTER, shardFolder, shardName } from '../../contract/shard-layout.ts';

/** One Pagefind instance, as the search page calls it. */
export interface PagefindInstance extends PagefindLike {
  options(opts: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks for a word being typed. */
  preload(term: string): Promise<void>;
}

/** Pagefind's module (pagefind.js) as the search page calls it. */
export interface PagefindModule extends PagefindInstance {
  /** A new, independent instance (Pagefind ≥ 1.5); all of them share one worker. */
  createInstance(opts: Record<string, unknown>): PagefindInstance;
}

/** An opened index: what the search sequence asks of it. */
export type OpenIndex = PagefindLike & Pick<PagefindInstance, 'preload'>;

/** Opens `shards` (0 = the oldest) of the `total` the build wrote, as one index. */
export async function openShards(
  module: PagefindModule,
  base: string,
  shards: readonly number[],
  total: number,
): Promise<OpenIndex> {
  const instance = module.createInstance({ basePath: `${base}${shardFolder(0)}`, baseUrl: base });
  // Each shard's pages carry its name as a filter, so a search can be asked of one shard.
  if (total > 1) await instance.options({ mergeFilter: { [SHARD_FILTER]: shardName(0) } });
  await instance.init();
  await Promise.all(
    shards
      .filter((i) => i !== 0)
      .map((i) =>
        instance.mergeIndex(`${base}${shardFolder(i)}`, {
          baseUrl: base,
          mergeFilter: { [SHARD_FILTER]: shardName(i) },
        }),
      ),
  );
  if (shards.includes(0) || total <= 1) return instance;
  const only = { any: shards.map(shardName) };
  const within = (options: PagefindSearchOptions = {}): PagefindSearchOptions => ({
    ...options,
    filters: { [SHARD_FILTER]: only, ...options.filters },
  });
  return {
    search: (query, options) => instance.search(query, within(options)),
    filters: () => instance.filters(),
    preload: (term) => instance.preload(term),
  };
}
