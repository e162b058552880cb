/**
 * Pagefind as it behaves on Chinese, in memory, for the pure search tests: the loose search
 * finds every page holding any character of the query, the phrase search ("…") the pages
 * holding it as written, and a filter-only search (null) pages by filter (one value, or any of several) and date. Shards are
 * merged as the real module merges them (mergeIndex with a mergeFilter).
 */
import type {
  PagefindPage,
  PagefindResult,
  PagefindInstance,
  PagefindModule,
} from '../../src/search/browser/engine/pagefind-api.ts';
import { segmentWords } from '../../src/search/contract/segment.ts';
import { shardFolder } from '../../src/search/contract/shard-layout.ts';
import { ui } from '../../src/lib/i18n/zh-CN.ts';
import type { SearchSources } from '../../src/search/browser/session.ts';
import { prefetchConverter, toSimplified } from '../../src/search/browser/traditional/to-simplified.ts';
import { DAY_FILTER } from '../../src/search/contract/index-fields.ts';

/**
 * A page as Pagefind returns it: its content is the indexed record's, split into words. It is
 * published on `day` (YYYY-MM-DD), or on 1 January of a year given alone, at 09:00 Shanghai time.
 */
export function page(url: string, title: string, text: string, yearOrDay: string): PagefindPage {
  const day = yearOrDay.length === 4 ? `${yearOrDay}-01-01` : yearOrDay;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return {
    url,
    content: `${segmentWords(title)}. ${segmentWords(text)}`,
    meta: {
      title,
      date: `${year}年${month}月${date}日 09:00`,
      source: '省政府',
      published: `${day}T09:00:00+08:00`,
    },
    filters: { 来源: ['省政府'], 年份: [String(year)], 标签: [], [DAY_FILTER]: [day] },
  };
}

export interface FakeOptions {
  /** Pages the phrase search misses (a term inside a longer segmented word) or wrongly finds. */
  phraseMisses?: (page: PagefindPage, phrase: string) => boolean;
  phraseFalseHits?: (page: PagefindPage, phrase: string) => boolean;
  /** Phrase searches answer only once this resolves. */
  phraseGate?: Promise<void>;
  /** A loose search answers only once the promise this returns for its query resolves. */
  looseGate?: (query: string) => Promise<void> | undefined;
}

export interface FakePagefind {
  module: PagefindModule;
  /** Every text query searched, in order. */
  searched: string[];
  /** How many pages' data() were read. */
  counter: { loads: number };
  /** The shard folders merged into an instance, in order, over every instance. */
  merged: string[];
}

/** Pagefind over pages, or over shards of pages (newest first) that the search page must merge. */
export function fakePagefind(
  pagesOrShards: PagefindPage[] | PagefindPage[][],
  options: FakeOptions = {},
  base = '/',
): FakePagefind {
  const shards = (
    pagesOrShards[0] && Array.isArray(pagesOrShards[0]) ? pagesOrShards : [pagesOrShards]
  ) as PagefindPage[][];
  const searched: string[] = [];
  const counter = { loads: 0 };
  const merged: string[] = [];
  const withFilter = (p: PagefindPage, extra: Record<string, string>): PagefindPage => ({
    ...p,
    filters: { ...p.filters, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, [v]])) },
  });
  const result = (p: PagefindPage): PagefindResult => ({
    id: p.url,
    data: async () => {
      counter.loads++;
      return p;
    },
  });

  /** One instance: the pages of the shards it has opened so far, each with its shard's merge filter. */
  const instance = (): PagefindInstance => {
    let all: PagefindPage[] | undefined;
    let firstFilter: Record<string, string> = {};
    const opened = (): PagefindPage[] => {
      if (!all) throw new Error('fake Pagefind: search before init()');
      return all;
    };
    return {
      async options(opts) {
        if (opts.mergeFilter) {
          firstFilter = opts.mergeFilter as Record<string, string>;
          if (all) all = shards[0]!.map((p) => withFilter(p, firstFilter));
        }
      },
      async init() {
        all = shards[0]!.map((p) => withFilter(p, firstFilter));
      },
      async mergeIndex(url, opts) {
        merged.push(url);
        const i = shards.findIndex((_, n) => url === `${base}${shardFolder(n)}`);
        if (i < 1) throw new Error(`fake Pagefind: no shard at ${url}`);
        const filter = (opts.mergeFilter ?? {}) as Record<string, string>;
        opened().push(...shards[i]!.map((p) => withFilter(p, filter)));
      },
      async preload() {},
      async search(query, opts = {}) {
        // Filters narrow every search, as in Pagefind.
        const pages = opened().filter((p) =>
          Object.entries(opts.filters ?? {}).every(([name, wanted]) =>
            (typeof wanted === 'string' ? [wanted] : wanted.any).some((v) => p.filters[name]?.includes(v)),
          ),
        );
        if (query === null) {
          const kept = pages;
          if (opts.sort) kept.sort((a, b) => (b.meta.published ?? '').localeCompare(a.meta.published ?? ''));
          // Merged shards: Pagefind orders a sorted search by each page's place within its own shard.
          const place = (p: PagefindPage) =>
            kept.filter((q) => q.filters.shard?.[0] === p.filters.shard?.[0]).indexOf(p);
          if (opts.sort && kept.some((p) => p.filters.shard)) kept.sort((a, b) => place(a) - place(b));
          return { results: kept.map(result) };
        }
        searched.push(query);
        const phrase = /^"(.*)"$/u.exec(query)?.[1];
        if (phrase !== undefined) {
          await options.phraseGate;
          return {
            results: pages
              .filter(
                (p) =>
                  (p.content.includes(phrase) && !options.phraseMisses?.(p, phrase)) ||
                  options.phraseFalseHits?.(p, phrase),
              )
              .map(result),
          };
        }
        await options.looseGate?.(query);
        const chars = [...query.replace(/\s/g, '')];
        return { results: pages.filter((p) => chars.some((c) => p.content.includes(c))).map(result) };
      },
      async filters() {
        const counts: Record<string, Record<string, number>> = {};
        for (const p of opened()) {
          for (const [name, values] of Object.entries(p.filters)) {
            for (const value of values ?? []) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
          }
        }
        return counts;
      },
    };
  };
  const module: PagefindModule = { ...instance(), createInstance: () => instance() };
  return { module, searched, counter, merged };
}

/**
 * What the search sequence needs, over a fake Pagefind, with the real Traditional → Simplified
 * converter; `data` is the compile-time search data (path → text, buildSearchData), absent: every
 * data file fails to load. `fetched` records each data file read.
 */
export function fakeSources(
  fake: FakePagefind,
  shards = 1,
  data: ReadonlyMap<string, string> = new Map(),
  fetched: string[] = [],
  windowShards = shards,
): SearchSources {
  return {
    importPagefind: async () => fake.module,
    base: '/',
    shards,
    windowShards,
    toSimplified,
    prefetchConverter,
    ui,
    loadSearchData: async (path) => {
      fetched.push(path);
      const text = data.get(path);
      if (text === undefined) throw new Error(`${path}: 404`);
      return JSON.parse(text) as unknown;
    },
  };
}
