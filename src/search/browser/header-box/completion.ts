/**
 * Keyword suggestions (联想) for the header search box: the archive's words, tags, sources and
 * titles that begin with what the reader has typed, the most useful first.
 */
import { foldString } from '../../contract/fold.ts';
import type { VocabularyEntry, VocabularyKind } from '../../contract/data-files.ts';

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
