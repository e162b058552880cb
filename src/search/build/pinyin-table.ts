/**
 * The pinyin table of the archive (compile time): toneless pinyin → words, initials → words of
 * titles, tags and sources, and the archive's Latin words, cut into files by key prefix so that
 * one lookup fetches one small file (prefix-files.ts).
 */
import { splitByPrefix } from './prefix-files.ts';
import type { PinyinShard } from '../contract/data-files.ts';
import type { ArchiveVocabulary } from './vocabulary.ts';

export interface PinyinTable {
  pinyin: Map<string, string[]>;
  initials: Map<string, string[]>;
  latin: Set<string>;
}

const HAN = /^\p{Script=Han}+$/u;
const LETTERS = /^[a-z]+$/u;
/** Initials of shorter words (hz: 杭州, 湖州, 合作…) would be guesses, not words. */
const MIN_INITIALS = 3;

const add = (map: Map<string, string[]>, key: string, word: string): void => {
  const words = map.get(key);
  if (!words) map.set(key, [word]);
  else if (!words.includes(word)) words.push(word);
};

/** `syllablesOf`: a word's toneless syllables (pronunciation.ts at build time). */
export function buildPinyinTable(
  vocabulary: ArchiveVocabulary,
  syllablesOf: (word: string) => string[],
): PinyinTable {
  const table: PinyinTable = { pinyin: new Map(), initials: new Map(), latin: vocabulary.latin };
  // Most frequent first, so a key's words are listed in the order a reader most likely means.
  const byFrequency = [...vocabulary.words, ...vocabulary.spans]
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word);
  const words = [...new Set([...byFrequency, ...vocabulary.nameWords])].filter((w) => HAN.test(w));
  for (const word of words) {
    const syllables = syllablesOf(word);
    const key = syllables.join('');
    if (!LETTERS.test(key)) continue;
    add(table.pinyin, key, word);
    if (vocabulary.nameWords.has(word) && syllables.length >= MIN_INITIALS)
      add(table.initials, syllables.map((s) => s[0]).join(''), word);
  }
  return table;
}

/** The file of a group of keys. */
function shardOf(table: PinyinTable, keys: readonly string[]): PinyinShard {
  const shard: PinyinShard = { pinyin: {}, initials: {}, latin: [] };
  for (const key of keys) {
    const words = table.pinyin.get(key);
    if (words) shard.pinyin[key] = words;
    const initials = table.initials.get(key);
    if (initials) shard.initials[key] = initials;
    if (table.latin.has(key)) shard.latin.push(key);
  }
  return shard;
}

/** The table cut into files of at most `budget` gzip bytes: key prefix → file content. */
export function shardPinyinTable(table: PinyinTable, budget: number): Map<string, string> {
  const keys = [...table.pinyin.keys(), ...table.initials.keys(), ...table.latin].filter((k) =>
    LETTERS.test(k),
  );
  return splitByPrefix(keys, (group) => JSON.stringify(shardOf(table, group)), budget);
}
