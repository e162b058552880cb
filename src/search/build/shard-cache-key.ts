/**
 * The key of a search shard's files: Pagefind writes the same bytes for the same records in the
 * same order (tests/build/incremental.test.ts builds twice and compares), so a shard whose
 * records, Pagefind version and place are unchanged can be copied from the last build instead
 * of indexed again. Counted from the oldest, every full shard keeps its key as articles arrive.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './index-record.ts';

/** `context` names what else shapes the files: Pagefind's version, its language, the shard's place. */
export function shardKey(
  records: ReadonlyArray<Pick<SearchRecord, 'url' | 'html'>>,
  context: string,
): string {
  const hash = createHash('sha256').update(context);
  for (const { url, html } of records) hash.update(`\u0000${url}\u0000${html}`);
  return hash.digest('hex').slice(0, 32);
}
