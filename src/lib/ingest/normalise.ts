/**
 * Whitespace and invisible characters, the same way for every input: line ends to LF,
 * NBSP/ideographic spaces/tabs to plain spaces, zero-width characters removed, blanks trimmed.
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n');
}

/** One line as it is compared and written: spaces folded, ends trimmed. */
export function normaliseLine(line: string): string {
  return (
    line
      // Zero-width characters and stray control codes (e.g. DOS end-of-file) carry no text.
      .replace(/[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]/g, '')
      .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}
