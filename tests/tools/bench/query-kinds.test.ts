import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../../tools/archive/synthetic.ts';
import { prefixingIssue, queryKinds } from '../../../tools/bench/query-kinds.ts';

const at = (issue: number, day: number) => ({
  issue,
  publishedAt: `2020-01-${String(day).padStart(2, '0')}T08:00:00+08:00`,
});

describe('the number that prefixes others', () => {
  it("is the oldest article's number among those that begin all ten of N0 … N9", () => {
    const tens = (n: number, day: number) => Array.from({ length: 10 }, (_, d) => at(n * 10 + d, day));
    const articles = [
      at(3, 9),
      at(4, 2),
      at(5, 1),
      ...tens(3, 20),
      ...tens(4, 20),
      ...tens(5, 20).slice(0, 9),
    ];
    // 5 is the oldest but 59 is missing; 4 is older than 3.
    expect(prefixingIssue(articles)).toBe(4);
  });

  it('is absent when no number begins ten others', () => {
    expect(prefixingIssue([at(1, 1), at(10, 2), at(11, 3)])).toBeUndefined();
  });
});

describe('the kinds of query of a generated archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'query-kinds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('take the identifiers from its titles: the oldest article’s, and a number held by an old article that begins ten others', () => {
    writeSyntheticArchive(dir, 60, []);
    const kinds = Object.fromEntries(queryKinds(dir).map((k) => [k.kind, k.query]));
    expect(Object.keys(kinds)).toEqual([
      'common word',
      'place',
      'name',
      'rare identifier',
      'number that prefixes others',
      'several terms',
      'Traditional',
    ]);
    // 60 articles: 第1期 … 第60期, so only 1 … 5 begin ten others (10–19 … 50–59).
    expect(kinds['number that prefixes others']).toMatch(/^第[1-5]期$/);
    expect(kinds['rare identifier']).toMatch(/^第\d+期$/);
  });
});
