/**
 * The search page: the state in the URL (?q=…&source=…&year=…&tag=…&sort=date) → Pagefind
 * (loaded from the site itself, under the base path) → exact results, filters and related
 * results. Matching and ranking live in src/lib/search/; this file only touches the DOM.
 * Results show batch by batch as their text is read; 加载更多 reads on.
 */
import { ui } from '../lib/i18n/zh-CN.ts';
import {
  allChecked,
  countsFor,
  fillExact,
  hasMore,
  loadDateRank,
  loadFilterIndex,
  LOOSE_BUDGET,
  orderFor,
  PAGE_SIZE,
  planQuery,
  selectedFilters,
  shownHits,
  startMatches,
  uncheckedCount,
  type Counts,
  type Hit,
  type PagefindLike,
  type QueryMatches,
} from '../lib/search/engine.ts';
import type { ExcerptPiece } from '../lib/search/excerpt.ts';
import type { Facet } from '../lib/search/facets.ts';
import { PAGEFIND_SCRIPT, SHARD_FILTER, shardFolder, shardName } from '../lib/search/shards.ts';
import { loadConverter, mayConvert, toSimplified } from '../lib/search/traditional.ts';
import { readState, writeState, type FacetParam, type SearchState } from '../lib/search/url-state.ts';

interface PagefindModule extends PagefindLike {
  options(opts: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const excerptNodes = (pieces: ExcerptPiece[]): Array<Node | string> =>
  pieces.map((p) => (p.mark ? element('mark', { textContent: p.text }) : p.text));

function renderHit(hit: Hit, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  return element(
    'li',
    { className: 'search-result' },
    element(headingLevel, {}, element('a', { href: hit.url }, ...excerptNodes(hit.titlePieces))),
    element('p', { className: 'meta', textContent: [hit.date, hit.source].filter(Boolean).join(' · ') }),
    element('p', { className: 'search-result__excerpt' }, ...excerptNodes(hit.excerpt)),
  );
}

function renderFacet(facet: Facet): HTMLFieldSetElement | undefined {
  if (facet.values.length === 0) return undefined;
  return element(
    'fieldset',
    { className: 'search-facet' },
    element('legend', { textContent: facet.name }),
    ...facet.values.map((v) =>
      element(
        'label',
        { className: 'search-facet__option' },
        element('input', { type: 'checkbox', name: facet.param, value: v.value, checked: v.selected }),
        ui.searchFacetCount(v.value, v.count),
      ),
    ),
  );
}

function statusText(matches: QueryMatches, counts: Counts): string {
  const { query, converted } = matches.plan;
  const parts: string[] = [];
  if (converted) parts.push(ui.searchConverted(query, converted));
  if (counts.total === 0) {
    parts.push(ui.searchNoResults(converted ?? query));
    if (matches.related.length) parts.push(ui.searchRelatedFollow);
  } else {
    const count = allChecked(matches) ? ui.searchResultCount : ui.searchResultCountAbout;
    const filtered = counts.filtered === counts.total ? '' : ui.searchFilteredCount(counts.filtered);
    parts.push(`${count(converted ?? query, counts.total)}${filtered}。`);
  }
  return parts.join('');
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

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-root]');
  if (!found) return;
  const root: HTMLElement = found;
  const base = root.dataset.base ?? '/';
  const shards = Number(root.dataset.shards ?? 1);
  const form = root.querySelector<HTMLFormElement>('form.search-box')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const controls = root.querySelector<HTMLFormElement>('[data-search-controls]')!;
  const sort = controls.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  // Filters open beside the results on wide screens; folded above them on phones.
  root.querySelector<HTMLDetailsElement>('[data-search-controls-details]')!.open =
    matchMedia('(min-width: 60rem)').matches;
  const related = root.querySelector<HTMLElement>('[data-search-related]')!;
  const relatedList = related.querySelector<HTMLOListElement>('ol')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const budgetNote = root.querySelector<HTMLElement>('[data-search-budget]')!;

  const loadPagefind = once(() =>
    import(/* @vite-ignore */ `${base}${PAGEFIND_SCRIPT}`).then(async (module: PagefindModule) => {
      await module.options({ baseUrl: base });
      await module.init();
      if (shards > 1) {
        // Each shard's pages carry its name as a filter, so the date order can ask shard by shard.
        await module.options({ mergeFilter: { [SHARD_FILTER]: shardName(0) } });
        await Promise.all(
          Array.from({ length: shards - 1 }, (_, i) =>
            module.mergeIndex(`${base}${shardFolder(i + 1)}`, {
              baseUrl: base,
              mergeFilter: { [SHARD_FILTER]: shardName(i + 1) },
            }),
          ),
        );
      }
      return module;
    }),
  );
  // Every page's filter values (for the counts) and the date order, read once from Pagefind's filter index.
  const loadAllFilters = once(() => loadPagefind().then((pf) => loadFilterIndex(pf)));
  const loadDates = once(() => loadPagefind().then((pf) => loadDateRank(pf, shards)));

  // The matches of the current query (and the pages read so far) are kept while a reader filters and sorts.
  let cached: { query: string; matches: Promise<QueryMatches> } | undefined;
  const matchesFor = (query: string): Promise<QueryMatches> => {
    if (cached?.query !== query) {
      // Both downloads start at once; the converter only for queries it may change (not 知识产权).
      if (mayConvert(query)) void loadConverter();
      const matches = loadPagefind()
        .then((pf) => planQuery(pf, query, toSimplified))
        .then(startMatches);
      cached = { query, matches };
      // A failed search is tried again next time, unless another query has replaced it.
      matches.catch(() => {
        if (cached?.matches === matches) cached = undefined;
      });
    }
    return cached.matches;
  };

  function renderFacets(facets: Facet[]): void {
    // Re-rendering the filters must not lose the keyboard focus of the box just toggled.
    const focused =
      document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
        ? { name: document.activeElement.name, value: document.activeElement.value }
        : undefined;
    facetsBox.replaceChildren(...facets.flatMap((f) => renderFacet(f) ?? []));
    if (focused) {
      const again = [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find(
        (i) => i.name === focused.name && i.value === focused.value,
      );
      again?.focus();
    }
  }

  let latest = 0;
  /** How many exact results the page shows; 加载更多 raises it. */
  let wanted = PAGE_SIZE;
  async function show(state: SearchState, more = false): Promise<void> {
    const ticket = ++latest;
    wanted = more ? wanted + PAGE_SIZE : PAGE_SIZE;
    input.value = state.q;
    sort.value = state.sort;
    if (!state.q) {
      root.dataset.searchState = 'idle';
      status.textContent = ui.searchPrompt;
      list.replaceChildren();
      facetsBox.replaceChildren();
      controls.hidden = true;
      related.hidden = true;
      moreButton.hidden = true;
      budgetNote.hidden = true;
      return;
    }
    root.dataset.searchState = 'loading';
    if (!more) status.textContent = ui.searchLoading;
    try {
      const matches = await matchesFor(state.q);
      const selected = selectedFilters(state);
      // Relevance order starts with the first loose matches; filters and the date order need every candidate.
      if (selected.length || state.sort === 'date') await matches.plan.phrases();
      const [dateRank, filters] = await Promise.all([
        state.sort === 'date' ? loadDates() : undefined,
        // Only the selected values: every value (for the counts) takes one search each.
        selected.length ? loadPagefind().then((pf) => loadFilterIndex(pf, selected)) : undefined,
      ]);
      const index = { dateRank, filters };
      if (ticket !== latest) return;
      const shownBefore = list.children.length;
      const renderHits = (): Hit[] => {
        const hits = shownHits(matches, orderFor(matches, state, index), wanted);
        if (ticket === latest) {
          list.replaceChildren(...hits.map((hit) => renderHit(hit, 'h2')));
          // The filters come with the first results (their counts fill in later), so the results
          // do not move down or aside once shown.
          if (hits.length) controls.hidden = false;
        }
        return hits;
      };
      // Shows each batch as soon as it is read: the first results appear after one batch.
      await fillExact(matches, () => orderFor(matches, state, index), wanted, renderHits);
      await matches.plan.phrases();
      if (ticket !== latest) return;
      const hits = renderHits();
      const counts = countsFor(matches, state, await loadAllFilters());
      if (ticket !== latest) return;
      renderFacets(counts.facets);
      controls.hidden = counts.total === 0;
      relatedList.replaceChildren(...matches.related.map((hit) => renderHit(hit, 'h3')));
      related.hidden = matches.related.length === 0;
      moreButton.hidden = !hasMore(matches, orderFor(matches, state, index), hits.length);
      const unchecked = uncheckedCount(matches.plan);
      budgetNote.hidden = unchecked === 0;
      budgetNote.textContent = ui.searchBudgetNote(LOOSE_BUDGET, unchecked);
      status.textContent = statusText(matches, counts);
      root.dataset.searchState = 'done';
      // After 加载更多, the keyboard goes on from the first new result.
      if (more) list.children[shownBefore]?.querySelector('a')?.focus();
    } catch (error) {
      console.error(error);
      if (ticket === latest) {
        status.textContent = ui.searchFailed;
        root.dataset.searchState = 'failed';
      }
    }
  }

  const currentState = (): SearchState => readState(location.search);

  function go(state: SearchState): void {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void show(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A new query starts without filters: the old ones may not exist among its results.
    go({ ...readState(''), q: input.value.trim(), sort: currentState().sort });
  });
  controls.addEventListener('submit', (event) => event.preventDefault());
  controls.addEventListener('change', (event) => {
    const state = currentState();
    const target = event.target;
    if (target === sort) {
      state.sort = sort.value === 'date' ? 'date' : 'relevance';
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const param = target.name as FacetParam;
      const values = state.selected[param].filter((v) => v !== target.value);
      state.selected[param] = target.checked ? [...values, target.value] : values;
    }
    go(state);
  });
  // Pagefind loads with the page, and fetches the index for the words being typed.
  void loadPagefind().catch(() => {});
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    if (typed)
      void loadPagefind()
        .then((pf) => pf.preload(typed))
        .catch(() => {});
  });
  moreButton.addEventListener('click', () => void show(currentState(), true));
  window.addEventListener('popstate', () => void show(currentState()));

  void show(currentState());
}
