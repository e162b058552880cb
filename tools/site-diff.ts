/**
 * What a deploy of a rebuilt site must upload: the files added, changed (by content) and removed
 * between two built folders. An rsync or CDN deploy sends exactly these, so their share of the
 * site is what a small change costs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../src/lib/deploy/built-site.ts';

export interface SiteDiff {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files in the newer build. */
  total: number;
}

/** Every file of a built folder with a digest of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(
    builtFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** The difference between two built folders, each list sorted. */
export function diffSites(before: string, after: string): SiteDiff {
  const old = fileDigests(before);
  const now = fileDigests(after);
  const added: string[] = [];
  const changed: string[] = [];
  for (const [file, digest] of now) {
    const was = old.get(file);
    if (was === undefined) added.push(file);
    else if (was !== digest) changed.push(file);
  }
  const removed = [...old.keys()].filter((file) => !now.has(file));
  return { added, changed, removed, total: now.size };
}

/** Added, changed and removed files as a percentage of the newer build's files. */
export const changedShare = (diff: SiteDiff): number =>
  diff.total === 0 ? 0 : (100 * (diff.added.length + diff.changed.length + diff.removed.length)) / diff.total;
