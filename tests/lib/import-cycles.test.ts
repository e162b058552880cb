/**
 * src/ must import as a tree (src/lib, src/search and the rest): a circle (a ↔ b, or a → b → c → a) makes load order matter and
 * hides which module owns what. A small scanner of relative imports (type imports included).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** `import … from './x.ts'`, `export … from './x.ts'`, `import './x.ts'` and `import('./x.ts')`. */
const RELATIVE_IMPORT =
  /(?:\b(?:import|export)\b[^'"`;]*?\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Each file's relative imports that land inside `dir`, as absolute paths. */
function importGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)]
        .map((match) => resolve(dirname(file), match[1]!))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** Every import circle, each as the chain of files that closes it (relative to `dir`). */
function importCycles(dir: string): string[][] {
  const graph = importGraph(dir);
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): void => {
    const at = path.indexOf(file);
    if (at >= 0) {
      cycles.push([...path.slice(at), file].map((f) => f.slice(dir.length + 1)));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

describe('src/ imports', () => {
  it('form no circle', () => {
    expect(importCycles(SRC)).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are scanned well enough to see a circle through type imports and re-exports', () => {
    writeFileSync(join(scratch, 'a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
    writeFileSync(join(scratch, 'b.ts'), "export { c as B } from './c.ts';\n");
    writeFileSync(join(scratch, 'c.ts'), "import {\n  a,\n} from './a.ts';\nexport const c = a;\n");
    writeFileSync(join(scratch, 'd.ts'), "import { c } from './c.ts';\n");
    expect(importCycles(scratch)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
