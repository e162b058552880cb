/**
 * Where the compile-time search data lives in the built site (relative to the base path), and
 * the shape of each file: written by build/data-writer.ts when the site is built, read by the
 * search page and the header box (browser/data-fetch.ts). Small static JSON files, so a query
 * fetches only the few it needs: browser/header-box/completion.ts (completionFiles) and
 * browser/corrections.ts (correctionFiles) say which.
 */
export const SEARCH_DATA_FOLDER = 'search-data/';
export const MANIFEST_FILE = `${SEARCH_DATA_FOLDER}manifest.json`;
export const READINGS_FILE = `${SEARCH_DATA_FOLDER}readings.json`;
export const pinyinFile = (prefix: string): string => `${SEARCH_DATA_FOLDER}pinyin/${prefix}.json`;
export const vocabularyFile = (bucket: number): string => `${SEARCH_DATA_FOLDER}vocabulary/${bucket}.json`;
/** Titles by prefix; the file name spells the prefix's code points in hex (我省 → 6211-7701). */
export const titleFile = (prefix: string): string =>
  `${SEARCH_DATA_FOLDER}titles/${Array.from(prefix, (c) => c.codePointAt(0)!.toString(16)).join('-')}.json`;

/** The longest of the prefixes that begins the key: the file that holds it (prefix-files.ts). */
export function longestPrefix(key: string, prefixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const prefix of prefixes)
    if (key.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  return best;
}

export interface SearchDataManifest {
  /** The key prefixes of the pinyin files: a key is in the file of its longest prefix listed here. */
  pinyinPrefixes: string[];
  /** How many vocabulary files there are (vocabularyBucket). */
  vocabularyBuckets: number;
  /** The prefixes of the title files (folded titles): a title is in the file of its longest. */
  titlePrefixes: string[];
}

/** One pinyin file: toneless pinyin or initials → the archive's words; Latin words of the archive. */
export interface PinyinShard {
  /** Full toneless pinyin without spaces (ü as v) → words: hangzhou → 杭州. */
  pinyin: Record<string, string[]>;
  /** Initials of words in titles, tags and sources: zjs → 浙江省. */
  initials: Record<string, string[]>;
  /** Latin words (and runs of them) of the archive, folded, without spaces: they stay themselves. */
  latin: string[];
}

export type VocabularyKind = 'word' | 'tag' | 'source' | 'title';
/**
 * One entry of a vocabulary file (words, tags, sources) or a title file (titles): its text, how
 * many articles hold it, what it is.
 */
export type VocabularyEntry = [text: string, articles: number, kind: VocabularyKind];

/** Han text → syllable → the archive's characters read that way: "quan": "全权泉". */
export type CharacterReadings = Record<string, string>;

/**
 * The vocabulary file a character belongs to. Every word, tag and source is in the file of its
 * first character and of its second, so completion (which needs the first) and typo corrections
 * (an entry one edit away shares the query's first or second character at one of those places)
 * each fetch at most two files. Titles are too many for that and go by prefix (titleFile): many
 * begin alike (我省…), and a prefix's file is split until it is small.
 */
export const vocabularyBucket = (char: string, buckets: number): number => char.codePointAt(0)! % buckets;
