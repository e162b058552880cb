/**
 * The import graph of the code as the layer tests read it, from the source text: relative imports
 * resolved to files, bare ones kept as package names. An .astro file's browser code is its
 * bundled <script> blocks (not is:inline ones, which Astro leaves as they are).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CODE = /\.(ts|mts|js|mjs|astro)$/;

/** A path relative to the repository, with forward slashes. */
export const repoPath = (file: string): string => relative(ROOT, file).split(sep).join('/');

/** Every code file under a folder of the repository. */
export function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier in code: `from '…'`, bare `import '…'` and `import('…')`. */
export function specifiers(code: string): string[] {
  // A specifier starts like a path or a package name: not the ', ' of ['from', 'to'].
  const found = code.matchAll(/\b(?:from|import)\s*\(?\s*(?:\/\*[^*]*\*\/\s*)?(['"])([.@/\w][^'"\n]*)\1/g);
  return [...found].map((m) => m[2]!);
}

/** The code of an .astro file's bundled <script> blocks: what it ships to the browser. */
export function browserScripts(astro: string): string[] {
  return [...astro.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bis:inline\b|\btype=/.test(attributes))
    .map((m) => m[2]!);
}

/** A package's name from a bare specifier: pinyin-pro, @scope/name, node:fs. */
export const packageName = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

export interface Imports {
  /** The files imported by relative paths (absolute paths). */
  files: string[];
  /** The packages imported (node:… included). */
  packages: string[];
}

/** What some code imports, resolved from the file it is in. */
export function importsOf(file: string, code: string = readFileSync(file, 'utf8')): Imports {
  const specs = specifiers(code);
  return {
    files: specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s)),
    packages: specs.filter((s) => !s.startsWith('.') && !s.startsWith('/')).map(packageName),
  };
}

/** The browser entry points: each .astro file's bundled scripts and the modules of src/scripts/. */
export function browserEntries(): Array<{ file: string; code: string }> {
  const scripts = codeFiles('src')
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) => browserScripts(readFileSync(file, 'utf8')).map((code) => ({ file, code })));
  const modules = codeFiles('src/scripts').map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  return [...scripts, ...modules];
}

/**
 * Every package reachable from some code through its imports, each with the chain of files that
 * reaches it (the first found), following relative imports, dynamic ones included, type ones too.
 */
export function reachablePackages(entries: Array<{ file: string; code?: string }>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, code: string | undefined, chain: string[]): void => {
    const here = [...chain, repoPath(file)];
    const { files, packages } = importsOf(file, code);
    for (const name of packages) if (!found.has(name)) found.set(name, here);
    for (const target of files) {
      if (seen.has(target) || !existsSync(target)) continue;
      seen.add(target);
      visit(target, undefined, here);
    }
  };
  for (const { file, code } of entries) visit(file, code, []);
  return found;
}

/** "file → target" for each relative import of a file under `folder` that lands outside `allowed`. */
export function importsOutside(folder: string, allowed: readonly string[]): string[] {
  return codeFiles(folder).flatMap((file) =>
    importsOf(file)
      .files.map(repoPath)
      .filter((target) => !allowed.some((room) => target === room || target.startsWith(`${room}/`)))
      .map((target) => `${repoPath(file)} → ${target}`),
  );
}
