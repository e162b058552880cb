/**
 * A build cut into parts, to run on several machines at once (BUILD_PART=k/n): parts 1 … n−1
 * each write the article pages and search shards of one span of dates, and part n writes
 * everything else (the lists, the feeds, the home, archive, tag and source pages). A join step
 * (tools/join-parts.ts) puts their folders together into the site one build would
 * write, byte for byte, with the route files and search data made from every part's shards.
 * Spans are whole search shards, counted from the oldest as one build cuts them, so each shard is
 * written by exactly one part.
 */

export interface BuildPart {
  /** 1 … parts. */
  part: number;
  parts: number;
}

/** BUILD_PART as "k/n" (1 ≤ k ≤ n, n ≥ 2); undefined when unset: the whole site. Throws naming the variable. */
export function readBuildPart(raw: string | undefined): BuildPart | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const part = Number(match?.[1]);
  const parts = Number(match?.[2]);
  if (!match || parts < 2 || part < 1 || part > parts)
    throw new Error(
      `BUILD_PART="${value}" is not a part of a split build. Write it as k/n with 1 ≤ k ≤ n and n ≥ 2 (e.g. 1/3: parts 1 and 2 write the articles, part 3 the lists), or unset it to build the whole site.`,
    );
  return { part, parts };
}

/** True for the part that writes everything but the article pages and search shards (the last). */
export const isListsPart = ({ part, parts }: BuildPart): boolean => part === parts;

/**
 * The search shards [from, to) an article part writes: the n−1 article parts share the shards in
 * contiguous runs as equal as can be, the older runs first. Empty for the lists part.
 */
export function partShards(buildPart: BuildPart, shardCount: number): { from: number; to: number } {
  if (isListsPart(buildPart)) return { from: 0, to: 0 };
  const articleParts = buildPart.parts - 1;
  const start = (k: number): number => Math.round((k * shardCount) / articleParts);
  return { from: start(buildPart.part - 1), to: start(buildPart.part) };
}

/**
 * Which articles a part writes, by their place counted from the oldest (0 = the oldest): those
 * of its shards (`shardCount` shards of `shardSize`). Every article for a whole build (no part).
 */
export function writesArticle(
  buildPart: BuildPart | undefined,
  oldestFirstIndex: number,
  shardCount: number,
  shardSize: number,
): boolean {
  if (!buildPart) return true;
  const { from, to } = partShards(buildPart, shardCount);
  return oldestFirstIndex >= from * shardSize && oldestFirstIndex < to * shardSize;
}

/** Does a part write the lists, feeds and other pages (every page but the articles)? */
export const writesLists = (buildPart: BuildPart | undefined): boolean =>
  !buildPart || isListsPart(buildPart);
