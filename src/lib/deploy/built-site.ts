/** Reading a built site folder (dist/): its files, and the one policy its pages carry. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sitePolicy } from './headers.ts';

/** Every file under `dir`, relative and "/"-separated, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The Content Security Policy every built page carries (throws if a page has none or differs).
 * With `since` (ms, the file system's clock), only the pages written since then are read, and the
 * home page: the others were kept from the last build, which read them.
 */
export function readSitePolicy(
  dir: string,
  files: readonly string[] = builtFiles(dir),
  since?: number,
): string {
  const written = (file: string): boolean =>
    since === undefined || file === 'index.html' || statSync(join(dir, file)).mtimeMs >= since;
  // One page at a time: 100,000 articles' pages held at once are gigabytes.
  function* pages(): Generator<{ file: string; html: string }> {
    for (const file of files)
      if (file.endsWith('.html') && written(file))
        yield { file, html: readFileSync(join(dir, file), 'utf8') };
  }
  return sitePolicy(pages());
}
