/**
 * The layers import one way only: the site (src/) never imports tests/ or tools/, and scripts/
 * never import tests/. Tests and scripts reach shared tooling through tools/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|mts|js|mjs|astro)$/;

/** Every module specifier in a file: `from '…'`, bare `import '…'` and `import('…')`. */
function specifiers(code: string): string[] {
  const found = code.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"\n]+)\1/g);
  return [...found].map((m) => m[2]!);
}

/** "file → imported folder/file" for each relative import of a file under `layer` that lands in `banned`. */
function crossings(layer: string, banned: readonly string[]): string[] {
  const files = readdirSync(join(ROOT, layer), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(ROOT, resolve(dirname(file), spec))
          .split(sep)
          .join('/'),
      )
      .filter((target) => banned.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${relative(ROOT, file).split(sep).join('/')} → ${target}`),
  );
}

describe('import layers', () => {
  it('finds every kind of import it checks for', () => {
    const code = `import a from '../x.ts';\nimport { b } from "./y.ts";\nimport './z.css';\nconst c = await import('../../w.ts');`;
    expect(specifiers(code)).toEqual(['../x.ts', './y.ts', './z.css', '../../w.ts']);
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
