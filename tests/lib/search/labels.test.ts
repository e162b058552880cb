/**
 * Checks the hand-written labels of the search-quality suite against the fixture text itself
 * (plain substring search over what each article page shows), so a labelling mistake is
 * caught here rather than blamed on the search.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_ARCHIVE } from '../../../tools/archive/search-archive.ts';
import { LABELLED_QUERIES } from '../../fixtures/search-archive/queries.ts';

const simple = (s: string) => s.normalize('NFKC').toLowerCase();

// What Pagefind indexes of an article page: its title and text (the 来源/发布时间/标签 block is
// data-pagefind-ignore: filters and meta only).
const pageText = SEARCH_ARCHIVE.map((a) => ({
  key: a.key,
  text: simple([a.title, ...a.paragraphs].join('\n')),
}));

describe('search-quality labels', () => {
  it('cover at least 40 queries of every kind over at least 30 articles', () => {
    expect(SEARCH_ARCHIVE.length).toBeGreaterThanOrEqual(30);
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SEARCH_ARCHIVE.map((a) => a.source)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SEARCH_ARCHIVE.map((a) => a.date[0])).size).toBeGreaterThanOrEqual(4);
    expect(new Set(LABELLED_QUERIES.map((q) => q.kind)).size).toBe(8);
  });

  it.each(LABELLED_QUERIES)('$query is labelled with exactly the articles that contain it', (label) => {
    const terms = simple(label.converted ?? label.query)
      .split(/\s+/)
      .filter(Boolean);
    const containing = pageText.filter((p) => terms.every((t) => p.text.includes(t))).map((p) => p.key);
    expect([...label.expected].sort()).toEqual(containing.sort());
  });
});
