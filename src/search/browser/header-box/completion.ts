/**
 * Keyword completions (联想) for the header search box: the archive's words, tags, sources and
 * titles that begin with what the reader has typed, the most useful first.
 */
import { foldString } from '../../contract/fold.ts';
import {
  longestPrefix,
  titleFile,
  vocabularyBucket,
  vocabularyFile,
  type SearchDataManifest,
  type VocabularyEntry,
  type VocabularyKind,
} from '../../contract/data-files.ts';

export interface Completion {
  text: string;
  kind: VocabularyKind;
}

/** Tags and sources name what the archive is organised by; a title is one article. */
const KIND_WEIGHT: Record<VocabularyKind, number> = { tag: 4, source: 3, word: 2, title: 1 };

/**
 * Entries that start with the typed text (folded: case and width do not matter), ranked by kind,
 * then by how many articles hold them, then shorter first; each text once.
 */
export function completions(typed: string, entries: Iterable<VocabularyEntry>, limit = 8): Completion[] {
  const prefix = foldString(typed.trim());
  if (!prefix) return [];
  const best = new Map<string, VocabularyEntry>();
  for (const entry of entries) {
    const [text, articles, kind] = entry;
    const folded = foldString(text);
    if (folded === prefix || !folded.startsWith(prefix)) continue;
    const known = best.get(text);
    if (!known || KIND_WEIGHT[kind] * 1e6 + articles > KIND_WEIGHT[known[2]] * 1e6 + known[1])
      best.set(text, entry);
  }
  const score = ([, articles, kind]: VocabularyEntry): number => KIND_WEIGHT[kind] * 1e6 + articles;
  return [...best.values()]
    .sort((a, b) => score(b) - score(a) || a[0].length - b[0].length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([text, , kind]) => ({ text, kind }));
}

/**
 * The files that hold every completion of the typed text: the words, tags and sources of its
 * first character, and the titles of its longest listed prefix (none until enough is typed to
 * reach one: the titles that begin with 我 alone are too many to offer).
 */
export function completionFiles(typed: string, manifest: SearchDataManifest): string[] {
  const prefix = foldString(typed.trim());
  const first = Array.from(prefix)[0];
  if (first === undefined) return [];
  const titles = longestPrefix(prefix, manifest.titlePrefixes);
  return [
    vocabularyFile(vocabularyBucket(first, manifest.vocabularyBuckets)),
    ...(titles === undefined ? [] : [titleFile(titles)]),
  ];
}
