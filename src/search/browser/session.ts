/**
 * The search page's sequence, without the DOM: a state from the URL → Pagefind opened (once)
 * → the query planned → exact results read batch by batch → counts, filters, related results,
 * 加载更多 and the status. It tells a SearchView what to show; only the latest search may, so
 * a slow old query never overwrites a newer one. Matching and ranking live in engine/.
 */
import { MANIFEST_FILE, type PinyinShard, type SearchDataManifest } from '../contract/data-files.ts';
import { ABBREVIATIONS } from './abbreviation-table.ts';
import { otherSpellings, spellingGroups } from './abbreviations.ts';
import { correctionsOf } from './corrections.ts';
import { loadFilterIndex, selectedFilters } from './engine/index-loaders.ts';
import { countsFor, hasMore, orderFor, publishedInRange, shownHits } from './engine/ordering.ts';
import { fillExact, startMatches, type Hit, type QueryMatches } from './engine/page-reads.ts';
import type { PagefindModule } from './engine/pagefind-api.ts';
import {
  candidates,
  LOOSE_BUDGET,
  planQuery,
  uncheckedCount,
  type QueryExpansions,
} from './engine/query-plan.ts';
import type { Facet } from './facets.ts';
import type { Term } from './match.ts';
import { memo } from './memo.ts';
import { pinyinKey, readPinyin } from './pinyin-lookup.ts';
import type { SearchWindow } from './search-window.ts';
import { shardSets, type OpenedShards } from './shard-sets.ts';
import { continuingText, statusText, type SearchWording } from './status.ts';
import type { SearchState } from './url-state.ts';

/** Exact results shown at first, and added by each 加载更多 (list pages have SITE.pageSize). */
export const RESULTS_PER_LOAD = 20;

/**
 * What the sequence needs from outside: Pagefind's script, the Traditional → Simplified
 * converter, the search data and the words it says.
 */
export interface SearchSources {
  /** Imports pagefind.js (the browser imports it from the site, under the base path). */
  importPagefind(): Promise<PagefindModule>;
  base: string;
  /** How many index shards the build wrote. */
  shards: number;
  /**
   * How many shards one search opens at most (search-window.ts); with more shards than this,
   * the route files say which may hold the query. Default: all of them.
   */
  windowShards?: number;
  /** One query term in Simplified script (traditional/to-simplified.ts). */
  toSimplified(term: string): Promise<string>;
  /** Starts fetching what toSimplified needs for this query, alongside Pagefind (traditional/to-simplified.ts). */
  prefetchConverter(query: string): void;
  /** One compile-time search data file (contract/data-files.ts), by its path under the base. */
  loadSearchData(path: string): Promise<unknown>;
  /** What it tells the reader: the site's UI strings (src/lib/i18n/). */
  ui: SearchWording;
}

/** A query with at most this many exact results gets typo corrections (您是不是要找). */
export const CORRECT_AT_MOST = 2;

/** A search that has settled: everything the page shows besides the exact results. */
export interface SettledSearch {
  status: string;
  /** Exact results of the query before the filters: none hides the filters. */
  total: number;
  facets: Facet[];
  related: Hit[];
  /** The archive's words and titles closest to a query that found little (您是不是要找), closest first. */
  corrections: string[];
  /** True when 加载更多 may show more exact results. */
  more: boolean;
  /** Says how many loose matches were left unread; undefined when none were. */
  budgetNote?: string;
  /** After 加载更多: the position of the first new result, where the keyboard goes on. */
  firstNew?: number;
  /**
   * Shards that may hold the query and were left unsearched once a result was found: all older
   * than those searched ('earlier', 搜索更早的文章), or some newer ('rest', 搜索其余文章).
   */
  unsearched?: 'earlier' | 'rest';
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
  /** Runs a search for the state; `more` shows the next RESULTS_PER_LOAD exact results of the same state. */
  show(state: SearchState, more?: boolean): Promise<void>;
  /** Searches the state again with the next window of older shards opened too. */
  searchEarlier(state: SearchState): Promise<void>;
  /** Opens Pagefind now, before any search, and fetches the index for the words being typed. */
  preload(typed?: string): void;
}

/** Reads the candidates' text until one holds the query as written; false when none does. */
async function holdsExactResult(matches: QueryMatches): Promise<boolean> {
  await fillExact(matches, () => candidates(matches.plan), 1);
  return [...matches.checked.values()].some((hit) => hit !== null);
}

