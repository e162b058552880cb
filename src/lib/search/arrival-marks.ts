/**
 * The query marked on arrival: a search result links to its article with the query in the URL
 * (?hl=…), and the article marks the query's occurrences with <mark> (findOccurrences, the
 * search page's own exact matching). The canonical URL stays the article's own.
 */
import type { Term } from './match.ts';
import { splitTerms } from './query.ts';

export const ARRIVAL_PARAM = 'hl';

/** The link from a search result to its article, carrying the query to mark. */
export function arrivalHref(articleHref: string, query: string): string {
  const terms = splitTerms(query);
  if (!terms.length) return articleHref;
  const [path, hash] = articleHref.split('#', 2) as [string, string | undefined];
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${ARRIVAL_PARAM}=${encodeURIComponent(terms.join(' '))}${hash === undefined ? '' : `#${hash}`}`;
}

/** The terms to mark, from the page's query string (none when it did not come from search). */
export function arrivalTerms(search: string): Term[] {
  const query = new URLSearchParams(search).get(ARRIVAL_PARAM) ?? '';
  return splitTerms(query).map((term) => [term]);
}

/** The page's URL once the marks are cleared: the same, without the query to mark. */
export function withoutArrival(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(ARRIVAL_PARAM);
  return parsed.pathname + parsed.search + parsed.hash;
}
