/**
 * An incremental build writes into the output folder the last build left (src/build-tools/
 * build-state.ts): pages it could keep stay as they are, everything else is written anew. What
 * is left over from the last build and not written by this one (an article deleted, a list
 * grown shorter, an asset renamed) must go, or the folder would differ from a cold build's.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Files and folders under `dir` ("/"-separated, relative; folders end in "/"), deepest folders last, skipping `skipped` folders. */
function walk(dir: string, skipped: readonly string[]): { files: string[]; folders: string[] } {
  const found = { files: [] as string[], folders: [] as string[] };
  const visit = (relativeDir: string): void => {
    for (const entry of readdirSync(join(dir, relativeDir), { withFileTypes: true })) {
      const path = `${relativeDir}${entry.name}`;
      if (entry.isDirectory()) {
        if (skipped.includes(`${path}/`)) continue;
        found.folders.push(`${path}/`);
        visit(`${path}/`);
      } else found.files.push(path);
    }
  };
  visit('');
  return found;
}

/**
 * Removes every file of `outDir` last written before `startedAt` (ms, on the file system's
 * clock) that this build did not keep on purpose (`kept`, relative "/"-separated paths: the pages
 * Astro kept, the public files, which are copied with their own times), then the folders left
 * empty. Returns what it removed. `.git/` is never touched, nor the `owned` folders.
 */
export function pruneOutput(
  outDir: string,
  startedAt: number,
  kept: ReadonlySet<string>,
  /** Top-level folders ("pagefind/") whose writer keeps them in order itself. */
  owned: readonly string[] = [],
): string[] {
  const { files, folders } = walk(outDir, ['.git/', ...owned]);
  const removed: string[] = [];
  for (const file of files) {
    if (kept.has(file) || statSync(join(outDir, file)).mtimeMs >= startedAt) continue;
    unlinkSync(join(outDir, file));
    removed.push(file);
  }
  // Deepest first, so a folder emptied by its children's removal goes too.
  for (const folder of folders.sort((a, b) => b.length - a.length))
    if (readdirSync(join(outDir, folder)).length === 0) rmdirSync(join(outDir, folder));
  return removed;
}

/** Every file under a folder (the public folder), relative and "/"-separated; none when it is missing. */
export function folderFiles(dir: string): string[] {
  try {
    return walk(dir, []).files;
  } catch {
    return [];
  }
}
