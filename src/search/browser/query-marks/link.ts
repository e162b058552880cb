/**
 * A search result links to its article with the query it matched (?hl=知识产权, one parameter
 * per spelling searched: a Traditional query's Simplified spelling too), so the article can
 * mark it. The parameter never reaches the article's canonical URL, which stays the plain one.
 */
import { MARK_PARAM } from './param.ts';
import type { Term } from '../match.ts';
import { splitTerms } from '../query.ts';
/** A hand-made link cannot make the article mark more than this. */
const MAX_SPELLINGS = 10;
const MAX_SPELLING_LENGTH = 50;

/** The article's URL with every spelling of every term to mark. */
export function markedLink(url: string, terms: readonly Term[]): string {
  const params = new URLSearchParams();
  for (const spelling of new Set(terms.flat())) params.append(MARK_PARAM, spelling);
  const query = params.toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

/** The terms an article was opened to mark (none without the parameter), each spelling its own term. */
export function readMarkedTerms(search: string): Term[] {
  const spellings = new URLSearchParams(search)
    .getAll(MARK_PARAM)
    .flatMap(splitTerms)
    .filter((s) => [...s].length <= MAX_SPELLING_LENGTH);
  return [...new Set(spellings)].slice(0, MAX_SPELLINGS).map((s) => [s]);
}

/** The URL without the parameter, once the reader has cleared the marks. */
export function withoutMarks(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(MARK_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
