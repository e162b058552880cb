/**
 * What the route files and the search data need of one shard, besides its Pagefind files: its
 * span of days, the words Pagefind can match in it (route-writer.ts) and its share of the
 * archive's vocabulary (vocabulary.ts). Kept beside each cached shard, so a build that reuses a
 * shard reads none of its articles, and merged shard by shard, oldest first, into exactly what
 * one pass over every article gives: counts add up and every map keeps the order its keys first
 * appeared in.
 */
import type { ShardSpan } from '../contract/route-files.ts';
import { emptyVocabulary, type ArchiveVocabulary } from './vocabulary.ts';

export interface ShardSummary {
  span: ShardSpan;
  /** Every word Pagefind can match in the shard (route forms). */
  words: Set<string>;
  vocabulary: ArchiveVocabulary;
}

/** A summary as JSON, maps and sets as arrays in their order. */
export function summaryJson({ span, words, vocabulary: v }: ShardSummary): string {
  return JSON.stringify({
    span,
    words: [...words],
    vocabulary: {
      words: [...v.words],
      spans: [...v.spans],
      nameWords: [...v.nameWords],
      tags: [...v.tags],
      sources: [...v.sources],
      titles: v.titles,
      latin: [...v.latin],
    },
  });
}

type Json = {
  span: ShardSpan;
  words: string[];
  vocabulary: {
    words: [string, number][];
    spans: [string, number][];
    nameWords: string[];
    tags: [string, number][];
    sources: [string, number][];
    titles: string[];
    latin: string[];
  };
};

export function parseSummary(json: string): ShardSummary {
  const { span, words, vocabulary: v } = JSON.parse(json) as Json;
  return {
    span,
    words: new Set(words),
    vocabulary: {
      words: new Map(v.words),
      spans: new Map(v.spans),
      nameWords: new Set(v.nameWords),
      tags: new Map(v.tags),
      sources: new Map(v.sources),
      titles: v.titles,
      latin: new Set(v.latin),
    },
  };
}

const addCounts = (into: Map<string, number>, from: ReadonlyMap<string, number>): void => {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
};
const addAll = (into: Set<string>, from: ReadonlySet<string>): void => {
  for (const key of from) into.add(key);
};

/** The vocabulary of shards merged in their order (oldest first): the same as one pass over their articles. */
export function mergeVocabularies(parts: Iterable<ArchiveVocabulary>): ArchiveVocabulary {
  const merged = emptyVocabulary();
  for (const part of parts) {
    addCounts(merged.words, part.words);
    addCounts(merged.spans, part.spans);
    addAll(merged.nameWords, part.nameWords);
    addCounts(merged.tags, part.tags);
    addCounts(merged.sources, part.sources);
    for (const title of part.titles) merged.titles.push(title);
    addAll(merged.latin, part.latin);
  }
  return merged;
}
