/**
 * One search, from the state in the URL to what the page shows. Pagefind finds the candidates
 * and ranks them; each candidate's full text then decides whether it holds every term as
 * written (exact, in Pagefind's order) or only loosely (related, shown after, or dropped).
 */
import { buildExcerpt, highlight, type ExcerptPiece } from './excerpt.ts';
import { facetsFor, filterAndSort, type Facet } from './facets.ts';
import { fold } from './fold.ts';
import { containsAll, isRelated, type Term } from './match.ts';
import { splitTerms } from './query.ts';
import type { SearchState } from './url-state.ts';

/** The part of Pagefind's result data() this page uses. */
export interface PagefindPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindLike {
  search(query: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindPage> }> } | null>;
}

export interface Hit {
  url: string;
  title: string;
  /** The title with the query marked. */
  titlePieces: ExcerptPiece[];
  date: string;
  source: string;
  published?: string;
  filters: Record<string, string[] | undefined>;
  excerpt: ExcerptPiece[];
}

/** What one query matched, before filters and sort (kept while a reader filters and sorts). */
export interface QueryMatches {
  query: string;
  /** The query as searched, when it was converted from Traditional script. */
  converted?: string;
  /** Pages holding every term as written, in Pagefind's relevance order. */
  exact: Hit[];
  /** Pages Pagefind matched that share part of the query (at most RELATED_LIMIT). */
  related: Hit[];
}

/** What the page shows for the state in the URL. */
export interface SearchView {
  /** Exact results after the selected filters, in the chosen order. */
  exact: Hit[];
  facets: Facet[];
}

export const RELATED_LIMIT = 10;

const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
/** Pagefind joins paragraphs with a space, which Chinese text does not have. */
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'gu');

/** Pagefind's text of a page is its title, ". ", then the article text. */
export function articleText(page: PagefindPage): string {
  const title = page.meta.title ?? '';
  const text =
    title && page.content.startsWith(title)
      ? page.content.slice(title.length).replace(/^[.\s]+/u, '')
      : page.content;
  return text.replace(SPACE_BETWEEN_CJK, '');
}

function toHit(page: PagefindPage, terms: readonly Term[]): Hit {
  const title = page.meta.title ?? page.url;
  return {
    url: page.url,
    title,
    titlePieces: highlight(title, terms),
    date: page.meta.date ?? '',
    source: page.meta.source ?? '',
    published: page.meta.published,
    filters: page.filters,
    // From the article text, so the excerpt does not repeat the title shown above it.
    excerpt: buildExcerpt(articleText(page), terms),
  };
}

export async function matchQuery(
  pagefind: PagefindLike,
  query: string,
  toSimplified: (query: string) => Promise<string>,
): Promise<QueryMatches> {
  const original = splitTerms(query);
  // Term by term, so each Simplified term keeps its own original spelling.
  const simplified = await Promise.all(original.map(toSimplified));
  const wasConverted = simplified.some((s, i) => s !== original[i]);
  // A term counts in either script, in case the converter changes a Simplified word.
  const terms: Term[] = original.map((o, i) => (simplified[i] === o ? [o] : [simplified[i]!, o]));

  const searches = wasConverted ? [simplified.join(' '), original.join(' ')] : [original.join(' ')];
  const seen = new Set<string>();
  const candidates: Array<{ data(): Promise<PagefindPage> }> = [];
  for (const search of searches) {
    if (!search) continue;
    for (const result of (await pagefind.search(search))?.results ?? []) {
      if (!seen.has(result.id)) {
        seen.add(result.id);
        candidates.push(result);
      }
    }
  }
  const pages = await Promise.all(candidates.map((c) => c.data()));

  const exact: Hit[] = [];
  const related: Hit[] = [];
  for (const page of pages) {
    const text = fold(page.content);
    if (containsAll(text, terms)) exact.push(toHit(page, terms));
    else if (related.length < RELATED_LIMIT && isRelated(text, terms)) related.push(toHit(page, terms));
  }
  return { query, converted: wasConverted ? simplified.join(' ') : undefined, exact, related };
}

export function viewFor(matches: QueryMatches, state: SearchState): SearchView {
  return { exact: filterAndSort(matches.exact, state), facets: facetsFor(matches.exact, state) };
}
