/**
 * Exact matching of query terms in a page's text. Pagefind indexes Chinese one character
 * at a time, so its results only say "every character occurs somewhere"; these functions
 * decide whether the page contains each term as written.
 */
import { fold, foldString, type FoldedText } from '../contract/fold.ts';
import { HAN_CHAR } from './query.ts';

/** One query term and the other spellings that count as it (e.g. its Traditional original). */
export type Term = readonly string[];

export interface Span {
  start: number;
  end: number;
}

/** Every occurrence of any spelling of any term, in the original text's positions, in order, not overlapping. */
export function findOccurrences(text: FoldedText | string, terms: readonly Term[]): Span[] {
  const { folded, origin } = typeof text === 'string' ? fold(text) : text;
  const needles = [...new Set(terms.flat().map(foldString).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  const spans: Span[] = [];
  let i = 0;
  while (i < folded.length) {
    const needle = needles.find((n) => folded.startsWith(n, i));
    if (needle) {
      spans.push({ start: origin[i]!, end: origin[i + needle.length]! });
      i += needle.length;
    } else {
      i++;
    }
  }
  return spans;
}

/** True when the text contains every term (some spelling of it) as written. */
export function containsAll(text: FoldedText | string, terms: readonly Term[]): boolean {
  const { folded } = typeof text === 'string' ? fold(text) : text;
  return terms.every((spellings) => spellings.some((s) => folded.includes(foldString(s))));
}

/** The pieces of a term worth showing as a related match: Chinese pairs of characters, or the whole Latin/digit term. */
function relatedPieces(term: string): string[] {
  const chars = [...foldString(term)];
  if (chars.length < 3 || !chars.every((c) => HAN_CHAR.test(c))) return [chars.join('')];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * A loose match is "related" when it shares a whole term, or two adjacent characters of a
 * Chinese term, with the query: 浙江工业大学 is related to 浙江大学 (浙江, 大学), but a page that
 * merely holds 张, 小 and 云 somewhere is not related to 张小云.
 */
export function isRelated(text: FoldedText | string, terms: readonly Term[]): boolean {
  const { folded } = typeof text === 'string' ? fold(text) : text;
  return terms.some((spellings) =>
    spellings.some((s) => relatedPieces(s).some((piece) => folded.includes(piece))),
  );
}
