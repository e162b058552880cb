/**
 * The names an index record carries, written by the build (build/index-record.ts) and read by
 * the search page (browser/): Pagefind's meta, filters and sort keys, and the mark before an
 * article's hidden words. Both sides take them from here, so a rename cannot leave the page
 * asking for a filter or a meta key the index no longer has (the facets would come up empty).
 */

/** Pagefind meta keys (data-pagefind-meta): what a result shows. */
export const META = {
  title: 'title',
  source: 'source',
  /** The publication time as the site writes it (2024年3月15日 09:30). */
  date: 'date',
  /** The publication time, ISO 8601 with the Shanghai offset (+08:00). */
  published: 'published',
} as const;

/** The Shanghai day (YYYY-MM-DD, DAY_FILTER's form) of a META.published value: its first ten characters. */
export const publishedDay = (published: string): string => published.slice(0, 10);

/** The Pagefind sort key (data-pagefind-sort): the publication time, ISO 8601. */
export const PUBLISHED_SORT = 'published';

/** The filters a reader can narrow by (data-pagefind-filter), by the search page's URL parameter. */
export const FACET_FILTERS = {
  source: '来源',
  year: '年份',
  tag: '标签',
} as const;

/**
 * The filter holding each page's publication day (YYYY-MM-DD, Shanghai) for `from`/`to`: not a
 * facet, never counted or shown, only asked for the days of a range.
 */
export const DAY_FILTER = '日期';

/**
 * The filter the search page gives every page of a merged shard (Pagefind's mergeFilter), so a
 * search can be asked of one shard: the date order needs it. It is not one of the page's facets.
 */
export const SHARD_FILTER = 'shard';
/** The SHARD_FILTER value of shard i (0 = the oldest). */
export const shardName = (i: number): string => String(i + 1);

/**
 * Put between an article's text and its hidden words (segment.ts) in the index record, so the
 * search page can cut them off again: they are for finding an article, not part of its text. A
 * mark no article text uses (U+3013 GETA MARK).
 */
export const HIDDEN_WORDS_MARK = '〓';
