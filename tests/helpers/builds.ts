/**
 * For build tests that make their own builds: a scratch folder in the OS temp folder (outside the
 * project, as an operator's output folder may be), removed after the file's tests with the cache
 * folders of the builds made in it; and the check that two built folders hold the same bytes.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { buildCacheDir } from '../../src/build-tools/build-state.ts';
import { diffSites } from '../../tools/site-diff.ts';

/** A scratch folder for one test file's builds; call at the top of the file. */
export function scratchFolder(name: string): string {
  const work = mkdtempSync(join(tmpdir(), `news-archive-${name}-`));
  afterAll(() => {
    for (const entry of readdirSync(work))
      rmSync(buildCacheDir(process.cwd(), join(work, entry)), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });
  return work;
}

/** Expects `built` to hold exactly the files of `reference`, byte for byte (and more than `atLeast` of them). */
export function expectSameSite(built: string, reference: string, atLeast = 100): void {
  const diff = diffSites(reference, built);
  expect(diff.total).toBeGreaterThan(atLeast);
  expect({ added: diff.added, changed: diff.changed, removed: diff.removed }).toEqual({
    added: [],
    changed: [],
    removed: [],
  });
}
