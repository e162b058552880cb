/** Sizes of a built site: folders, and the weight of an article page's first view. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles } from '../../src/lib/deploy/built-site.ts';

export function folderBytes(dir: string): number {
  return builtFiles(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

/** A script and every module it imports statically (not import(), which loads later), once each. */
function withStaticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/\bimport\s*(?:[^"'`()]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map((m) =>
    join(dirname(file), m[1]!),
  );
  return [file, ...imported.flatMap((f) => withStaticImports(f, seen))];
}

/** HTML + CSS + JS of an article page's first view, gzipped as a static host would (level 6). */
export function articleFirstViewGzip(distDir: string): { bytes: number; files: string[] } {
  const articles = readdirSync(join(distDir, 'articles'));
  const htmlPath = join(distDir, 'articles', articles[0]!, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((a) => !a.includes('pagefind'))
    .map((a) => join(distDir, a.replace(/^\/+/, '')));
  const seen = new Set<string>();
  const files = [htmlPath, ...assets.flatMap((a) => (a.endsWith('.js') ? withStaticImports(a, seen) : [a]))];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 6 }).length, 0);
  return { bytes, files: files.map((f) => f.slice(distDir.length)) };
}
