import { describe, expect, it } from 'vitest';
import {
  intoShards,
  shardCount,
  shardFolder,
  shardsPerWindow,
} from '../../../src/search/contract/shard-layout.ts';

describe('search index shards', () => {
  it('cuts the articles, in order, into shards of at most the shard size', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(intoShards(items, 4)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(intoShards(items, 10)).toEqual([items]);
    expect(shardCount(10, 4)).toBe(3);
  });

  it('has one (empty) shard for an empty archive, so the search page always has an index', () => {
    expect(intoShards([], 2500)).toEqual([[]]);
    expect(shardCount(0, 2500)).toBe(1);
  });

  it('keeps the first shard in pagefind/, where pagefind.js is, and the others inside it', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind/', 'pagefind/shard-2/', 'pagefind/shard-3/']);
  });

  it('holds at least one shard in a search window', () => {
    expect(shardsPerWindow(10_000, 2_500)).toBe(4);
    expect(shardsPerWindow(100, 2_500)).toBe(1);
  });
});
