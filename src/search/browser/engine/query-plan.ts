/**
 * One query as Pagefind answers it, before any page text is read: the query split into terms,
 * rewritten (Traditional → Simplified, pinyin, other spellings), searched loosely for ranking and
 * as phrases for the likely exact results. page-reads.ts then reads the candidates' text.
 */
import type { Term } from '../match.ts';
import { splitTerms } from '../query.ts';
import { segmentWords } from '../../contract/segment.ts';
import type { PagefindLike, PagefindResult } from './pagefind-api.ts';

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
  /** A Latin query read as the pinyin (or initials) of archive words (pinyin-lookup.ts). */
  | { kind: 'pinyin' | 'initials'; from: string; to: string }
  /** The other spellings of an abbreviation or full name in the query, searched too (abbreviations.ts). */
  | { kind: 'spellings'; also: string[] };

/** The index to search for the query's terms: only the shards that may hold them (route-lookup.ts). */
export type IndexForTerms = (terms: readonly Term[]) => Promise<PagefindLike>;

/** What the sequence found the query may also mean, before it is planned. */
export interface QueryExpansions {
  /** The archive words a Latin query stands for, term by term (any of each term's words). */
  pinyin?: { as: 'pinyin' | 'initials'; terms: string[][] };
  /** The other spellings of a (Simplified) term: its abbreviation or full name. */
  otherSpellings?: (term: string) => string[];
}

/** Loose matches checked even when no phrase search found them (sub-words), by relevance. */
export const LOOSE_BUDGET = 100;

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
