/**
 * The search page: the state in the URL (?q=…&source=…&year=…&tag=…&sort=date) → Pagefind
 * (loaded from the site itself, under the base path) → exact results, filters and related
 * results. Matching and ranking live in src/lib/search/; this file only touches the DOM.
 */
import { ui } from '../lib/i18n/zh-CN.ts';
import { matchQuery, viewFor, type Hit, type PagefindLike, type QueryMatches } from '../lib/search/engine.ts';
import type { ExcerptPiece } from '../lib/search/excerpt.ts';
import type { Facet } from '../lib/search/facets.ts';
import { hasHan } from '../lib/search/query.ts';
import { loadConverter, toSimplified } from '../lib/search/traditional.ts';
import { readState, writeState, type FacetParam, type SearchState } from '../lib/search/url-state.ts';

interface PagefindModule extends PagefindLike {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
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

function statusText(matches: QueryMatches, shown: number): string {
  const query = matches.query;
  const parts: string[] = [];
  if (matches.converted) parts.push(ui.searchConverted(query, matches.converted));
  if (matches.exact.length === 0) {
    parts.push(ui.searchNoResults(matches.converted ?? query));
    if (matches.related.length) parts.push(ui.searchRelatedFollow);
  } else {
    const filtered = shown === matches.exact.length ? '' : ui.searchFilteredCount(shown);
    parts.push(`${ui.searchResultCount(matches.converted ?? query, matches.exact.length)}${filtered}。`);
  }
  return parts.join('');
}

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-root]');
  if (!found) return;
  const root: HTMLElement = found;
  const base = root.dataset.base ?? '/';
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

  let pagefind: Promise<PagefindModule> | undefined;
  const loadPagefind = (): Promise<PagefindModule> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
      async (module: PagefindModule) => {
        await module.options({ baseUrl: base });
        await module.init();
        return module;
      },
    ));

  // The matches of the current query are kept while a reader filters and sorts.
  let cached: { query: string; matches: Promise<QueryMatches> } | undefined;
  const matchesFor = (query: string): Promise<QueryMatches> => {
    if (cached?.query !== query) {
      // Both downloads start at once; the converter only for queries with Chinese characters.
      if (hasHan(query)) void loadConverter();
      const matches = loadPagefind().then((pf) => matchQuery(pf, query, toSimplified));
      cached = { query, matches };
      // A failed search is tried again next time, unless another query has replaced it.
      matches.catch(() => {
        if (cached?.matches === matches) cached = undefined;
      });
    }
    return cached.matches;
  };

  let latest = 0;
  async function show(state: SearchState): Promise<void> {
    const ticket = ++latest;
    input.value = state.q;
    sort.value = state.sort;
    if (!state.q) {
      root.dataset.searchState = 'idle';
      status.textContent = ui.searchPrompt;
      list.replaceChildren();
      facetsBox.replaceChildren();
      controls.hidden = true;
      related.hidden = true;
      return;
    }
    root.dataset.searchState = 'loading';
    status.textContent = ui.searchLoading;
    try {
      const matches = await matchesFor(state.q);
      if (ticket !== latest) return;
      const view = viewFor(matches, state);
      // Re-rendering the filters must not lose the keyboard focus of the box just toggled.
      const focused =
        document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
          ? { name: document.activeElement.name, value: document.activeElement.value }
          : undefined;
      facetsBox.replaceChildren(...view.facets.flatMap((f) => renderFacet(f) ?? []));
      if (focused) {
        const again = [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find(
          (i) => i.name === focused.name && i.value === focused.value,
        );
        again?.focus();
      }
      controls.hidden = matches.exact.length === 0;
      list.replaceChildren(...view.exact.map((hit) => renderHit(hit, 'h2')));
      relatedList.replaceChildren(...matches.related.map((hit) => renderHit(hit, 'h3')));
      related.hidden = matches.related.length === 0;
      status.textContent = statusText(matches, view.exact.length);
      root.dataset.searchState = 'done';
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
  window.addEventListener('popstate', () => void show(currentState()));

  void show(currentState());
}
