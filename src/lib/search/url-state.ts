/**
 * The search page's state lives in its URL (/search/?q=…&source=…&year=…&tag=…&sort=date),
 * so results can be linked to, reloaded, and walked through with Back and Forward.
 */

/** URL parameter → Pagefind filter name (data-pagefind-filter on the article page). */
export const FACETS = [
  { param: 'source', filter: '来源' },
  { param: 'year', filter: '年份' },
  { param: 'tag', filter: '标签' },
] as const;

export type FacetParam = (typeof FACETS)[number]['param'];
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortOrder;
  /** Selected values per facet; several values of one facet mean any of them. */
  selected: Record<FacetParam, string[]>;
}

export const emptySelection = (): Record<FacetParam, string[]> => ({ source: [], year: [], tag: [] });

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const selected = emptySelection();
  for (const { param } of FACETS) {
    selected[param] = [
      ...new Set(
        params
          .getAll(param)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  return {
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    selected,
  };
}

/** The query string for a state ("" when empty); relevance is the default and not written. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { param } of FACETS) {
    for (const value of state.selected[param]) params.append(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}
