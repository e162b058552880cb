/**
 * The search page's sequence, without the DOM: a state from the URL → Pagefind opened (once)
 * → the query planned → exact results read batch by batch → counts, filters, related results,
 * 加载更多 and the status. It tells a SearchView what to show; only the latest search may, so
 * a slow old query never overwrites a newer one. Matching and ranking live in engine.ts.
 */
import { ABBREVIATIONS } from '../../data/abbreviations.ts';
import { ui } from '../i18n/zh-CN.ts';
import { otherSpellings, spellingGroups } from './abbreviations.ts';
import {
  countsFor,
  fillExact,
  hasMore,
  loadDateRank,
  loadDayRange,
  loadFilterIndex,
  LOOSE_BUDGET,
  orderFor,
  PAGE_SIZE,
  planQuery,
  publishedInRange,
  selectedFilters,
  shownHits,
  startMatches,
  uncheckedCount,
  type Hit,
  type QueryExpansions,
  type QueryMatches,
} from './engine.ts';
import type { Facet } from './facets.ts';
import { openPagefind, type PagefindModule } from './open-pagefind.ts';
import { pinyinKey, readPinyin } from './pinyin.ts';
import { MANIFEST_FILE, type PinyinShard, type SearchDataManifest } from './search-data-files.ts';
import { statusText } from './status.ts';
import { correctionsOf } from './typo.ts';
import type { DayRange, SearchState } from './url-state.ts';

/** What the sequence needs from outside: Pagefind's script and the Traditional → Simplified converter. */
export interface SearchSources {
  /** Imports pagefind.js (the browser imports it from the site, under the base path). */
  importPagefind(): Promise<PagefindModule>;
  base: string;
  /** How many index shards the build wrote (merged into the first). */
  shards: number;
  /** One query term in Simplified script (traditional.ts). */
  toSimplified(term: string): Promise<string>;
  /** Starts fetching what toSimplified needs for this query, alongside Pagefind (traditional.ts). */
  prefetchConverter(query: string): void;
  /** One compile-time search data file (search-data-files.ts), by its path under the base. */
  loadSearchData(path: string): Promise<unknown>;
}

/** A query with at most this many exact results gets typo suggestions (您是不是要找). */
export const SUGGEST_AT_MOST = 2;

/** A search that has settled: everything the page shows besides the exact results. */
export interface SettledSearch {
  status: string;
  /** Exact results of the query before the filters: none hides the filters. */
  total: number;
  facets: Facet[];
  related: Hit[];
  /** The archive's words and titles closest to a query that found little (您是不是要找), closest first. */
  suggestions: string[];
  /** True when 加载更多 may show more exact results. */
  more: boolean;
  /** Says how many loose matches were left unread; undefined when none were. */
  budgetNote?: string;
  /** After 加载更多: the position of the first new result, where the keyboard goes on. */
  firstNew?: number;
}

/** What the page shows. Only the latest search calls it. */
export interface SearchView {
  /** No query: the prompt, and nothing else. */
  idle(status: string): void;
  /** A search started; the status is undefined for 加载更多, which keeps the current text. */
  loading(status: string | undefined): void;
  /** The exact results, in order: after each batch of pages read, and once complete. */
  hits(hits: readonly Hit[]): void;
  settled(search: SettledSearch): void;
  failed(status: string, error: unknown): void;
}

export interface SearchSession {
  /** Runs a search for the state; `more` shows the next PAGE_SIZE exact results of the same state. */
  show(state: SearchState, more?: boolean): Promise<void>;
  /** Opens Pagefind now, before any search, and fetches the index for the words being typed. */
  preload(typed?: string): void;
}

