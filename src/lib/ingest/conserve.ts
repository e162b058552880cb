/**
 * The conservation check: every sentence of the source body reaches the article, exactly as
 * often as it occurs in one copy, in order. It compares what a reader will see (the Markdown
 * rendered back to text) with the source, so escaping or parsing mistakes are caught too.
 */
import { markdownToText } from '../markdown.ts';

/** Sentences end at 。！？； (and ! ? ;), keeping closing quotes and brackets with them. */
export function sentences(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const parts = paragraph.match(/[^。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*|$)/g) ?? [];
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed) out.push(trimmed);
    }
  }
  return out;
}

export interface ConservationResult {
  ok: boolean;
  /** First difference, for the error message. */
  problem?: string;
}

/** Does the Markdown render to exactly these sentences, in this order? */
export function checkConservation(sourceParagraphs: readonly string[], markdown: string): ConservationResult {
  const expected = sentences(sourceParagraphs);
  const actual = sentences(markdownToText(markdown));
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return {
        ok: false,
        problem:
          expected[i] === undefined
            ? `the article has an extra sentence ${i + 1}: "${actual[i]}"`
            : actual[i] === undefined
              ? `sentence ${i + 1} of the source is missing from the article: "${expected[i]}"`
              : `sentence ${i + 1} differs: source "${expected[i]}", article "${actual[i]}"`,
      };
    }
  }
  return { ok: true };
}

/** Is every sentence of `copy` found in `kept`, in order (as a subsequence)? Returns the first missing one. */
export function missingFrom(kept: readonly string[], copy: readonly string[]): string | undefined {
  let k = 0;
  for (const sentence of copy) {
    while (k < kept.length && kept[k] !== sentence) k++;
    if (k === kept.length) return sentence;
    k++;
  }
  return undefined;
}
