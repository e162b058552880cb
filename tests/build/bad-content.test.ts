import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync('content/articles/2024-03-15-fd1b3d7b.md', 'utf8');

function buildOver(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'bad-build-'));
  try {
    const run = spawnSync('astro', ['build'], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ...env,
      },
      encoding: 'utf8',
    });
    return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('a build over bad content stops with a clear error', () => {
  it('names the file and the field when frontmatter breaks the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
    writeFileSync(
      join(dir, 'broken.md'),
      SEED.replace('publishedAt: 2024-03-15T09:58:00+08:00', 'publishedAt: 2024年3月15日'),
    );
    const { code, output } = buildOver(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('broken.md');
    expect(output).toContain('publishedAt');
  });

  it('says what to do when CONTENT_DIR does not exist', () => {
    const { code, output } = buildOver(join(tmpdir(), 'no-such-content-dir'));
    expect(code).not.toBe(0);
    expect(output).toContain('CONTENT_DIR');
    expect(output).toContain('no-such-content-dir');
  });

  it('names SEARCH_SHARD_SIZE and what to do when it is not a whole number', () => {
    const { code, output } = buildOver('content/articles', { SEARCH_SHARD_SIZE: '2.5k' });
    expect(code).not.toBe(0);
    expect(output).toContain('SEARCH_SHARD_SIZE="2.5k"');
    expect(output).toContain('Unset it to use 2500');
  });
});
