/**
 * Occurrences found in the text of an element, cut into the text nodes that hold it: an
 * occurrence may run across an inline element (知识<strong>产权</strong>), and each of its
 * pieces is marked in its own node.
 */
import type { Span } from '../match.ts';

export interface NodeSpan {
  /** Index of the text node. */
  node: number;
  /** Offsets within that node's text. */
  start: number;
  end: number;
  /** Index of the occurrence it belongs to (the first one is scrolled to). */
  occurrence: number;
}

/** Spans in the joined text of nodes of these lengths → their pieces per node, in document order. */
export function spansInNodes(nodeLengths: readonly number[], spans: readonly Span[]): NodeSpan[] {
  const pieces: NodeSpan[] = [];
  let nodeStart = 0;
  let node = 0;
  spans.forEach((span, occurrence) => {
    while (node < nodeLengths.length && nodeStart + nodeLengths[node]! <= span.start) {
      nodeStart += nodeLengths[node]!;
      node++;
    }
    let n = node;
    let at = nodeStart;
    while (n < nodeLengths.length && at < span.end) {
      const end = at + nodeLengths[n]!;
      const start = Math.max(span.start, at);
      if (start < Math.min(span.end, end))
        pieces.push({ node: n, start: start - at, end: Math.min(span.end, end) - at, occurrence });
      at = end;
      n++;
    }
  });
  return pieces;
}
