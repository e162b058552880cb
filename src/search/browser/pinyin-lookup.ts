/**
 * Pinyin search (拼音转化): a Latin query that is the toneless pinyin of archive words, written
 * with or without spaces (hangzhou, gu wen hai), or the initials of a word of the titles, tags
 * or sources (zjs), stands for those words. Only exact keys of the compile-time table count:
 * pinyin of no archive word finds nothing, and no near spelling is guessed. A query that is a
 * Latin word of the archive (Asian Games, 415X) stays itself.
 */
import { foldString } from '../contract/fold.ts';
import { memo } from './memo.ts';
import {
  longestPrefix,
  pinyinFile,
  type PinyinShard,
  type SearchDataManifest,
} from '../contract/data-files.ts';

/** The query folded to a table key: lower-case letters only (ü typed as v), spaces dropped. */
export function pinyinKey(text: string): string | undefined {
  const key = foldString(text)
    .replace(/ü/gu, 'v')
    .replace(/[\s'’]+/gu, '');
  return /^[a-z]{2,}$/u.test(key) ? key : undefined;
}

/** The keys of the query's space-separated terms, when it has several. */
export function termKeys(text: string): string[] | undefined {
  const terms = foldString(text).trim().split(/\s+/u);
  if (terms.length < 2) return undefined;
  const keys = terms.map(pinyinKey);
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}

/** The file that holds a key: the one of its longest listed prefix. */
export function pinyinFileFor(key: string, prefixes: readonly string[]): string | undefined {
  const prefix = longestPrefix(key, prefixes);
  return prefix === undefined ? undefined : pinyinFile(prefix);
}

/** Every file that may hold a key that begins the text: one per listed prefix of the text. */
const filesForKeysOf = (text: string, prefixes: readonly string[]): string[] =>
  prefixes.filter((prefix) => text.startsWith(prefix)).map(pinyinFile);

export type PinyinReading =
  /** The query is a Latin word of the archive: search it as written. */
  | { as: 'latin' }
  /** Each term of the query and the archive words it stands for (any of them). */
  | { as: 'pinyin' | 'initials'; terms: string[][] };

type Lookup = { as: 'latin' } | { as: 'pinyin' | 'initials'; words: string[] } | undefined;

function lookUp(key: string, shard: PinyinShard | undefined): Lookup {
  if (!shard) return undefined;
  if (shard.latin.includes(key)) return { as: 'latin' };
  if (shard.pinyin[key]) return { as: 'pinyin', words: shard.pinyin[key] };
  if (shard.initials[key]) return { as: 'initials', words: shard.initials[key] };
  return undefined;
}

/** A phrase is read as at most this many archive words, giving at most this many phrases. */
const MAX_WORDS = 4;
const MAX_PHRASES = 8;

type Load = (file: string) => Promise<PinyinShard>;

/**
 * The phrases a key spells as consecutive archive words (zhishichanquan → 知识 + 产权 →
 * 知识产权): the segmenter cuts many compounds, so their pinyin is no single key. Only whole
 * words of two syllables or more, so no syllable is ever guessed.
 */
async function phrasesOf(key: string, prefixes: readonly string[], load: Load): Promise<string[]> {
  // The phrases from each place after each number of words, worked out once.
  const from: (at: number, words: number) => Promise<string[]> = memo(
    async (at: number, words: number): Promise<string[]> => {
      if (at === key.length) return [''];
      if (words === MAX_WORDS) return [];
      const rest = key.slice(at);
      const shards = await Promise.all(filesForKeysOf(rest, prefixes).map(load));
      const phrases: string[] = [];
      for (const shard of shards) {
        for (const [k, heads] of Object.entries(shard.pinyin)) {
          if (!rest.startsWith(k)) continue;
          for (const tail of await from(at + k.length, words + 1))
            for (const head of heads) if (phrases.length < MAX_PHRASES) phrases.push(head + tail);
        }
      }
      return phrases;
    },
    (at, words) => `${at}/${words}`,
  );
  return from(0, 0);
}

/** One key: a word of the table, or else a phrase of several. */
async function readKey(key: string, prefixes: readonly string[], load: Load): Promise<Lookup> {
  const file = pinyinFileFor(key, prefixes);
  const found = lookUp(key, file === undefined ? undefined : await load(file));
  if (found) return found;
  const phrases = await phrasesOf(key, prefixes, load);
  return phrases.length ? { as: 'pinyin', words: phrases } : undefined;
}

/**
 * What a Latin query stands for, reading the pinyin files through `load`. The whole query is
 * read first (hangzhou, gu wen hai); a query of several terms that is no archive word as a whole
 * is read term by term (ningbo zhishichanquan). Undefined: the query is no pinyin of the
 * archive, so it is searched as written (and finds nothing if no article holds it).
 */
export async function readPinyin(
  query: string,
  manifest: SearchDataManifest,
  load: Load,
): Promise<PinyinReading | undefined> {
  const prefixes = manifest.pinyinPrefixes;
  const whole = pinyinKey(query);
  if (whole === undefined) return undefined;
  const file = pinyinFileFor(whole, prefixes);
  const exact = lookUp(whole, file === undefined ? undefined : await load(file));
  if (exact?.as === 'latin') return exact;
  if (exact) return { as: exact.as, terms: [exact.words] };
  const keys = termKeys(query);
  if (keys) {
    const terms = await Promise.all(keys.map((key) => readKey(key, prefixes, load)));
    if (terms.every((t) => t !== undefined)) {
      // Every term a Latin word of the archive: the query is itself, not pinyin.
      if (terms.every((t) => t.as === 'latin')) return { as: 'latin' };
      const written = foldString(query).trim().split(/\s+/u);
      return {
        as: terms.some((t) => t.as === 'initials') ? 'initials' : 'pinyin',
        terms: terms.map((t, i) => (t.as === 'latin' ? [written[i]!] : t.words)),
      };
    }
  }
  const phrases = await phrasesOf(whole, prefixes, load);
  return phrases.length ? { as: 'pinyin', terms: [phrases] } : undefined;
}
