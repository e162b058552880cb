/**
 * One search, from the state in the URL to what the page shows. Pagefind finds the candidates
 * and ranks them; each candidate's full text then decides whether it holds every term as
 * written (exact, in Pagefind's order) or only loosely (related, shown after, or dropped).
 */
import { shanghaiDay } from '../../../lib/dates.ts';
import { buildExcerpt, highlight, type ExcerptPiece } from '../excerpt.ts';
import { facetsFor, passesFilters, type Facet } from '../facets.ts';
import { fold } from '../../contract/fold.ts';
import { markedLink } from '../query-marks/link.ts';
import { containsAll, isRelated, type Term } from '../match.ts';
import { splitTerms } from '../query.ts';
import { joinSegments, segmentWords, withoutHiddenWords } from '../../contract/segment.ts';
import { SHARD_FILTER, shardName } from '../../contract/shard-layout.ts';
import { DAY_FILTER, FACETS, type DayRange, type SearchState } from '../url-state.ts';

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

export interface Hit {
  url: string;
  /** The url with the query for the article to mark (?hl=…). */
  link: string;
  title: string;
  /** The title with the query marked. */
  titlePieces: ExcerptPiece[];
  /** True when the title itself holds every term (the title-only search). */
  inTitle: boolean;
  date: string;
  source: string;
  published?: string;
  filters: Record<string, string[] | undefined>;
  excerpt: ExcerptPiece[];
}

/**
 * One query as Pagefind answered it, before any page text is read. Pagefind's loose search
 * ranks but matches scattered characters; its phrase search ("…") is close to exact but
 * unranked and misses a term inside a longer segmented word (雁云 in 张雁云 can be missed).
 */
export interface QueryPlan {
  /** The index the query was searched in: ask it again for the same pages' filters and dates. */
  pagefind: PagefindLike;
  /** The query as the reader typed it. */
  query: string;
  /** The query as searched, after its rewrites: the one the status names. */
  searched: string;
  /** How the query was changed before it was searched; the status tells the reader each one. */
  rewrites: QueryRewrite[];
  terms: Term[];
  /** Every loose match by relevance; phrase matches the loose search lacks are added after them. */
  ranked: PagefindResult[];
  /**
   * Pages the phrase search found for every term: the likely exact results, before their text
   * is read. Undefined until `phrases()` resolves.
   */
  phraseIds?: ReadonlySet<string>;
  /**
   * Runs the phrase searches (once). They wait until the first batch has been read: Pagefind
   * searches one at a time in its worker, so running them earlier would delay the first results.
   */
  phrases(): Promise<void>;
}

/**
 * One change made to the query before it was searched. Each kind has its note in status.ts.
 * Every spelling a rewrite adds counts as its term: a page holding any of them is exact.
 */
export type QueryRewrite =
  | { kind: 'traditional'; from: string; to: string }
  /** A Latin query read as the pinyin (or initials) of archive words (pinyin.ts). */
  | { kind: 'pinyin' | 'initials'; from: string; to: string }
  /** The other spellings of an abbreviation or full name in the query, searched too (abbreviations.ts). */
  | { kind: 'spellings'; also: string[] };

/** The index to search for the query's terms: only the shards that may hold them (routes.ts). */
export type IndexForTerms = (terms: readonly Term[]) => Promise<PagefindLike>;

/** What the sequence found the query may also mean, before it is planned. */
export interface QueryExpansions {
  /** The archive words a Latin query stands for, term by term (any of each term's words). */
  pinyin?: { as: 'pinyin' | 'initials'; terms: string[][] };
  /** The other spellings of a (Simplified) term: its abbreviation or full name. */
  otherSpellings?: (term: string) => string[];
}

/** What one query matched so far: the plan, and every candidate whose text has been read. */
export interface QueryMatches {
  plan: QueryPlan;
  /** Candidate id → its hit when it holds every term as written, null when it does not. */
  checked: Map<string, Hit | null>;
  /** Checked pages that share part of the query (at most RELATED_LIMIT), in the order checked. */
  related: Hit[];
}

