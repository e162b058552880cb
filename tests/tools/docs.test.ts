/**
 * The docs stay true to the tree: every repository path the README and docs/*.md name (in
 * backticks, or as a link) exists, and the README stays short enough to read as the way in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const README_LIMIT = 16_000;
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter((doc) =>
  doc.endsWith('.md'),
);

/** The repository's top-level entries: a backticked path is a repository path when it starts with one. */
const TOP_LEVEL = new Set(
  execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.split('/')[0]!),
);
/** Folders the build and tests write, named in the docs but not in a fresh checkout. */
const BUILT = ['tests/.output', 'node_modules'];

/** The repository paths a Markdown text names: backticked ones, and the targets of relative links. */
export function namedPaths(markdown: string, doc: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const backticked = [...prose.matchAll(/`([^`\n]+)`/g)]
    .map((m) => m[1]!.trim())
    .filter((text) => /^[\w.-]+(\/|\.\w+$)/.test(text) && !/\s/.test(text))
    .filter((text) => TOP_LEVEL.has(text.split('/')[0]!))
    // A placeholder, a glob or a brace list stands for files: the folder that holds them must exist.
    .map((text) => text.replace(/\/[^/]*[<*…{][^/]*(\/.*)?$/, '/'))
    .filter((path) => !BUILT.some((built) => path.startsWith(built)));
  const linked = [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((target) => target && !/^[a-z]+:/i.test(target))
    .map((target) => relative(ROOT, resolve(ROOT, dirname(doc), target)));
  return [...new Set([...backticked, ...linked])];
}

describe('the docs', () => {
  it('read the paths a document names: backticks and relative links, not commands, URLs or built files', () => {
    const text = [
      'See `src/lib/site.ts`, `tests/lib/…`, `content/raw/*.txt` and `npm run build`.',
      '[search](search.md), [a site](https://pagefind.app), `/search/?q=…`, `tests/.output/site/`.',
      '```sh\nls src/nowhere.ts\n```',
    ].join('\n');
    expect(namedPaths(text, 'docs/x.md')).toEqual([
      'src/lib/site.ts',
      'tests/lib/',
      'content/raw/',
      'docs/search.md',
    ]);
    const gone = namedPaths('Moved: `src/lib/search/engine.ts`, [old](old.md).', 'docs/x.md');
    expect(gone.filter((path) => !existsSync(join(ROOT, path)))).toEqual([
      'src/lib/search/engine.ts',
      'docs/old.md',
    ]);
  });

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const missing = namedPaths(readFileSync(join(ROOT, doc), 'utf8'), doc).filter(
      (path) => !existsSync(join(ROOT, path)),
    );
    expect(missing).toEqual([]);
  });

  it(`keep the README under ${README_LIMIT.toLocaleString('en')} bytes: the long form is in docs/`, () => {
    expect(readFileSync(join(ROOT, 'README.md')).length).toBeLessThanOrEqual(README_LIMIT);
  });
});
