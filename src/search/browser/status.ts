/**
 * The search status line: how the query was rewritten, then how many exact results it has
 * (or that it has none), and where it was searched (the title, a date range). Read by screen
 * readers as it changes (role="status").
 */
import { formatDate } from '../../lib/dates.ts';
import { ui } from '../../lib/i18n/zh-CN.ts';
import type { Counts } from './engine/ordering.ts';
import type { QueryMatches } from './engine/page-reads.ts';
import type { QueryRewrite } from './engine/query-plan.ts';
import type { SearchWindow } from './search-window.ts';
import type { IgnoredValue, SearchState } from './url-state.ts';

/** What the reader is told about one rewrite of the query. */
function rewriteNote(rewrite: QueryRewrite): string {
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

/** A day of the range as the site writes dates (2024年1月1日). */
const dayText = (day: string): string => formatDate(`${day}T12:00:00+08:00`);

/** Where the query was searched, when the advanced search narrowed it ('' for the whole text, any date). */
export function scopeText(state: SearchState): string {
  const { from, to } = state.range;
  const parts = [
    state.scope === 'title' ? ui.searchScopeTitleOnly : '',
    from && to
      ? ui.searchRangeBetween(dayText(from), dayText(to))
      : from
        ? ui.searchRangeFrom(dayText(from))
        : to
          ? ui.searchRangeTo(dayText(to))
          : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** What the page tells the reader about a URL value it ignored. */
export function ignoredText(ignored: IgnoredValue): string {
  switch (ignored.kind) {
    case 'not-a-day':
      return ui.searchIgnoredDay(ignored.param === 'from' ? ui.searchFrom : ui.searchTo, ignored.value);
    case 'reversed-range':
      return ui.searchIgnoredReversed(dayText(ignored.from), dayText(ignored.to));
    case 'unknown-scope':
      return ui.searchIgnoredScope(ignored.value);
  }
}

/** What the page says of the shards a search left out (that may hold the query); '' when none. */
export function windowText(window: SearchWindow | undefined): string {
  if (!window?.olderShards || !window.from || !window.to) return '';
  return window.newestFirst
    ? ui.searchWindowNote(dayText(window.from), dayText(window.to), window.olderArticles)
    : ui.searchWindowNoteLikeliest(window.searchedArticles, window.olderArticles);
}

/** The status while the next window opens on its own: nothing found in what was searched so far. */
export function continuingText(searched: string, window: SearchWindow): string {
  return `${ui.searchNothingYet(searched)}${windowText(window)}${ui.searchGoingOn}`;
}

/**
 * The status once a search has settled; `related` is how many related results are shown,
 * `corrected` how many corrections (您是不是要找), `window` which shards were searched.
 */
export function statusText(
  matches: QueryMatches,
  counts: Counts,
  state: SearchState,
  related: number,
  corrected = 0,
  window?: SearchWindow,
): string {
  const { searched, rewrites } = matches.plan;
  const parts = rewrites.map(rewriteNote);
  const scope = scopeText(state);
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
  parts.push(windowText(window));
  return parts.join('');
}