export const RELATED_LIMIT = 10;
/** Exact results shown at a time (加载更多 shows the next ones). */
export const PAGE_SIZE = 20;
/** Pages whose text is read at once: the first results show after one batch. */
export const BATCH_SIZE = 10;
/** Loose matches checked even when no phrase search found them (sub-words), by relevance. */
export const LOOSE_BUDGET = 100;

/**
 * The article text as a reader sees it: Pagefind's content is the title, ". ", the text, all
 * split into words by segmentWords, then the hidden words; the spaces and hidden words go again.
 */
export function articleText(page: PagefindPage): string {
  const content = joinSegments(withoutHiddenWords(page.content));
  const title = joinSegments(page.meta.title ?? '');
  return title && content.startsWith(title) ? content.slice(title.length).replace(/^[.\s]+/u, '') : content;
}

function toHit(page: PagefindPage, terms: readonly Term[]): Hit {
  const title = page.meta.title ?? page.url;
  return {
    url: page.url,
    link: markedLink(page.url, terms),
    title,
    titlePieces: highlight(title, terms),
    inTitle: containsAll(title, terms),
    date: page.meta.date ?? '',
    source: page.meta.source ?? '',
    published: page.meta.published,
    filters: page.filters,
    // From the article text, so the excerpt does not repeat the title shown above it.
    excerpt: buildExcerpt(articleText(page), terms),
  };
}

const idsOf = (responses: Array<{ results: PagefindResult[] } | null>): Set<string> =>
  new Set(responses.flatMap((r) => r?.results ?? []).map((r) => r.id));

function addUnseen(ranked: PagefindResult[], seen: Set<string>, results: readonly PagefindResult[]): void {
  for (const result of results) {
    if (!seen.has(result.id)) {
      seen.add(result.id);
      ranked.push(result);
    }
  }
}

/** Terms → a Pagefind query: the index holds words split by segmentWords, so the query is split the same way. */
const asWords = (terms: readonly string[]): string => terms.map(segmentWords).join(' ');

/** At most this many loose searches for the spellings a query's rewrites add. */
const MAX_VARIANTS = 4;

/** Whole queries that spell each term one way: the first spellings, the second, … */
function variantQueries(terms: readonly Term[]): string[] {
  const widest = Math.max(0, ...terms.map((t) => t.length));
  const variants = Array.from({ length: widest }, (_, i) =>
    asWords(terms.map((t) => t[Math.min(i, t.length - 1)]!)),
  );
  return [...new Set(variants)].slice(0, MAX_VARIANTS);
}

/** Each term as spelled, its Simplified form first, then its other spellings; and the spellings added. */
function spelledTerms(
  original: readonly string[],
  simplified: readonly string[],
  otherSpellings: (term: string) => string[],
): { terms: Term[]; added: string[] } {
  const added: string[] = [];
  const terms = original.map((o, i): Term => {
    const s = simplified[i]!;
    const others = otherSpellings(s).filter((x) => x !== s && x !== o);
    added.push(...others);
    return [...new Set([s, ...others, o])];
  });
  return { terms, added: [...new Set(added)] };
}

/**
 * Asks Pagefind for the candidates of a query; reads no page text. Given one index, the typed
 * spelling is searched at once, while the Traditional → Simplified converter may still be
 * loading; given IndexForTerms, the index is opened once every spelling is known. A query
 * read as pinyin is searched as the words it stands for; the other spellings of an abbreviation
 * or full name are searched too, each counting as its term.
 */
