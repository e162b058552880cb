/**
 * Excerpts built around the first exact occurrence of the query, instead of Pagefind's,
 * which highlight single characters wherever they occur (维权 would mark 产 and 权 of 产权).
 * The result is plain text pieces; only `mark` pieces are highlighted, so nothing in the
 * index can become markup.
 */
import { findOccurrences, type Term } from './match.ts';

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

export function buildExcerpt(
  text: string,
  terms: readonly Term[],
  { before = 24, length = 96 }: ExcerptOptions = {},
): ExcerptPiece[] {
  const all = findOccurrences(text, terms);
  const first = all[0];
  const start = first ? Math.max(0, first.start - before) : 0;
  const end = Math.min(text.length, Math.max(start + length, first?.end ?? 0));
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece) pieces.push({ text: piece, mark });
  };
  push(start > 0 ? '…' : '', false);
  let at = start;
  for (const span of all) {
    if (span.start < start || span.end > end) continue;
    push(text.slice(at, span.start), false);
    push(text.slice(span.start, span.end), true);
    at = span.end;
  }
  push(text.slice(at, end), false);
  push(end < text.length ? '…' : '', false);
  // Join adjacent plain pieces (the ellipses).
  return pieces.reduce<ExcerptPiece[]>((out, piece) => {
    const last = out[out.length - 1];
    if (last && !last.mark && !piece.mark) last.text += piece.text;
    else out.push({ ...piece });
    return out;
  }, []);
}
