/**
 * The search page: runs the query in ?q= against the Pagefind index built at compile time.
 * The URL is the state, so results can be linked to, reloaded and navigated with Back.
 */
import { ui } from '../lib/i18n/zh-CN.ts';
import { tidyExcerpt } from '../lib/search/excerpt.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

/** Keep only text and <mark> from an excerpt: nothing in an index can become markup. */
function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<div>${tidyExcerpt(html)}</div>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.source].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(safeExcerpt(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;

  let api: Promise<PagefindApi> | undefined;
  const load = (): Promise<PagefindApi> =>
    (api ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: PagefindApi) => {
      await pagefind.options({ baseUrl: base });
      await pagefind.init();
      return pagefind;
    }));

  let latest = 0;
  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    list.replaceChildren();
    if (!query) {
      status.textContent = ui.searchPrompt;
      return;
    }
    status.textContent = ui.searchLoading;
    try {
      const pagefind = await load();
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(renderResult));
      status.textContent = results.length
        ? ui.searchResultCount(query, results.length)
        : ui.searchNoResults(query);
    } catch (error) {
      console.error(error);
      if (ticket === latest) status.textContent = ui.searchFailed;
    }
  }

  const queryFromUrl = (): string => new URL(location.href).searchParams.get('q')?.trim() ?? '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.pushState(null, '', url);
    void run(query);
  });
  window.addEventListener('popstate', () => {
    input.value = queryFromUrl();
    void run(input.value);
  });

  input.value = queryFromUrl();
  void run(input.value);
}
