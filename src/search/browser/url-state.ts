/**
 * The search page's state lives in its URL
 * (/search/?q=…&in=title&from=2024-01-01&to=2024-06-30&source=…&year=…&tag=…&sort=date),
 * so results can be linked to, reloaded, and walked through with Back and Forward.
 */
import { FACET_FILTERS } from '../contract/index-fields.ts';

export type FacetParam = keyof typeof FACET_FILTERS;

/** URL parameter → Pagefind filter name (the index record's data-pagefind-filter), in the page's order. */
export const FACETS: ReadonlyArray<{ param: FacetParam; filter: string }> = (
  Object.keys(FACET_FILTERS) as FacetParam[]
).map((param) => ({ param, filter: FACET_FILTERS[param] }));
export type SortOrder = 'relevance' | 'date';
/** Where the query must occur: anywhere in the article (the default), or in its title. */
export type SearchScope = 'all' | 'title';

/** Publication days, both included, as Shanghai calendar days (YYYY-MM-DD); either may be open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** True when a day (YYYY-MM-DD) is within the range. */
export const dayInRange = (day: string, { from, to }: DayRange): boolean =>
  (!from || day >= from) && (!to || day <= to);

/** A URL value the page could not use, shown to the reader rather than failing. */
export type IgnoredValue =
  | { kind: 'not-a-day'; param: 'from' | 'to'; value: string }
  | { kind: 'reversed-range'; from: string; to: string }
  | { kind: 'unknown-scope'; value: string };

export interface SearchState {
  q: string;
  sort: SortOrder;
  scope: SearchScope;
  range: DayRange;
  /** Selected values per facet; several values of one facet mean any of them. */
  selected: Record<FacetParam, string[]>;
  /** What the URL held that was ignored; never written back. */
  ignored: IgnoredValue[];
}

export const emptySelection = (): Record<FacetParam, string[]> => ({ source: [], year: [], tag: [] });

/** True when a state narrows results by scope or dates (the advanced search). */
export const isAdvanced = (state: SearchState): boolean =>
  state.scope === 'title' || state.range.from !== undefined || state.range.to !== undefined;

/**
 * "2024-03-15" → the same day when it is a real calendar day, else undefined ("2024-02-30",
 * "2024-3-15", "昨天"). A calendar check, the same in every time zone.
 */
function parseDay(text: string): string | undefined {
  const day = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, date);
  return calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === date
    ? day
    : undefined;
}

function readRange(params: URLSearchParams, ignored: IgnoredValue[]): DayRange {
  const range: DayRange = {};
  for (const param of ['from', 'to'] as const) {
    const value = (params.get(param) ?? '').trim();
    if (!value) continue;
    const day = parseDay(value);
    if (day) range[param] = day;
    else ignored.push({ kind: 'not-a-day', param, value });
  }
  if (range.from && range.to && range.to < range.from) {
    ignored.push({ kind: 'reversed-range', from: range.from, to: range.to });
    return {};
  }
  return range;
}

function readScope(params: URLSearchParams, ignored: IgnoredValue[]): SearchScope {
  const value = (params.get('in') ?? '').trim();
  if (value === 'title') return 'title';
  if (value && value !== 'all') ignored.push({ kind: 'unknown-scope', value });
  return 'all';
}

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
  const ignored: IgnoredValue[] = [];
  return {
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    scope: readScope(params, ignored),
    range: readRange(params, ignored),
    selected,
    ignored,
  };
}

/** The query string for a state ("" when empty); the defaults (full text, relevance) are not written. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.scope === 'title') params.set('in', 'title');
  if (state.range.from) params.set('from', state.range.from);
  if (state.range.to) params.set('to', state.range.to);
  for (const { param } of FACETS) {
    for (const value of state.selected[param]) params.append(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}
