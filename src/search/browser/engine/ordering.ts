/**
 * The candidates in the order a state asks for (relevance or date, within its scope, date range
 * and filters), the exact results that lead it, and the counts and facets over them.
 */
import { publishedDay } from '../../contract/index-fields.ts';
import { facetsFor, passesFilters, type Facet } from '../facets.ts';
import { dayInRange, type SearchState } from '../url-state.ts';
import { selectedFilters, type DateRank, type FilterIndex } from './index-loaders.ts';
import type { Hit, QueryMatches } from './page-reads.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { candidates } from './query-plan.ts';

/** True when a page read as a hit is within the state's date range, by its published time. */
export const publishedInRange = (hit: Hit, state: SearchState): boolean =>
  !state.range.from && !state.range.to
    ? true
    : hit.published !== undefined && dayInRange(publishedDay(hit.published), state.range);

/** What ordering a state needs besides relevance: the selected filters' pages, the date order, the date range. */
export interface OrderIndex {
  filters?: FilterIndex;
  dateRank?: DateRank;
  /** The pages published within the state's date range (loadDayRange). */
  inRange?: ReadonlySet<string>;
}

/**
 * True when a candidate may still be a result under the state's scope and date range: a page
 * read must hold the query (in its title, for a title-only search); one not read yet may.
 */
function mayBeResult(matches: QueryMatches, state: SearchState, index: OrderIndex): (id: string) => boolean {
  const ranged = state.range.from !== undefined || state.range.to !== undefined;
  if (ranged && !index.inRange) throw new Error('orderFor: the date range needs its pages (loadDayRange)');
  return (id) => {
    const hit = matches.checked.get(id);
    if (hit === null || (hit && state.scope === 'title' && !hit.inTitle)) return false;
    return !ranged || index.inRange!.has(id);
  };
}

/** The candidates that may be exact results under the state's scope, range and filters, in its order. */
export function orderFor(
  matches: QueryMatches,
  state: SearchState,
  index: OrderIndex = {},
): PagefindResult[] {
  const { filters, dateRank } = index;
  const filtered = selectedFilters(state).length > 0;
  if (filtered && !filters) throw new Error('orderFor: the selected filters need their filter index');
  if (state.sort === 'date' && !dateRank) throw new Error('orderFor: the date sort needs the date order');
  const may = mayBeResult(matches, state, index);
  const kept = candidates(matches.plan).filter(
    (c) => may(c.id) && (!filtered || passesFilters({ filters: filters!.get(c.id) ?? {} }, state)),
  );
  if (!dateRank || state.sort !== 'date') return kept;
  const rank = (c: PagefindResult) => dateRank.get(c.id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: equal dates keep their relevance order.
  return kept.sort((a, b) => rank(a) - rank(b));
}

/** The checked exact results that lead the order (never one after a page not yet read), at most `want`. */
export function shownHits(matches: QueryMatches, order: readonly PagefindResult[], want: number): Hit[] {
  const hits: Hit[] = [];
  for (const candidate of order) {
    if (hits.length >= want || !matches.checked.has(candidate.id)) break;
    const hit = matches.checked.get(candidate.id);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** True when the order holds exact or unread pages after the shown ones. */
export function hasMore(matches: QueryMatches, order: readonly PagefindResult[], shown: number): boolean {
  let exact = 0;
  for (const candidate of order) {
    const hit = matches.checked.get(candidate.id);
    // A page not read yet may be exact.
    if (hit === undefined || (hit && ++exact > shown)) return true;
  }
  return false;
}

/**
 * The ids counted as exact results under the state's scope and range: every page read and
 * found exact, and every phrase match not read yet (Pagefind's phrase search stands in for the
 * text until it is read; for a title-only search it may overcount, and the count says 约).
 */
export function exactIds(matches: QueryMatches, state: SearchState, index: OrderIndex = {}): string[] {
  const may = mayBeResult(matches, state, index);
  return candidates(matches.plan)
    .map((c) => c.id)
    .filter((id) => may(id) && (matches.checked.has(id) || Boolean(matches.plan.phraseIds?.has(id))));
}

/**
 * True when every candidate that may be a result has been read, so counts are exact rather than
 * Pagefind's phrase counts.
 */
export const allChecked = (matches: QueryMatches, state: SearchState, index: OrderIndex = {}): boolean => {
  const may = mayBeResult(matches, state, index);
  return candidates(matches.plan).every((c) => matches.checked.has(c.id) || !may(c.id));
};

export interface Counts {
  /** Exact results of the query within its scope and range (see exactIds). */
  total: number;
  /** Those that pass the selected filters. */
  filtered: number;
  facets: Facet[];
  /** True when every candidate was read: the counts are exact, not about. */
  exact: boolean;
}

/** Counts and filter facets over the exact results, from the full filter index (no page text read). */
export function countsFor(
  matches: QueryMatches,
  state: SearchState,
  filters: FilterIndex,
  index: OrderIndex = {},
): Counts {
  const items = exactIds(matches, state, index).map((id) => ({ filters: filters.get(id) ?? {} }));
  return {
    total: items.length,
    filtered: items.filter((item) => passesFilters(item, state)).length,
    facets: facetsFor(items, state),
    exact: allChecked(matches, state, index),
  };
}
