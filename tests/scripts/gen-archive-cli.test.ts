import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';

function genArchive(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/gen-archive.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const work = mkdtempSync(join(tmpdir(), 'gen-archive-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run gen:archive', () => {
  it('writes --size valid articles into --out, the ones the benchmark builds', () => {
    const out = join(work, 'archive');
    const run = genArchive('--size', '5', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote 5 articles to ${out}`);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(5);
    for (const file of files) {
      expect(() => parseArticleFile(readFileSync(join(out, file), 'utf8'), file)).not.toThrow();
    }
    expect(files).toContain(syntheticArticle(0).fileName);
  });

  it('refuses a folder that already holds files, and writes nothing there', () => {
    const out = join(work, 'taken');
    genArchive('--size', '1', '--out', out);
    writeFileSync(join(out, 'mine.md'), 'keep me');
    const run = genArchive('--size', '3', '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain('is not empty');
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('says what --size must be', () => {
    for (const size of ['0', '2.5', 'many']) {
      const run = genArchive('--size', size, '--out', join(work, `bad-${size}`));
      expect(run.code).toBe(2);
      expect(run.err).toContain('--size must be a whole number');
      expect(run.err).toContain('Usage: npm run gen:archive -- --size N --out DIR');
    }
  });
});
