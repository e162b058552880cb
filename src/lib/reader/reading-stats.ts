/**
 * 字数 and 阅读时间 for Chinese text: every Han character counts as one 字, as does each run of
 * Latin letters or digits (a word or number); punctuation and spaces do not count.
 */

/** Characters per minute an adult reads Chinese news at; a common planning figure. */
export const CHARS_PER_MINUTE = 300;

const COUNTED = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

export function countCharacters(text: string): number {
  return text.match(COUNTED)?.length ?? 0;
}

/** Whole minutes, at least 1 for any text. */
export function readingMinutes(characters: number): number {
  return characters <= 0 ? 0 : Math.max(1, Math.ceil(characters / CHARS_PER_MINUTE));
}