export function startSearchSession(sources: SearchSources, view: SearchView): SearchSession {
  const { base, shards, ui } = sources;
  const windowShards = sources.windowShards ?? shards;
  /** A query and its date range: what decides the shards it opens. */
  const routeKey = (state: SearchState): string =>
    JSON.stringify([state.q, state.range.from, state.range.to]);
  const loadModule = memo(() => sources.importPagefind());
  const loadData = <T>(path: string) => sources.loadSearchData(path) as Promise<T>;
  const loadManifest = memo(() => loadData<SearchDataManifest>(MANIFEST_FILE));
  const loadGroups = memo(async () => spellingGroups(ABBREVIATIONS));
  const sets = shardSets({ loadModule, loadData: sources.loadSearchData, base, shards, windowShards });
  const { routed, newestShards } = sets;

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
  const correctionsFor = memo(
    (query: string): Promise<string[]> =>
      loadManifest()
        .then((manifest) => correctionsOf(query, manifest, sources.loadSearchData))
        .then((corrections) => corrections.map((c) => c.text))
        // No corrections when the data cannot be read: the search itself stands.
        .catch(() => []),
    (query) => query,
  );

  /** A query's matches, and the shards it was searched in. */
  interface Searched {
    matches: QueryMatches;
    window: SearchWindow;
    shardSet: OpenedShards;
  }
  // The matches of the current query (and the pages read so far) are kept while a reader filters
  // and sorts. A new date range may open other shards, so it searches again.
  const searchedFor = memo(
    (state: SearchState, windows: number): Promise<Searched> => {
      // Both downloads start at once; the converter only for queries it may change (not 知识产权).
      sources.prefetchConverter(state.q);
      let window: SearchWindow | undefined;
      let shardSet: OpenedShards | undefined;
      const indexFor = async (terms: readonly Term[]) => {
        window = await sets.windowFor(terms, state.range, windows);
        shardSet = await sets.open(window.shards);
        return shardSet.index;
      };
      return Promise.all([loadModule(), expansionsFor(state.q)])
        .then(([, expansions]) => planQuery(indexFor, state.q, sources.toSimplified, expansions))
        .then((plan) => ({ matches: startMatches(plan), window: window!, shardSet: shardSet! }));
    },
    (state, windows) => `${routeKey(state)} ${routed ? windows : 1}`,
    // A failed search is tried again next time, unless another query has replaced it.
    { latestOnly: true },
  );

  let latest = 0;
  /** How many exact results the page shows; 加载更多 raises it. */
  let wanted = RESULTS_PER_LOAD;
  /** How many exact results the view shows now. */
  let shown = 0;
  /** How many windows of shards the current query has opened (搜索更早的文章 adds one). */
  let windows = 1;
  let windowsOf = '';

  async function show(state: SearchState, more = false): Promise<void> {
    const key = routeKey(state);
    if (key !== windowsOf) [windows, windowsOf] = [1, key];
    const ticket = ++latest;
    const isLatest = () => ticket === latest;
    wanted = more ? wanted + RESULTS_PER_LOAD : RESULTS_PER_LOAD;
    if (!state.q) {
      shown = 0;
      view.idle(ui.searchPrompt);
      return;
    }
    view.loading(more ? undefined : ui.searchLoading);
    try {
      // Never "nothing found" while unopened shards may hold the query: window after window opens
      // until a result holds it as written, or every shard that may hold it has been searched.
      let searched = await searchedFor(state, windows);
      while (!more && searched.window.olderShards > 0 && !(await holdsExactResult(searched.matches))) {
        if (!isLatest()) return;
        view.loading(continuingText(ui, searched.matches.plan.searched, searched.window));
        windows++;
        searched = await searchedFor(state, windows);
      }
      const { matches, window, shardSet } = searched;
      const selected = selectedFilters(state);
      const ranged = state.range.from !== undefined || state.range.to !== undefined;
      // Relevance order starts with the first loose matches; filters, the date order and a
      // date range need every candidate.
      if (selected.length || state.sort === 'date' || ranged) await matches.plan.phrases();
      const [dateRank, filters, inRange] = await Promise.all([
        state.sort === 'date' ? shardSet.dates() : undefined,
        // Only the selected values: every value (for the counts) takes one search each.
        selected.length ? loadFilterIndex(shardSet.index, selected) : undefined,
        ranged ? shardSet.inRange(state.range) : undefined,
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
      // Shows each batch as soon as it is read: the first results appear after one batch, the
      // one read to check the window for a result as written when there is one.
      if (matches.checked.size) showHits();
      await fillExact(matches, () => orderFor(matches, state, index), wanted, showHits);
      await matches.plan.phrases();
      if (!isLatest()) return;
      const hits = showHits();
      const counts = countsFor(matches, state, await shardSet.allFilters(), index);
      if (!isLatest()) return;
      const unchecked = uncheckedCount(matches.plan);
      // A title-only search asked for titles: pages that merely share words in their text are not shown.
      const related =
        state.scope === 'title' ? [] : matches.related.filter((hit) => publishedInRange(hit, state));
      // A query read as pinyin is already an archive word: its Latin spelling has no typo to mend.
      const pinyinRead = matches.plan.rewrites.some((r) => r.kind === 'pinyin' || r.kind === 'initials');
      const corrections = counts.total <= CORRECT_AT_MOST && !pinyinRead ? await correctionsFor(state.q) : [];
      if (!isLatest()) return;
      view.settled({
        status: statusText(ui, matches, counts, state, related.length, corrections.length, window),
        total: counts.total,
        facets: counts.facets,
        related,
        corrections,
        more: hasMore(matches, orderFor(matches, state, index), hits.length),
        budgetNote: unchecked ? ui.searchBudgetNote(LOOSE_BUDGET, unchecked) : undefined,
        firstNew: more ? shownBefore : undefined,
        unsearched: window.olderShards === 0 ? undefined : window.newestFirst ? 'earlier' : 'rest',
      });
    } catch (error) {
      if (isLatest()) view.failed(ui.searchFailed, error);
    }
  }

  function preload(typed?: string): void {
    // Routed, the shards depend on the query: the newest window is opened, as a query held by
    // every shard opens it, and the route files of the words being typed are left to the search.
    const ready = routed
      ? Promise.all([sets.loadRoutes(), sets.open(newestShards.slice(0, windowShards))])
      : sets.open(newestShards).then(({ index }) => (typed ? index.preload(typed) : undefined));
    void ready.catch(() => {});
  }

  function searchEarlier(state: SearchState): Promise<void> {
    windows++;
    return show(state);
  }

  return { show, preload, searchEarlier };
}
