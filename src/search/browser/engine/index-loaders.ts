/**
 * What ordering and counting need from Pagefind's index besides the pages' text: every page's
 * filter values, the date order and the pages within a date range, each from filter-only
 * searches (a null query), so no page text is read for them.
 */
import { DAY_FILTER, PUBLISHED_SORT, SHARD_FILTER, shardName } from '../../contract/index-fields.ts';
import { dayInRange, FACETS, type DayRange, type SearchState } from '../url-state.ts';
import type { PagefindLike } from './pagefind-api.ts';

/** Page id → its values of the filters asked for, from Pagefind's filter index alone. */
export type FilterIndex = ReadonlyMap<string, Record<string, string[]>>;
/** Page id → its position when every page is sorted newest first. */
export type DateRank = ReadonlyMap<string, number>;
/** A filter value as Pagefind names it (来源, 年份, 标签). */
export interface FilterValue {
  name: string;
  value: string;
}

/** The filter values a state selects. */
export const selectedFilters = (state: SearchState): FilterValue[] =>
  FACETS.flatMap(({ param, filter }) => state.selected[param].map((value) => ({ name: filter, value })));

/** One filter-only search per filter value: the values given, or every value of every filter. */
export async function loadFilterIndex(
  pagefind: PagefindLike,
  only?: readonly FilterValue[],
): Promise<FilterIndex> {
  const facetNames = new Set<string>(FACETS.map((f) => f.filter));
  const wanted =
    only ??
    Object.entries(await pagefind.filters())
      .filter(([name]) => facetNames.has(name))
      .flatMap(([name, values]) => Object.keys(values).map((value) => ({ name, value })));
  const index = new Map<string, Record<string, string[]>>();
  await Promise.all(
    wanted.map(async ({ name, value }) => {
      const response = await pagefind.search(null, { filters: { [name]: value } });
      for (const { id } of response?.results ?? []) {
        const own = index.get(id) ?? {};
        (own[name] ??= []).push(value);
        index.set(id, own);
      }
    }),
  );
  return index;
}

/**
 * Every page newest first, from each index record's data-pagefind-sort="published:…". Pagefind
 * merges shards by score, and a sorted search scores a page by its place in its own shard, so
 * the shards opened (spans of dates; none given: one index without shards) are asked one by one
 * through their shard filter.
 */
export async function loadDateRank(pagefind: PagefindLike, shards?: readonly number[]): Promise<DateRank> {
  const sort = { [PUBLISHED_SORT]: 'desc' } as const;
  // The shards are counted from the oldest: the newest is asked first.
  const newestFirst = [...(shards ?? [])].sort((a, b) => b - a);
  const responses = await Promise.all(
    newestFirst.length
      ? newestFirst.map((i) => pagefind.search(null, { sort, filters: { [SHARD_FILTER]: shardName(i) } }))
      : [pagefind.search(null, { sort })],
  );
  return new Map(responses.flatMap((r) => r?.results ?? []).map((r, i) => [r.id, i]));
}

/**
 * The pages published within a range of days, from the day filter of each index record
 * (Pagefind has no range filter): the days the index holds, then one search for any of them.
 */
export async function loadDayRange(pagefind: PagefindLike, range: DayRange): Promise<ReadonlySet<string>> {
  const days = Object.keys((await pagefind.filters())[DAY_FILTER] ?? {}).filter((day) =>
    dayInRange(day, range),
  );
  if (days.length === 0) return new Set();
  const response = await pagefind.search(null, { filters: { [DAY_FILTER]: { any: days } } });
  return new Set((response?.results ?? []).map((r) => r.id));
}
