/**
 * Opening Pagefind's index in the browser: some or all of the shards as one index, each under
 * the site's base path. Every opening is its own Pagefind instance (Pagefind's createInstance),
 * with the first shard's bundle as its primary, since that shard holds Pagefind's WebAssembly;
 * the other shards are merged in (mergeIndex). When the first shard is not asked for, its pages
 * are kept out by the shard filter, so only the shards asked for give results.
 */
import type {
  PagefindInstance,
  PagefindLike,
  PagefindModule,
  PagefindSearchOptions,
} from './pagefind-api.ts';
import { SHARD_FILTER, shardName } from '../../contract/index-fields.ts';
import { shardFolder } from '../../contract/shard-layout.ts';

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