/** Loads on the first call and keeps the result; a failed load is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    const current = (loading ??= load());
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    return current;
  };
}

export function startSearchSession(sources: SearchSources, view: SearchView): SearchSession {
  const { base, shards } = sources;
  const loadPagefind = once(() => sources.importPagefind().then((m) => openPagefind(m, base, shards)));
  // Every page's filter values (for the counts) and the date order, read once from Pagefind's filter index.
  const loadAllFilters = once(() => loadPagefind().then((pf) => loadFilterIndex(pf)));
  const loadDates = once(() => loadPagefind().then((pf) => loadDateRank(pf, shards)));
  const loadData = <T>(path: string) => sources.loadSearchData(path) as Promise<T>;
  const loadManifest = once(() => loadData<SearchDataManifest>(MANIFEST_FILE));
  const loadGroups = once(async () => spellingGroups(ABBREVIATIONS));

  /**
   * What the query may also mean: a Latin query the pinyin of archive words (its files are read
   * only for Latin queries), else the other spellings of the bodies it names. When the data
   * cannot be read, the query is searched as written.
   */
  async function expansionsFor(query: string): Promise<QueryExpansions> {
    const groups = await loadGroups();
    const spellings: QueryExpansions = { otherSpellings: (term) => otherSpellings(term, groups) };
    if (pinyinKey(query) === undefined) return spellings;
    const reading = await loadManifest()
      .then((manifest) => readPinyin(query, manifest, (file) => loadData<PinyinShard>(file)))
      .catch(() => undefined);
    return reading && reading.as !== 'latin' ? { pinyin: reading } : spellings;
  }

  /** The corrections of a query that found little; its files are read only then. */
  const corrections = new Map<string, Promise<string[]>>();
  function correctionsFor(query: string): Promise<string[]> {
    let found = corrections.get(query);
    if (!found) {
      found = loadManifest()
        .then((manifest) => correctionsOf(query, manifest, sources.loadSearchData))
        .then((suggestions) => suggestions.map((s) => s.text))
        // No suggestions when the data cannot be read: the search itself stands.
        .catch(() => []);
      corrections.set(query, found);
    }
    return found;
  }

  // The pages of each date range asked for this visit: Back and Forward return to earlier ones.
  const ranges = new Map<string, Promise<ReadonlySet<string>>>();
  const loadRange = (range: DayRange): Promise<ReadonlySet<string>> => {
    const key = `${range.from ?? ''}/${range.to ?? ''}`;
    let pages = ranges.get(key);
    if (!pages) {
      pages = loadPagefind().then((pf) => loadDayRange(pf, range));
      ranges.set(key, pages);
      pages.catch(() => ranges.delete(key));
    }
    return pages;
  };

  // The matches of the current query (and the pages read so far) are kept while a reader filters and sorts.
  let cached: { query: string; matches: Promise<QueryMatches> } | undefined;
  const matchesFor = (query: string): Promise<QueryMatches> => {
    if (cached?.query !== query) {
      // Both downloads start at once; the converter only for queries it may change (not 知识产权).
      sources.prefetchConverter(query);
      const matches = Promise.all([loadPagefind(), expansionsFor(query)])
        .then(([pf, expansions]) => planQuery(pf, query, sources.toSimplified, expansions))
        .then(startMatches);
      cached = { query, matches };
      // A failed search is tried again next time, unless another query has replaced it.
      matches.catch(() => {
        if (cached?.matches === matches) cached = undefined;
      });
    }
    return cached.matches;
  };

  let latest = 0;
  /** How many exact results the page shows; 加载更多 raises it. */
  let wanted = PAGE_SIZE;
  /** How many exact results the view shows now. */
  let shown = 0;

  async function show(state: SearchState, more = false): Promise<void> {
    const ticket = ++latest;
    const isLatest = () => ticket === latest;
    wanted = more ? wanted + PAGE_SIZE : PAGE_SIZE;
    if (!state.q) {
      shown = 0;
      view.idle(ui.searchPrompt);
      return;
    }
    view.loading(more ? undefined : ui.searchLoading);
    try {
      const matches = await matchesFor(state.q);
      const selected = selectedFilters(state);
      const ranged = state.range.from !== undefined || state.range.to !== undefined;
      // Relevance order starts with the first loose matches; filters, the date order and a
      // date range need every candidate.
      if (selected.length || state.sort === 'date' || ranged) await matches.plan.phrases();
      const [dateRank, filters, inRange] = await Promise.all([
        state.sort === 'date' ? loadDates() : undefined,
        // Only the selected values: every value (for the counts) takes one search each.
        selected.length ? loadPagefind().then((pf) => loadFilterIndex(pf, selected)) : undefined,
        ranged ? loadRange(state.range) : undefined,
      ]);
      const index = { dateRank, filters, inRange };
      if (!isLatest()) return;
      const shownBefore = shown;
      const showHits = (): Hit[] => {
        const hits = shownHits(matches, orderFor(matches, state, index), wanted);
        if (isLatest()) {
          shown = hits.length;
          view.hits(hits);
        }
        return hits;
      };
      // Shows each batch as soon as it is read: the first results appear after one batch.
      await fillExact(matches, () => orderFor(matches, state, index), wanted, showHits);
      await matches.plan.phrases();
      if (!isLatest()) return;
      const hits = showHits();
      const counts = countsFor(matches, state, await loadAllFilters(), index);
      if (!isLatest()) return;
      const unchecked = uncheckedCount(matches.plan);
      // A title-only search asked for titles: pages that merely share words in their text are not shown.
      const related =
        state.scope === 'title' ? [] : matches.related.filter((hit) => publishedInRange(hit, state));
      // A query read as pinyin is already an archive word: its Latin spelling has no typo to mend.
      const pinyinRead = matches.plan.rewrites.some((r) => r.kind === 'pinyin' || r.kind === 'initials');
      const suggestions = counts.total <= SUGGEST_AT_MOST && !pinyinRead ? await correctionsFor(state.q) : [];
      if (!isLatest()) return;
      view.settled({
        status: statusText(matches, counts, state, related.length, suggestions.length),
        total: counts.total,
        facets: counts.facets,
        related,
        suggestions,
        more: hasMore(matches, orderFor(matches, state, index), hits.length),
        budgetNote: unchecked ? ui.searchBudgetNote(LOOSE_BUDGET, unchecked) : undefined,
        firstNew: more ? shownBefore : undefined,
      });
    } catch (error) {
      if (isLatest()) view.failed(ui.searchFailed, error);
    }
  }

  function preload(typed?: string): void {
    void loadPagefind()
      .then((pf) => (typed ? pf.preload(typed) : undefined))
      .catch(() => {});
  }

  return { show, preload };
}
