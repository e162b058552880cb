/**
 * The search page: the state in the URL (?q=…&in=title&from=…&to=…&source=…&year=…&tag=…&sort=date) → the search
 * sequence (src/search/browser/session.ts, with Pagefind loaded from the site itself, under the base
 * path) → the DOM. This file only renders what the sequence reports, wires the events, and
 * keeps the state in the browser's history.
 */
import { ui } from '../lib/i18n/zh-CN.ts';
import type { Hit } from '../search/browser/engine/page-reads.ts';
import type { ExcerptPiece } from '../search/browser/excerpt.ts';
import type { Facet } from '../search/browser/facets.ts';
import type { PagefindModule } from '../search/browser/engine/pagefind-api.ts';
import { searchDataFetcher } from '../search/browser/data-fetch.ts';
import { startSearchSession, type SearchView } from '../search/browser/session.ts';
import { PAGEFIND_SCRIPT } from '../search/contract/shard-layout.ts';
import { ignoredText } from '../search/browser/status.ts';
import { prefetchConverter, toSimplified } from '../search/browser/traditional/to-simplified.ts';
import {
  isAdvanced,
  readState,
  writeState,
  type FacetParam,
  type SearchState,
} from '../search/browser/url-state.ts';

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
    element(headingLevel, {}, element('a', { href: hit.link }, ...excerptNodes(hit.titlePieces))),
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
  // Wide screens: the filters open beside the results (folded above them on phones), and the
  // advanced form stays open while its conditions are in use.
  const wide = matchMedia('(min-width: 60rem)');
  root.querySelector<HTMLDetailsElement>('[data-search-controls-details]')!.open = wide.matches;
  const related = root.querySelector<HTMLElement>('[data-search-related]')!;
  const relatedList = related.querySelector<HTMLOListElement>('ol')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const earlierButton = root.querySelector<HTMLButtonElement>('[data-search-earlier]')!;
  const budgetNote = root.querySelector<HTMLElement>('[data-search-budget]')!;
  const advanced = root.querySelector<HTMLDetailsElement>('[data-search-advanced]')!;
  const advancedForm = advanced.querySelector<HTMLFormElement>('form')!;
  const fromInput = advancedForm.querySelector<HTMLInputElement>('input[name="from"]')!;
  const toInput = advancedForm.querySelector<HTMLInputElement>('input[name="to"]')!;
  const ignoredNotes = root.querySelector<HTMLElement>('[data-search-ignored]')!;
  const correctionsBox = root.querySelector<HTMLElement>('[data-search-corrections]')!;
  const correctionsList = correctionsBox.querySelector<HTMLUListElement>('ul')!;
  advanced.hidden = false;

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

  /** The state a correction's link asks for: the same conditions, the corrected query, no filters. */
  const correctedState = (q: string): SearchState => ({
    ...currentState(),
    q,
    selected: readState('').selected,
    ignored: [],
  });

  function renderCorrections(corrections: readonly string[]): void {
    correctionsList.replaceChildren(
      ...corrections.map((text) =>
        element(
          'li',
          {},
          element('a', {
            href: `${location.pathname}${writeState(correctedState(text))}`,
            textContent: text,
          }),
        ),
      ),
    );
    correctionsBox.hidden = corrections.length === 0;
  }

  const view: SearchView = {
    idle(text) {
      root.dataset.searchState = 'idle';
      status.textContent = text;
      renderCorrections([]);
      list.replaceChildren();
      facetsBox.replaceChildren();
      controls.hidden = true;
      related.hidden = true;
      moreButton.hidden = true;
      earlierButton.hidden = true;
      budgetNote.hidden = true;
    },
    loading(text) {
      root.dataset.searchState = 'loading';
      if (text !== undefined) {
        status.textContent = text;
        renderCorrections([]);
      }
    },
    hits(hits) {
      list.replaceChildren(...hits.map((hit) => renderHit(hit, 'h2')));
      // The filters come with the first results (their counts fill in later), so the results
      // do not move down or aside once shown.
      if (hits.length) controls.hidden = false;
    },
    settled(search) {
      renderFacets(search.facets);
      controls.hidden = search.total === 0;
      relatedList.replaceChildren(...search.related.map((hit) => renderHit(hit, 'h3')));
      related.hidden = search.related.length === 0;
      moreButton.hidden = !search.more;
      earlierButton.hidden = search.unsearched === undefined;
      earlierButton.textContent = search.unsearched === 'rest' ? ui.searchRest : ui.searchEarlier;
      budgetNote.hidden = search.budgetNote === undefined;
      budgetNote.textContent = search.budgetNote ?? '';
      status.textContent = search.status;
      renderCorrections(search.corrections);
      root.dataset.searchState = 'done';
      // After 加载更多, the keyboard goes on from the first new result.
      if (search.firstNew !== undefined) list.children[search.firstNew]?.querySelector('a')?.focus();
    },
    failed(text, error) {
      console.error(error);
      status.textContent = text;
      root.dataset.searchState = 'failed';
    },
  };
  const session = startSearchSession(
    {
      importPagefind: () => import(/* @vite-ignore */ `${base}${PAGEFIND_SCRIPT}`) as Promise<PagefindModule>,
      base,
      shards,
      windowShards: Number(root.dataset.windowShards ?? shards),
      toSimplified,
      prefetchConverter,
      loadSearchData: searchDataFetcher(base),
      ui,
    },
    view,
  );

  /** Shows the state in the forms, and what the URL held that was ignored, then searches it. */
  function show(state: SearchState, more = false): void {
    input.value = state.q;
    sort.value = state.sort;
    advancedForm.querySelector<HTMLInputElement>(`input[name="in"][value="${state.scope}"]`)!.checked = true;
    fromInput.value = state.range.from ?? '';
    toInput.value = state.range.to ?? '';
    // Open where the conditions narrow the results, so they are seen; folded on phones.
    if (!more) advanced.open = isAdvanced(state) && wide.matches;
    ignoredNotes.replaceChildren(
      ...state.ignored.map((i) => element('li', { textContent: ignoredText(ui, i) })),
    );
    ignoredNotes.hidden = state.ignored.length === 0;
    void session.show(state, more);
  }

  const currentState = (): SearchState => readState(location.search);

  /** The state both forms ask for: the query and the advanced conditions as filled in. */
  function submittedState(): SearchState {
    const current = currentState();
    const fields = new FormData(advancedForm);
    // The advanced form's fields read as the URL would hold them (bad days are ignored there too).
    const asked = readState(
      new URLSearchParams(
        [...fields].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
    );
    const q = input.value.trim();
    return {
      ...asked,
      q,
      sort: current.sort,
      // A new query starts without filters: the old ones may not exist among its results.
      selected: q === current.q ? current.selected : readState('').selected,
    };
  }

  function go(state: SearchState): void {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    show(state);
  }

  for (const submitted of [form, advancedForm]) {
    submitted.addEventListener('submit', (event) => {
      event.preventDefault();
      go(submittedState());
    });
  }
  advancedForm.querySelector('[data-search-advanced-clear]')!.addEventListener('click', () => {
    go({ ...currentState(), scope: 'all', range: {}, ignored: [] });
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
  session.preload();
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    if (typed) session.preload(typed);
  });
  moreButton.addEventListener('click', () => show(currentState(), true));
  earlierButton.addEventListener('click', () => {
    earlierButton.hidden = true;
    void session.searchEarlier(currentState());
  });
  // A correction runs its search here; its link still works opened elsewhere.
  correctionsList.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(correctedState(link.textContent ?? ''));
    input.focus();
  });
  window.addEventListener('popstate', () => show(currentState()));

  show(currentState());
}
