/**
 * Folding for exact matching: fullwidth → halfwidth (NFKC) and Latin case, one code point
 * at a time, so that every position in the folded text maps back to the original text
 * (excerpts highlight the original characters, not the folded ones).
 */
export interface FoldedText {
  folded: string;
  /** origin[i] is the index in the original text of folded[i]; origin[folded.length] = text.length. */
  origin: number[];
}

export function foldChar(char: string): string {
  return char.normalize('NFKC').toLowerCase();
}

export function fold(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    for (let k = 0; k < out.length; k++) origin.push(index);
    folded += out;
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** fold(text).folded, without the map back to the original. */
export function foldString(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}
