/**
 * Excerpts built around the first exact occurrence of the query, instead of Pagefind's,
 * which highlight single characters wherever they occur (维权 would mark 产 and 权 of 产权).
 * The result is plain text pieces; only `mark` pieces are highlighted, so nothing in the
 * index can become markup.
 */
import { lastSentenceStart } from '../contract/sentences.ts';
import { findOccurrences, type Span, type Term } from './match.ts';

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Characters shown before the first match. */
  before?: number;
  /** Total characters in the excerpt. */
  length?: number;
}

/** text[start, end) as pieces, marking the spans inside it, with … where text was cut. */
function piecesOf(text: string, spans: readonly Span[], start: number, end: number): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    const last = pieces[pieces.length - 1];
    if (!piece) return;
    if (last && !last.mark && !mark) last.text += piece;
    else pieces.push({ text: piece, mark });
  };
  push(start > 0 ? '…' : '', false);
  let at = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    push(text.slice(at, span.start), false);
    push(text.slice(span.start, span.end), true);
    at = span.end;
  }
  push(text.slice(at, end), false);
  push(end < text.length ? '…' : '', false);
  return pieces;
}

/** The whole text with every occurrence of the terms marked (for titles). */
export function highlight(text: string, terms: readonly Term[]): ExcerptPiece[] {
  return piecesOf(text, findOccurrences(text, terms), 0, text.length);
}

/** About `length` characters of text around the first occurrence of the terms (its start when there is none). */
export function buildExcerpt(
  text: string,
  terms: readonly Term[],
  { before = 24, length = 96 }: ExcerptOptions = {},
): ExcerptPiece[] {
  const spans = findOccurrences(text, terms);
  const first = spans[0];
  let start = first ? Math.max(0, first.start - before) : 0;
  if (first) {
    // Start at a sentence when one begins shortly before the match.
    start += lastSentenceStart(text.slice(start, first.start));
  }
  const end = Math.min(text.length, Math.max(start + length, first?.end ?? 0));
  return piecesOf(text, spans, start, end);
}
