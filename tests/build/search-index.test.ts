/**
 * The search index as built over the search-quality archive (34 articles) with
 * SEARCH_SHARD_SIZE=8: shards of at most 8 articles counted from the oldest, merged by the search page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs, indexedPages, page } from '../helpers/dist.ts';
import { PAGEFIND_SCRIPT, shardFolder } from '../../src/search/contract/shard-layout.ts';

const searchDir = (await testSite('search')).dir;
const shards = indexedPages(searchDir);

describe('the search index in shards', () => {
  it('holds every article exactly once, in shards of at most the shard size', () => {
    const urls = shards.flat().map((p) => p.url);
    expect(urls.sort()).toEqual(articleSlugs(searchDir).map((slug) => `/articles/${slug}/`));
    expect(shards).toHaveLength(Math.ceil(urls.length / 8));
    for (const shard of shards) expect(shard.length).toBeLessThanOrEqual(8);
  });

  it('cuts the archive by date from the oldest, so each shard is a span of time and only the last is short', () => {
    const spans = shards.map((shard) => shard.map((p) => p.meta.published!).sort());
    for (let i = 1; i < spans.length; i++) expect(spans[i - 1]!.at(-1)! <= spans[i]![0]!).toBe(true);
    for (const shard of shards.slice(0, -1)) expect(shard).toHaveLength(8);
  });

  it('tells the search page how many shards to merge', () => {
    const root = page(searchDir, 'search/')('[data-search-root]');
    expect(Number(root.attr('data-shards'))).toBe(shards.length);
  });

  it('publishes Pagefind’s script and WebAssembly once, not in every shard', () => {
    expect(existsSync(join(searchDir, PAGEFIND_SCRIPT))).toBe(true);
    for (let i = 1; i < shards.length; i++) {
      const files = readdirSync(join(searchDir, shardFolder(i)));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => f.endsWith('.js') || f.startsWith('wasm.'))).toEqual([]);
    }
  });
});
