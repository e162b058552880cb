/**
 * Typo corrections (纠错, 您是不是要找：): the archive's words, tags, sources and titles closest to a
 * query that found nothing or little. Closeness is edit distance in characters, where a
 * character swapped for one read the same way (同音字: 全 for 权) costs half, so 知识产全 finds
 * 知识产权 first. Only entries of the vocabulary files are offered: nothing outside the archive.
 */
import { foldString } from '../contract/fold.ts';
import {
  longestPrefix,
  READINGS_FILE,
  titleFile,
  vocabularyBucket,
  vocabularyFile,
  type CharacterReadings,
  type SearchDataManifest,
  type VocabularyEntry,
  type VocabularyKind,
} from '../contract/data-files.ts';

export interface Correction {
  text: string;
  kind: VocabularyKind;
  /** The edit cost from the query (lower is closer). */
  cost: number;
}

const SAME_SOUND = 0.5;

/** Edit distance where substituting characters that share a reading costs SAME_SOUND. */
export function editCost(a: string, b: string, sameSound: (x: string, y: string) => boolean): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const swap = x[i - 1] === y[j - 1] ? 0 : sameSound(x[i - 1]!, y[j - 1]!) ? SAME_SOUND : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + swap));
    }
    previous = row;
  }
  return previous[y.length]!;
}

/** How far a query of this many characters may be from a correction: one edit, more for long ones. */
export const allowedCost = (length: number): number => (length < 2 ? 0 : Math.max(1, Math.floor(length / 6)));

/** `readings`: syllable → characters read that way (the archive's readings file). */
export function sameSoundTest(readings: Record<string, string>): (x: string, y: string) => boolean {
  const soundsOf = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(readings))
    for (const char of chars) soundsOf.set(char, (soundsOf.get(char) ?? new Set()).add(syllable));
  return (x, y) => {
    const a = soundsOf.get(x);
    const b = soundsOf.get(y);
    return !!a && !!b && [...a].some((s) => b.has(s));
  };
}

/** The closest entries to the query, closest first, then the most frequent; never the query itself. */
export function closestCorrections(
  query: string,
  entries: Iterable<VocabularyEntry>,
  sameSound: (x: string, y: string) => boolean,
  limit = 5,
): Correction[] {
  const folded = foldString(query.trim());
  const length = [...folded].length;
  const allowed = allowedCost(length);
  if (allowed === 0) return [];
  const found = new Map<string, Correction & { articles: number }>();
  for (const [text, articles, kind] of entries) {
    const candidate = foldString(text);
    if (candidate === folded || Math.abs([...candidate].length - length) > allowed) continue;
    const cost = editCost(folded, candidate, sameSound);
    if (cost > allowed) continue;
    const known = found.get(text);
    if (!known || known.articles < articles) found.set(text, { text, kind, cost, articles });
  }
  return [...found.values()]
    .sort((a, b) => a.cost - b.cost || b.articles - a.articles || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map(({ text, kind, cost }) => ({ text, kind, cost }));
}

/**
 * The files that hold every word, tag and source one edit from the query (those of its first
 * and second characters: vocabularyBucket), and the titles that begin as it does (a title typed
 * with a slip in its first characters is not found).
 */
export function correctionFiles(query: string, manifest: SearchDataManifest): string[] {
  const folded = foldString(query.trim());
  const chars = Array.from(folded).slice(0, 2);
  const buckets = new Set(chars.map((c) => vocabularyBucket(c, manifest.vocabularyBuckets)));
  const titles = longestPrefix(folded, manifest.titlePrefixes);
  return [...[...buckets].map(vocabularyFile), ...(titles === undefined ? [] : [titleFile(titles)])];
}

/** The corrections of a query, reading only the files that may hold them (correctionFiles) and the readings. */
export async function correctionsOf(
  query: string,
  manifest: SearchDataManifest,
  load: (path: string) => Promise<unknown>,
): Promise<Correction[]> {
  const [files, readings] = await Promise.all([
    Promise.all(correctionFiles(query, manifest).map((path) => load(path) as Promise<VocabularyEntry[]>)),
    load(READINGS_FILE) as Promise<CharacterReadings>,
  ]);
  return closestCorrections(query, files.flat(), sameSoundTest(readings));
}
