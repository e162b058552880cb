import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/article-file.ts';
import { formatSpread, spread } from '../../../tools/bench/stats.ts';
import { syntheticArticle } from '../../../tools/archive/synthetic.ts';

describe('benchmark archives', () => {
  it('are valid articles of about 3 KB, the same for the same index', () => {
    const a = syntheticArticle(42, ['这是一句真实的句子。']);
    expect(syntheticArticle(42, ['这是一句真实的句子。'])).toEqual(a);
    expect(syntheticArticle(43).fileName).not.toBe(a.fileName);
    const bytes = Buffer.byteLength(a.text);
    expect(bytes).toBeGreaterThan(2800);
    expect(bytes).toBeLessThan(4500);
    expect(() => parseArticleFile(a.text, a.fileName)).not.toThrow();
  });

  it('spread several years and sources', () => {
    const parsed = Array.from(
      { length: 24 },
      (_, i) => parseArticleFile(syntheticArticle(i).text, `${i}.md`).data,
    );
    expect(new Set(parsed.map((p) => p.publishedAt.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(parsed.map((p) => p.source)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('spread', () => {
  it('reports the median with min and max', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(spread([4, 1, 3, 2]).median).toBe(2.5);
    expect(formatSpread(spread([10.04, 12.5, 11.2]), 's', 1)).toBe('11.2 s (10.0–12.5)');
    expect(() => spread([])).toThrow(RangeError);
  });
});
