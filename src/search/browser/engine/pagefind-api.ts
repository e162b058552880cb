/**
 * The part of Pagefind's browser API (pagefind.js) the search page uses, as types: the engine is
 * written against these, so the pure tests can hand it a fake (tests/helpers/fake-pagefind.ts).
 */

/** The part of Pagefind's result data() this page uses. */
export interface PagefindPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}

export interface PagefindSearchOptions {
  /** A value, or any of several values, per filter. */
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's JS API this page uses (a null query searches by filters and sort only). */
export interface PagefindLike {
  search(
    query: string | null,
    options?: PagefindSearchOptions,
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** One Pagefind instance, as the search page calls it. */
export interface PagefindInstance extends PagefindLike {
  options(opts: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks for a word being typed. */
  preload(term: string): Promise<void>;
}

/** Pagefind's module (pagefind.js) as the search page calls it. */
export interface PagefindModule extends PagefindInstance {
  /** A new, independent instance (Pagefind ≥ 1.5); all of them share one worker. */
  createInstance(opts: Record<string, unknown>): PagefindInstance;
}
