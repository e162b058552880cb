/**
 * Every compile-time search data file, built from the archive's vocabulary (vocabulary.ts): the
 * pinyin table (pinyin-table.ts); the words, tags and sources for completion and typo corrections
 * in files by character; the titles in files by prefix; the readings of the archive's characters
 * (for 同音字); and a manifest saying how the files are cut. Returns path → content; the build
 * writes them into the site with the search index (src/search/build/index-writer.ts).
 */
import { foldString } from '../contract/fold.ts';
import { buildPinyinTable, shardPinyinTable } from './pinyin-table.ts';
import { splitByPrefix } from './prefix-files.ts';
import {
  MANIFEST_FILE,
  pinyinFile,
  READINGS_FILE,
  titleFile,
  vocabularyBucket,
  vocabularyFile,
  type CharacterReadings,
  type SearchDataManifest,
  type VocabularyEntry,
} from '../contract/data-files.ts';
import type { ArchiveVocabulary } from './vocabulary.ts';

export interface Pronunciation {
  /** A word's toneless syllables (杭州 → hang, zhou). */
  syllablesOf: (word: string) => string[];
  /** Every reading of one character (行 → xing, hang, heng). */
  readingsOf: (char: string) => string[];
}

/** Gzip budget of one pinyin file: a query reads one, or one per word of a phrase. */
export const PINYIN_FILE_BUDGET = 12_000;
/** Gzip budget of one title file. */
export const TITLE_FILE_BUDGET = 12_000;
/** About this many bytes of JSON per vocabulary file. */
const VOCABULARY_FILE_SIZE = 24_000;

/** Words, tags and sources, each in the file of its first and of its second character. */
function vocabularyFiles(entries: readonly VocabularyEntry[]): Map<number, VocabularyEntry[]> {
  const bytes = entries.reduce((sum, [text]) => sum + text.length * 3 + 12, 0) * 2;
  const buckets = Math.max(1, Math.ceil(bytes / VOCABULARY_FILE_SIZE));
  const files = new Map<number, VocabularyEntry[]>();
  for (let bucket = 0; bucket < buckets; bucket++) files.set(bucket, []);
  for (const entry of entries) {
    const chars = Array.from(foldString(entry[0])).slice(0, 2);
    for (const bucket of new Set(chars.map((c) => vocabularyBucket(c, buckets))))
      files.get(bucket)!.push(entry);
  }
  return files;
}

/** Titles by folded prefix; one article's title once, however many articles share it. */
function titleFiles(titles: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
  const byKey = new Map<string, VocabularyEntry[]>();
  for (const [title, articles] of counts) {
    const key = foldString(title);
    byKey.set(key, [...(byKey.get(key) ?? []), [title, articles, 'title']]);
  }
  return splitByPrefix(
    [...byKey.keys()],
    (keys) => JSON.stringify(keys.flatMap((key) => byKey.get(key)!)),
    TITLE_FILE_BUDGET,
  );
}

function characterReadings(
  texts: Iterable<string>,
  readingsOf: (char: string) => string[],
): CharacterReadings {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text) if (/\p{Script=Han}/u.test(char)) chars.add(char);
  const readings: CharacterReadings = {};
  for (const char of [...chars].sort())
    for (const syllable of readingsOf(char)) readings[syllable] = (readings[syllable] ?? '') + char;
  return readings;
}

export function buildSearchData(
  vocabulary: ArchiveVocabulary,
  pronunciation: Pronunciation,
): Map<string, string> {
  const files = new Map<string, string>();
  const pinyin = shardPinyinTable(
    buildPinyinTable(vocabulary, pronunciation.syllablesOf),
    PINYIN_FILE_BUDGET,
  );
  for (const [prefix, json] of pinyin) files.set(pinyinFile(prefix), json);
  const entries: VocabularyEntry[] = [
    ...[...vocabulary.tags].map(([text, n]): VocabularyEntry => [text, n, 'tag']),
    ...[...vocabulary.sources].map(([text, n]): VocabularyEntry => [text, n, 'source']),
    ...[...vocabulary.words].map(([text, n]): VocabularyEntry => [text, n, 'word']),
  ];
  const buckets = vocabularyFiles(entries);
  for (const [bucket, inBucket] of buckets) files.set(vocabularyFile(bucket), JSON.stringify(inBucket));
  const titles = titleFiles(vocabulary.titles);
  for (const [prefix, json] of titles) files.set(titleFile(prefix), json);
  const texts = [...entries.map(([text]) => text), ...vocabulary.titles];
  files.set(READINGS_FILE, JSON.stringify(characterReadings(texts, pronunciation.readingsOf)));
  const manifest: SearchDataManifest = {
    pinyinPrefixes: [...pinyin.keys()].sort(),
    vocabularyBuckets: buckets.size,
    titlePrefixes: [...titles.keys()].sort(),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}
