/**
 * The layers import one way only: the site (src/) never imports tests/ or tools/, and scripts/
 * never import tests/. Tests and scripts reach shared tooling through tools/. Inside src/, search
 * is code on two sides of one file format: src/search/contract/ (the format) imports nothing else,
 * browser/ imports only the contract, build/ the contract and src/lib, never each other, and no
 * Node-only code can reach a page's scripts. src/lib is pure logic under everything else but the
 * contract, whose text functions (sentence ends, 文号) ingest shares with the search page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  browserEntries,
  browserScripts,
  codeFiles,
  importsOf,
  importsOutside,
  reachablePackages,
  repoPath,
  ROOT,
  specifiers,
} from '../helpers/module-graph.ts';

/** "file → imported folder/file" for each relative import of a file under `layer` that lands in `banned`. */
const crossings = (layer: string, banned: readonly string[]): string[] =>
  codeFiles(layer).flatMap((file) =>
    importsOf(file)
      .files.map(repoPath)
      .filter((target) => banned.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${repoPath(file)} → ${target}`),
  );

/** The only packages a page's scripts may load: the Traditional → Simplified converter. */
const BROWSER_PACKAGES = ['opencc-js'];

describe('import layers', () => {
  it('finds every kind of import it checks for', () => {
    const code = `import a from '../x.ts';\nimport { b } from "./y.ts";\nimport './z.css';\nconst c = await import('../../w.ts');\nimport(/* @vite-ignore */ 'v');`;
    expect(specifiers(code)).toEqual(['../x.ts', './y.ts', './z.css', '../../w.ts', 'v']);
  });

  it('src/ imports nothing from tests/ or tools/', () => {
    expect(crossings('src', ['tests', 'tools'])).toEqual([]);
  });

  it('scripts/ import nothing from tests/', () => {
    expect(crossings('scripts', ['tests'])).toEqual([]);
  });

  it('tools/ import nothing from tests/', () => {
    expect(crossings('tools', ['tests'])).toEqual([]);
  });

  it('sees the imports that do cross into tools/', () => {
    // scripts/ do use tools/: were the scan blind, the checks above would pass for nothing.
    expect(crossings('scripts', ['tools']).length).toBeGreaterThan(0);
  });
});

describe('the rooms of src/', () => {
  it('src/lib imports only src/lib and the search contract (never src/data, the search sides or anything Astro renders)', () => {
    expect(importsOutside('src/lib', ['src/lib', 'src/search/contract'])).toEqual([]);
  });

  it('the search contract imports nothing but itself, and no package', () => {
    expect(importsOutside('src/search/contract', ['src/search/contract'])).toEqual([]);
    const packages = codeFiles('src/search/contract').flatMap((file) => importsOf(file).packages);
    expect(packages).toEqual([]);
  });

  it('browser search code imports only the contract and its own room: the page hands it the UI strings', () => {
    expect(importsOutside('src/search/browser', ['src/search/contract', 'src/search/browser'])).toEqual([]);
  });

  it('build search code imports the contract, its own room, src/lib and src/build-tools, never the browser side', () => {
    expect(
      importsOutside('src/search/build', [
        'src/search/contract',
        'src/search/build',
        'src/lib',
        'src/build-tools',
      ]),
    ).toEqual([]);
  });

  it('the build tooling imports nothing of the site', () => {
    expect(importsOutside('src/build-tools', ['src/build-tools'])).toEqual([]);
  });

  it('src/integrations holds Astro hooks only: every module is written against Astro, none is a process', () => {
    const notHooks = codeFiles('src/integrations')
      .filter((file) => {
        const code = readFileSync(file, 'utf8');
        return !importsOf(file, code).packages.includes('astro') || /process\.argv/.test(code);
      })
      .map(repoPath);
    expect(notHooks).toEqual([]);
  });
});

describe("a page's scripts", () => {
  const reached = reachablePackages(browserEntries());

  it('reach no node: module and no package but the converter', () => {
    const unexpected = [...reached]
      .filter(([name]) => !BROWSER_PACKAGES.includes(name))
      .map(([name, chain]) => `${name} via ${chain.join(' → ')}`);
    expect(unexpected).toEqual([]);
  });

  it('are all found: every bundled <script>, and the search page reaches the converter through its imports', () => {
    const entries = browserEntries().map((entry) => repoPath(entry.file));
    for (const page of [
      'src/pages/search.astro',
      'src/components/SearchBox.astro',
      'src/scripts/search-page.ts',
    ])
      expect(entries).toContain(page);
    expect(reached.get('opencc-js')).toContain('src/search/browser/traditional/to-simplified.ts');
  });

  it('would be caught reaching Node-only code: the index writer reaches node: modules and pinyin-pro', () => {
    const build = reachablePackages([{ file: join(ROOT, 'src/search/build/index-writer.ts') }]);
    expect([...build.keys()]).toEqual(expect.arrayContaining(['node:fs', 'pagefind', 'pinyin-pro']));
  });

  const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads the scripts of an .astro file, not its inline ones, and follows dynamic imports', () => {
    const astro = `---\nimport x from 'server-only';\n---\n<script>import './a.ts';</script>\n<script is:inline>import 'no';</script>\n<script type="application/ld+json">{}</script>`;
    expect(browserScripts(astro).flatMap(specifiers)).toEqual(['./a.ts']);
    writeFileSync(join(scratch, 'a.ts'), "void import('./b.ts');\n");
    writeFileSync(join(scratch, 'b.ts'), "import type { T } from 'node:zlib';\n");
    const found = reachablePackages([{ file: join(scratch, 'page.astro'), code: browserScripts(astro)[0] }]);
    expect([...found.keys()]).toEqual(['node:zlib']);
  });
});

describe('the size of rooms and modules', () => {
  const modules = codeFiles('src');

  it('no folder under src/ holds more than 20 modules', () => {
    const perFolder = new Map<string, number>();
    for (const file of modules) {
      const folder = repoPath(file).split('/').slice(0, -1).join('/');
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    expect([...perFolder].filter(([, count]) => count > 20)).toEqual([]);
    expect(perFolder.size).toBeGreaterThan(10);
  });

  it('no module under src/ is longer than 300 lines', () => {
    const long = modules
      .map((file) => [repoPath(file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});