export async function planQuery(
  index: PagefindLike | IndexForTerms,
  query: string,
  toSimplified: (query: string) => Promise<string>,
  expansions: QueryExpansions = {},
): Promise<QueryPlan> {
  const { pinyin, otherSpellings = () => [] } = expansions;
  const original = pinyin ? [] : splitTerms(query);
  const none = Promise.resolve(null);
  const typedWords = asWords(original);
  // One index is searched at once, while the converter may still be loading.
  const early = typeof index === 'function' ? undefined : index;
  const typedEarly = early && original.length ? early.search(typedWords) : undefined;
  // Term by term, so each Simplified term keeps its own original spelling.
  const simplified = await Promise.all(original.map(toSimplified));
  const wasConverted = simplified.some((s, i) => s !== original[i]);
  const spelled = spelledTerms(original, simplified, otherSpellings);
  const terms: Term[] = pinyin ? pinyin.terms : spelled.terms;
  const pagefind = early ?? (await (index as IndexForTerms)(terms));
  const typedLoose = typedEarly ?? (original.length ? pagefind.search(typedWords) : none);
  const variants = variantQueries(terms).filter((v) => v !== typedWords);
  // The first spelling (the Simplified query, or the pinyin's words) leads; the typed one follows.
  const looseSearches = [
    ...variants.slice(0, 1).map((v) => pagefind.search(v)),
    typedLoose,
    ...variants.slice(1).map((v) => pagefind.search(v)),
  ];

  const seen = new Set<string>();
  const ranked: PagefindResult[] = [];
  for (const response of await Promise.all(looseSearches)) {
    addUnseen(ranked, seen, response?.results ?? []);
  }
  let phrased: Promise<void> | undefined;
  const rewrites: QueryRewrite[] = [];
  let searched = query;
  if (pinyin) {
    searched = pinyin.terms.map((words) => words.join('、')).join(' ');
    rewrites.push({ kind: pinyin.as, from: query, to: searched });
  } else if (wasConverted) {
    searched = simplified.join(' ');
    rewrites.push({ kind: 'traditional', from: query, to: searched });
  }
  if (!pinyin && spelled.added.length) rewrites.push({ kind: 'spellings', also: spelled.added });
  const plan: QueryPlan = {
    pagefind,
    query,
    searched,
    rewrites,
    terms,
    ranked,
    phrases: () =>
      (phrased ??= Promise.all(
        // Pagefind matches one quoted phrase per search, so each spelling of each term is its own search.
        terms.map((spellings) => Promise.all(spellings.map((s) => pagefind.search(`"${segmentWords(s)}"`)))),
      ).then((phrases) => {
        const sets = phrases.map(idsOf);
        plan.phraseIds = new Set(
          sets.length ? [...sets[0]!].filter((id) => sets.every((set) => set.has(id))) : [],
        );
        // Phrase matches the loose search somehow lacks still count, after the ranked ones.
        addUnseen(
          ranked,
          seen,
          phrases.flat().flatMap((r) => r?.results ?? []),
        );
      })),
  };
  return plan;
}

/** The pages worth reading, by relevance: the first LOOSE_BUDGET loose matches and every phrase match. */
export const candidates = (plan: QueryPlan): PagefindResult[] =>
  plan.ranked.filter((r, i) => i < LOOSE_BUDGET || plan.phraseIds?.has(r.id));

/** Loose matches past LOOSE_BUDGET that no phrase search found: never read, so never shown. */
export const uncheckedCount = (plan: QueryPlan): number => plan.ranked.length - candidates(plan).length;

export const startMatches = (plan: QueryPlan): QueryMatches => ({ plan, checked: new Map(), related: [] });

async function check(matches: QueryMatches, candidate: PagefindResult): Promise<void> {
  const page = await candidate.data();
  const { terms } = matches.plan;
  const text = fold(joinSegments(withoutHiddenWords(page.content)));
  if (containsAll(text, terms)) {
    matches.checked.set(candidate.id, toHit(page, terms));
    return;
  }
  matches.checked.set(candidate.id, null);
  if (matches.related.length < RELATED_LIMIT && isRelated(text, terms))
    matches.related.push(toHit(page, terms));
}

/**
 * Reads candidates' text in order, BATCH_SIZE at a time, until `want` exact results lead the
 * order or it runs out; calls onBatch after each batch so the page can show them. The order is
 * asked for again after each batch, as the phrase matches may have arrived meanwhile.
 */
export async function fillExact(
  matches: QueryMatches,
  order: () => readonly PagefindResult[],
  want: number,
  onBatch: () => void = () => {},
): Promise<void> {
  for (;;) {
    const list = order();
    let found = 0;
    const batch: PagefindResult[] = [];
    for (const candidate of list) {
      const hit = matches.checked.get(candidate.id);
      if (hit === undefined) batch.push(candidate);
      else if (hit && batch.length === 0) found++;
      if (found >= want || batch.length >= BATCH_SIZE) break;
    }
    if (found >= want) return;
    if (batch.length === 0) {
      if (matches.plan.phraseIds) return;
      await matches.plan.phrases();
      continue;
    }
    await Promise.all(batch.map((candidate) => check(matches, candidate)));
    onBatch();
    void matches.plan.phrases();
  }
}

