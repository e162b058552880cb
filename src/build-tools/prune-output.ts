/**
 * An incremental build writes into the output folder the last build left (src/build-tools/
 * build-state.ts): pages it could keep stay as they are, everything else is written anew. What
 * is left over from the last build and not written by this one (an article deleted, a list
 * grown shorter, an asset renamed) must go, or the folder would differ from a cold build's.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteListing {
  /** Files, relative and "/"-separated; a folder listed whole (not opened) appears as "folder/". */
  files: string[];
  /** Folders opened, "/"-terminated. */
  folders: string[];
}

/**
 * Lists the files under `dir` in one pass. Folders `whole(folder)` says need not be opened (the
 * search index's content-hashed fragment and chunk folders: a hundred thousand files at 100,000
 * articles, written and cleaned by the index writer) are listed as themselves.
 */
export function listSite(dir: string, whole: (folder: string) => boolean = () => false): SiteListing {
  const listing: SiteListing = { files: [], folders: [] };
  const visit = (relativeDir: string): void => {
    for (const entry of readdirSync(join(dir, relativeDir), { withFileTypes: true })) {
      const path = `${relativeDir}${entry.name}`;
      if (!entry.isDirectory()) listing.files.push(path);
      else if (whole(`${path}/`)) listing.files.push(`${path}/`);
      else {
        listing.folders.push(`${path}/`);
        visit(`${path}/`);
      }
    }
  };
  visit('');
  return listing;
}

/**
 * Removes every file of a listing last written before `startedAt` (ms, on the file system's
 * clock) that this build did not keep on purpose (`kept`: the pages Astro kept, the public files,
 * which are copied with their own times), then the folders left empty. `.git/` is never touched,
 * nor the `owned` folders (the search index's, kept in order by its writer). Returns the files
 * removed; the listing is updated.
 */
export function pruneOutput(
  outDir: string,
  listing: SiteListing,
  startedAt: number,
  kept: ReadonlySet<string>,
  owned: readonly string[] = [],
): string[] {
  const skipped = ['.git/', ...owned];
  const removed: string[] = [];
  listing.files = listing.files.filter((file) => {
    if (kept.has(file) || file.endsWith('/') || skipped.some((folder) => file.startsWith(folder)))
      return true;
    if (statSync(join(outDir, file)).mtimeMs >= startedAt) return true;
    unlinkSync(join(outDir, file));
    removed.push(file);
    return false;
  });
  // The folders of removed files, deepest first, so a folder emptied by its children's removal goes too.
  const parents = (file: string): string[] =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`);
  const emptied = [...new Set(removed.flatMap(parents))].sort((a, b) => b.length - a.length);
  const gone = new Set<string>();
  for (const folder of emptied)
    if (readdirSync(join(outDir, folder)).length === 0) {
      rmdirSync(join(outDir, folder));
      gone.add(folder);
    }
  listing.folders = listing.folders.filter((folder) => !gone.has(folder));
  return removed;
}

/** Every file under a folder (the public folder), relative and "/"-separated; none when it is missing. */
export function folderFiles(dir: string): string[] {
  try {
    return listSite(dir).files;
  } catch {
    return [];
  }
}
