import { describe, expect, it } from 'vitest';
import { shardKey } from '../../../src/search/build/shard-cache-key.ts';

const records = [
  { url: '/articles/a/', html: '<h1>甲</h1>' },
  { url: '/articles/b/', html: '<h1>乙</h1>' },
];

describe('shardKey', () => {
  it('is the same for the same records and context', () => {
    expect(shardKey(records, 'pagefind 1.6.0')).toBe(shardKey([...records], 'pagefind 1.6.0'));
  });

  it('changes with any record, their order, or the context', () => {
    const key = shardKey(records, 'pagefind 1.6.0');
    expect(shardKey([records[0]!, { ...records[1]!, html: '<h1>丙</h1>' }], 'pagefind 1.6.0')).not.toBe(key);
    expect(shardKey([records[1]!, records[0]!], 'pagefind 1.6.0')).not.toBe(key);
    expect(shardKey(records, 'pagefind 1.7.0')).not.toBe(key);
    // A record's end is marked, so moving text between url and html changes the key too.
    expect(shardKey([{ url: '/articles/a/<h1>', html: '甲</h1>' }, records[1]!], 'pagefind 1.6.0')).not.toBe(
      key,
    );
  });
});
