import { describe, expect, it } from 'vitest';
import { gzipBytes, splitByPrefix } from '../../../src/search/build/prefix-files.ts';
import { longestPrefix } from '../../../src/search/contract/data-files.ts';
import { prng } from '../../../tools/archive/synthetic.ts';

// 3,000 titles that all begin alike, as 我省… titles do in a real archive.
const rand = prng(7);
const char = () => String.fromCodePoint(0x4e00 + Math.floor(rand() * 3000));
const titles = Array.from({ length: 3000 }, (_, i) => `我省${char()}${char()}${char()}工作推进会第${i}期`);
const render = (keys: readonly string[]) => JSON.stringify(keys);

describe('splitByPrefix', () => {
  const files = splitByPrefix(titles, render, 4000);

  it('cuts keys that share a beginning into files under the budget', () => {
    expect(files.size).toBeGreaterThan(5);
    for (const content of files.values()) expect(gzipBytes(content)).toBeLessThanOrEqual(4000);
  });

  it('puts every key in the file of its longest listed prefix, once', () => {
    const prefixes = [...files.keys()];
    for (const title of titles)
      expect(JSON.parse(files.get(longestPrefix(title, prefixes)!)!)).toContain(title);
    expect([...files.values()].flatMap((c) => JSON.parse(c) as string[]).sort()).toEqual([...titles].sort());
  });

  it('keeps a small set of keys in one file per first character', () => {
    expect([...splitByPrefix(['杭州', '杭州市', '宁波'], render, 4000).keys()].sort()).toEqual(['宁', '杭']);
  });
});
