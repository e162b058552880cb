/**
 * Checks the hand-written labels of the search-quality suite against the fixture text itself
 * (plain substring search over what each article page shows), so a labelling mistake is
 * caught here rather than blamed on the search.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_ARCHIVE } from '../../tools/archive/search-archive.ts';
import { LABELLED_QUERIES } from '../fixtures/search-archive/queries.ts';

const simple = (s: string) => s.normalize('NFKC').toLowerCase();

// What Pagefind indexes of an article page: its title and text (the 来源/发布时间/标签 block is
// data-pagefind-ignore: filters and meta only).
const day = ([y, m, d]: readonly number[]) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const pageText = SEARCH_ARCHIVE.map((a) => ({
  key: a.key,
  title: simple(a.title),
  text: simple([a.title, ...a.paragraphs].join('\n')),
  day: day(a.date),
}));

describe('search-quality labels', () => {
  it('cover at least 40 queries of every kind over at least 30 articles', () => {
    expect(SEARCH_ARCHIVE.length).toBeGreaterThanOrEqual(30);
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(SEARCH_ARCHIVE.map((a) => a.source)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SEARCH_ARCHIVE.map((a) => a.date[0])).size).toBeGreaterThanOrEqual(4);
    expect(new Set(LABELLED_QUERIES.map((q) => q.kind)).size).toBe(13);
  });

  it.each(LABELLED_QUERIES)('$query is labelled with exactly the articles that contain it', (label) => {
    // Each term as any of its spellings (an abbreviation's full names, the words of its pinyin).
    const terms =
      label.searchedAs?.map((spellings) => spellings.map(simple)) ??
      simple(label.converted ?? label.query)
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => [t]);
    const containing = pageText
      .filter((p) =>
        terms.every((spellings) => spellings.some((s) => (label.titleOnly ? p.title : p.text).includes(s))),
      )
      .filter((p) => (!label.from || p.day >= label.from) && (!label.to || p.day <= label.to))
      .map((p) => p.key);
    expect([...label.expected].sort()).toEqual(containing.sort());
  });

  it.each(LABELLED_QUERIES.filter((l) => l.corrects))(
    '$query is corrected to $corrects, a word of the archive',
    (label) => {
      expect(pageText.some((p) => p.text.includes(simple(label.corrects!)))).toBe(true);
    },
  );
});
