/**
 * The search status line: how the query was rewritten, then how many exact results it has
 * (or that it has none), and where it was searched (the title, a date range). Read by screen
 * readers as it changes (role="status").
 */
import type { Counts } from './engine/ordering.ts';
import type { QueryMatches } from './engine/page-reads.ts';
import type { QueryRewrite } from './engine/query-plan.ts';
import type { SearchWindow } from './search-window.ts';
import type { IgnoredValue, SearchState } from './url-state.ts';

/**
 * What the search says, in the site's locale: the page passes its translations file
 * (src/lib/i18n/), which holds every UI string, and writes days as the site writes dates.
 */
export interface SearchWording {
  searchPrompt: string;
  searchLoading: string;
  searchFailed: string;
  searchGoingOn: string;
  searchFrom: string;
  searchTo: string;
  searchScopeTitleOnly: string;
  searchRelatedFollow: string;
  searchCorrectionsFollow: string;
  searchCorrectionsAndRelatedFollow: string;
  searchDay(day: string): string;
  searchNoResults(q: string, scope: string): string;
  searchResultCount(q: string, n: number): string;
  searchResultCountAbout(q: string, n: number): string;
  searchResultCountSoFar(q: string, n: number): string;
  searchFilteredCount(n: number): string;
  searchNothingYet(q: string): string;
  searchBudgetNote(checked: number, rest: number): string;
  searchWindowNote(from: string, to: string, older: number): string;
  searchWindowNoteLikeliest(searched: number, rest: number): string;
  searchConverted(from: string, to: string): string;
  searchPinyin(from: string, to: string): string;
  searchInitials(from: string, to: string): string;
  searchAlsoSpellings(also: readonly string[]): string;
  searchRangeBetween(from: string, to: string): string;
  searchRangeFrom(from: string): string;
  searchRangeTo(to: string): string;
  searchIgnoredDay(label: string, value: string): string;
  searchIgnoredReversed(from: string, to: string): string;
  searchIgnoredScope(value: string): string;
}

/** What the reader is told about one rewrite of the query. */
function rewriteNote(ui: SearchWording, rewrite: QueryRewrite): string {
  switch (rewrite.kind) {
    case 'traditional':
      return ui.searchConverted(rewrite.from, rewrite.to);
    case 'pinyin':
      return ui.searchPinyin(rewrite.from, rewrite.to);
    case 'initials':
      return ui.searchInitials(rewrite.from, rewrite.to);
    case 'spellings':
      return ui.searchAlsoSpellings(rewrite.also);
  }
}

/** Where the query was searched, when the advanced search narrowed it ('' for the whole text, any date). */
export function scopeText(ui: SearchWording, state: SearchState): string {
  const { from, to } = state.range;
  const parts = [
    state.scope === 'title' ? ui.searchScopeTitleOnly : '',
    from && to
      ? ui.searchRangeBetween(ui.searchDay(from), ui.searchDay(to))
      : from
        ? ui.searchRangeFrom(ui.searchDay(from))
        : to
          ? ui.searchRangeTo(ui.searchDay(to))
          : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** What the page tells the reader about a URL value it ignored. */
export function ignoredText(ui: SearchWording, ignored: IgnoredValue): string {
  switch (ignored.kind) {
    case 'not-a-day':
      return ui.searchIgnoredDay(ignored.param === 'from' ? ui.searchFrom : ui.searchTo, ignored.value);
    case 'reversed-range':
      return ui.searchIgnoredReversed(ui.searchDay(ignored.from), ui.searchDay(ignored.to));
    case 'unknown-scope':
      return ui.searchIgnoredScope(ignored.value);
  }
}

/** What the page says of the shards a search left out (that may hold the query); '' when none. */
export function windowText(ui: SearchWording, window: SearchWindow | undefined): string {
  if (!window?.olderShards || !window.from || !window.to) return '';
  return window.newestFirst
    ? ui.searchWindowNote(ui.searchDay(window.from), ui.searchDay(window.to), window.olderArticles)
    : ui.searchWindowNoteLikeliest(window.searchedArticles, window.olderArticles);
}

/** The status while the next window opens on its own: nothing found in what was searched so far. */
export function continuingText(ui: SearchWording, searched: string, window: SearchWindow): string {
  return `${ui.searchNothingYet(searched)}${windowText(ui, window)}${ui.searchGoingOn}`;
}

/**
 * The status once a search has settled; `related` is how many related results are shown,
 * `corrected` how many corrections (您是不是要找), `window` which shards were searched.
 */
export function statusText(
  ui: SearchWording,
  matches: QueryMatches,
  counts: Counts,
  state: SearchState,
  related: number,
  corrected = 0,
  window?: SearchWindow,
): string {
  const { searched, rewrites } = matches.plan;
  const parts = rewrites.map((rewrite) => rewriteNote(ui, rewrite));
  const scope = scopeText(ui, state);
  if (counts.total === 0) {
    parts.push(ui.searchNoResults(searched, scope));
    if (related) parts.push(corrected ? ui.searchCorrectionsAndRelatedFollow : ui.searchRelatedFollow);
    else if (corrected) parts.push(ui.searchCorrectionsFollow);
  } else {
    // With shards left unopened, the count is of what was searched, not of the archive.
    const count = window?.olderShards
      ? ui.searchResultCountSoFar
      : counts.exact
        ? ui.searchResultCount
        : ui.searchResultCountAbout;
    const filtered = counts.filtered === counts.total ? '' : ui.searchFilteredCount(counts.filtered);
    parts.push(`${count(searched, counts.total)}${scope}${filtered}。`);
    if (corrected) parts.push(ui.searchCorrectionsFollow);
  }
  parts.push(windowText(ui, window));
  return parts.join('');
}