/** Page id → its values of the filters asked for, from Pagefind's filter index alone. */
export type FilterIndex = ReadonlyMap<string, Record<string, string[]>>;
/** Page id → its position when every page is sorted newest first. */
export type DateRank = ReadonlyMap<string, number>;
/** A filter value as Pagefind names it (来源, 年份, 标签). */
export interface FilterValue {
  name: string;
  value: string;
}

/** The filter values a state selects. */
export const selectedFilters = (state: SearchState): FilterValue[] =>
  FACETS.flatMap(({ param, filter }) => state.selected[param].map((value) => ({ name: filter, value })));

/** One filter-only search per filter value: the values given, or every value of every filter. */
export async function loadFilterIndex(
  pagefind: PagefindLike,
  only?: readonly FilterValue[],
): Promise<FilterIndex> {
  const facetNames = new Set<string>(FACETS.map((f) => f.filter));
  const wanted =
    only ??
    Object.entries(await pagefind.filters())
      .filter(([name]) => facetNames.has(name))
      .flatMap(([name, values]) => Object.keys(values).map((value) => ({ name, value })));
  const index = new Map<string, Record<string, string[]>>();
  await Promise.all(
    wanted.map(async ({ name, value }) => {
      const response = await pagefind.search(null, { filters: { [name]: value } });
      for (const { id } of response?.results ?? []) {
        const own = index.get(id) ?? {};
        (own[name] ??= []).push(value);
        index.set(id, own);
      }
    }),
  );
  return index;
}

/**
 * Every page newest first, from each index record's data-pagefind-sort="published:…". Pagefind
 * merges shards by score, and a sorted search scores a page by its place in its own shard, so
 * the shards opened (spans of dates; none given: one index without shards) are asked one by one
 * through their shard filter.
 */
export async function loadDateRank(pagefind: PagefindLike, shards?: readonly number[]): Promise<DateRank> {
  const sort = { published: 'desc' } as const;
  // The shards are counted from the oldest: the newest is asked first.
  const newestFirst = [...(shards ?? [])].sort((a, b) => b - a);
  const responses = await Promise.all(
    newestFirst.length
      ? newestFirst.map((i) => pagefind.search(null, { sort, filters: { [SHARD_FILTER]: shardName(i) } }))
      : [pagefind.search(null, { sort })],
  );
  return new Map(responses.flatMap((r) => r?.results ?? []).map((r, i) => [r.id, i]));
}

/**
 * The pages published within a range of days, from the day filter of each index record
 * (Pagefind has no range filter): the days the index holds, then one search for any of them.
 */
export async function loadDayRange(pagefind: PagefindLike, range: DayRange): Promise<ReadonlySet<string>> {
  const days = Object.keys((await pagefind.filters())[DAY_FILTER] ?? {}).filter((day) =>
    dayInRange(day, range),
  );
  if (days.length === 0) return new Set();
  const response = await pagefind.search(null, { filters: { [DAY_FILTER]: { any: days } } });
  return new Set((response?.results ?? []).map((r) => r.id));
}

const dayInRange = (day: string, { from, to }: DayRange): boolean =>
  (!from || day >= from) && (!to || day <= to);

/** True when a page read as a hit is within the state's date range, by its published time. */
export const publishedInRange = (hit: Hit, state: SearchState): boolean =>
  !state.range.from && !state.range.to
    ? true
    : hit.published !== undefined && dayInRange(shanghaiDay(hit.published), state.range);

/** What ordering a state needs besides relevance: the selected filters' pages, the date order, the date range. */
export interface OrderIndex {
  filters?: FilterIndex;
  dateRank?: DateRank;
  /** The pages published within the state's date range (loadDayRange). */
  inRange?: ReadonlySet<string>;
}

