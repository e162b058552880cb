/**
 * Filters with counts over the exact results, and the date sort. Counts for one facet are
 * taken over the results that pass the other facets' selections, so a reader sees how many
 * articles each choice would show. (The search page orders and filters by Pagefind's index:
 * src/search/browser/engine/query-plan.ts.)
 */
import { FACETS, type FacetParam, type SearchState } from './url-state.ts';

export interface Facetable {
  filters: Record<string, string[] | undefined>;
  /** ISO 8601 publication time, for the date sort. */
  published?: string;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  param: FacetParam;
  /** The filter's name as shown (来源, 年份, 标签). */
  name: string;
  values: FacetValue[];
}

/** True when the item has one of the selected values of every facet (but `except`) that has a selection. */
export const passesFilters = (item: Facetable, state: SearchState, except?: FacetParam): boolean =>
  FACETS.every(({ param, filter }) => {
    const wanted = state.selected[param];
    if (param === except || wanted.length === 0) return true;
    return (item.filters[filter] ?? []).some((v) => wanted.includes(v));
  });

/** Years newest first; other facets by count, then by name. */
function orderValues(param: FacetParam, values: FacetValue[]): FacetValue[] {
  if (param === 'year') return values.sort((a, b) => b.value.localeCompare(a.value));
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

export function facetsFor(items: readonly Facetable[], state: SearchState): Facet[] {
  return FACETS.map(({ param, filter }) => {
    const counts = new Map<string, number>();
    for (const item of items) {
      if (!passesFilters(item, state, param)) continue;
      for (const value of new Set(item.filters[filter] ?? []))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    // A selected value stays visible (with 0) so that it can be unselected.
    for (const value of state.selected[param]) if (!counts.has(value)) counts.set(value, 0);
    const values = [...counts].map(([value, count]) => ({
      value,
      count,
      selected: state.selected[param].includes(value),
    }));
    return { param, name: filter, values: orderValues(param, values) };
  });
}
