/**
 * What a batch will do with each ingested file, decided before anything is written:
 * write, leave unchanged, skip (hand-edited), or fail (slug taken by different content).
 */
import { isUntouched, parseArticleFile } from '../article-file.ts';
import type { IngestResult } from './ingest.ts';

export type Action =
  | { kind: 'write'; result: IngestResult; target: string; replaces: boolean }
  | { kind: 'unchanged'; result: IngestResult; target: string }
  | { kind: 'skip'; result: IngestResult; target: string; reason: string }
  | { kind: 'fail'; rawPath: string; message: string };

export interface PlanInput {
  results: ReadonlyArray<{ rawPath: string; result: IngestResult }>;
  /** Target path for a slug. */
  targetFor: (slug: string) => string;
  /** Current text of a target, if it exists. */
  existing: (target: string) => string | undefined;
  force: boolean;
}

/** What a reader would see: everything but the provenance, which differs between two scrapes of one page. */
const contentOf = ({ article, body }: IngestResult): string =>
  JSON.stringify({ ...article, raw: undefined, ingestDigest: undefined }) + body;

/** The raw path recorded in a file ingest wrote (undefined if it cannot be read). */
function recordedRawPath(text: string): string | undefined {
  try {
    return parseArticleFile(text, '').data.raw.path;
  } catch {
    return undefined;
  }
}

export function planWrites({ results, targetFor, existing, force }: PlanInput): Action[] {
  const bySlug = new Map<string, Array<{ rawPath: string; result: IngestResult }>>();
  for (const entry of results) {
    const list = bySlug.get(entry.result.slug) ?? [];
    list.push(entry);
    bySlug.set(entry.result.slug, list);
  }
  const actions: Action[] = [];
  for (const { rawPath, result } of results) {
    const target = targetFor(result.slug);
    const sameSlug = bySlug.get(result.slug)!;
    const rivals = sameSlug.filter((e) => contentOf(e.result) !== contentOf(result));
    if (rivals.length > 0) {
      actions.push({
        kind: 'fail',
        rawPath,
        message: `${rawPath}: takes the slug "${result.slug}" (same title and day) as ${rivals.map((r) => r.rawPath).join(', ')}, but the content differs. Decide which scrape is right and remove the other, or fix the title`,
      });
      continue;
    }
    // The same article scraped twice: written once, from the first raw file.
    const first = sameSlug[0]!;
    if (first.rawPath !== rawPath) {
      actions.push({
        kind: 'skip',
        result,
        target,
        reason: `${rawPath} holds the same article as ${first.rawPath}; ${target} is written once, from ${first.rawPath}`,
      });
      continue;
    }
    const current = existing(target);
    if (current === undefined) {
      actions.push({ kind: 'write', result, target, replaces: false });
    } else if (current === result.fileText) {
      actions.push({ kind: 'unchanged', result, target });
    } else if (!force && !isUntouched(current)) {
      actions.push({
        kind: 'skip',
        result,
        target,
        reason: `${target} was edited by hand after ingest; not overwritten (use --force to replace it)`,
      });
    } else if (!force && recordedRawPath(current) !== rawPath) {
      actions.push({
        kind: 'fail',
        rawPath,
        message: `${rawPath}: ${target} already holds an article with the same slug from ${recordedRawPath(current) ?? 'another raw file'}. Check for a duplicate scrape, or use --force to replace it`,
      });
    } else {
      actions.push({ kind: 'write', result, target, replaces: true });
    }
  }
  return actions;
}