/**
 * True when a candidate may still be a result under the state's scope and date range: a page
 * read must hold the query (in its title, for a title-only search); one not read yet may.
 */
function mayBeResult(matches: QueryMatches, state: SearchState, index: OrderIndex): (id: string) => boolean {
  const ranged = state.range.from !== undefined || state.range.to !== undefined;
  if (ranged && !index.inRange) throw new Error('orderFor: the date range needs its pages (loadDayRange)');
  return (id) => {
    const hit = matches.checked.get(id);
    if (hit === null || (hit && state.scope === 'title' && !hit.inTitle)) return false;
    return !ranged || index.inRange!.has(id);
  };
}

/** The candidates that may be exact results under the state's scope, range and filters, in its order. */
export function orderFor(
  matches: QueryMatches,
  state: SearchState,
  index: OrderIndex = {},
): PagefindResult[] {
  const { filters, dateRank } = index;
  const filtered = selectedFilters(state).length > 0;
  if (filtered && !filters) throw new Error('orderFor: the selected filters need their filter index');
  if (state.sort === 'date' && !dateRank) throw new Error('orderFor: the date sort needs the date order');
  const may = mayBeResult(matches, state, index);
  const kept = candidates(matches.plan).filter(
    (c) => may(c.id) && (!filtered || passesFilters({ filters: filters!.get(c.id) ?? {} }, state)),
  );
  if (!dateRank || state.sort !== 'date') return kept;
  const rank = (c: PagefindResult) => dateRank.get(c.id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: equal dates keep their relevance order.
  return kept.sort((a, b) => rank(a) - rank(b));
}

/** The checked exact results that lead the order (never one after a page not yet read), at most `want`. */
export function shownHits(matches: QueryMatches, order: readonly PagefindResult[], want: number): Hit[] {
  const hits: Hit[] = [];
  for (const candidate of order) {
    if (hits.length >= want || !matches.checked.has(candidate.id)) break;
    const hit = matches.checked.get(candidate.id);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** True when the order holds exact or unread pages after the shown ones. */
export function hasMore(matches: QueryMatches, order: readonly PagefindResult[], shown: number): boolean {
  let exact = 0;
  for (const candidate of order) {
    const hit = matches.checked.get(candidate.id);
    // A page not read yet may be exact.
    if (hit === undefined || (hit && ++exact > shown)) return true;
  }
  return false;
}

/**
 * The ids counted as exact results under the state's scope and range: every page read and
 * found exact, and every phrase match not read yet (Pagefind's phrase search stands in for the
 * text until it is read; for a title-only search it may overcount, and the count says 约).
 */
export function exactIds(matches: QueryMatches, state: SearchState, index: OrderIndex = {}): string[] {
  const may = mayBeResult(matches, state, index);
  return candidates(matches.plan)
    .map((c) => c.id)
    .filter((id) => may(id) && (matches.checked.has(id) || Boolean(matches.plan.phraseIds?.has(id))));
}

/**
 * True when every candidate that may be a result has been read, so counts are exact rather than
 * Pagefind's phrase counts.
 */
export const allChecked = (matches: QueryMatches, state: SearchState, index: OrderIndex = {}): boolean => {
  const may = mayBeResult(matches, state, index);
  return candidates(matches.plan).every((c) => matches.checked.has(c.id) || !may(c.id));
};

export interface Counts {
  /** Exact results of the query within its scope and range (see exactIds). */
  total: number;
  /** Those that pass the selected filters. */
  filtered: number;
  facets: Facet[];
  /** True when every candidate was read: the counts are exact, not about. */
  exact: boolean;
}

/** Counts and filter facets over the exact results, from the full filter index (no page text read). */
export function countsFor(
  matches: QueryMatches,
  state: SearchState,
  filters: FilterIndex,
  index: OrderIndex = {},
): Counts {
  const items = exactIds(matches, state, index).map((id) => ({ filters: filters.get(id) ?? {} }));
  return {
    total: items.length,
    filtered: items.filter((item) => passesFilters(item, state)).length,
    facets: facetsFor(items, state),
    exact: allChecked(matches, state, index),
  };
}
