import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedBuild } from '../../tools/build-site.ts';

const SEED = readFileSync('content/articles/2024-03-15-fd1b3d7b.md', 'utf8');

/** Builds over contentDir into a throw-away folder; the build must fail. Returns what it printed. */
async function failedBuildOver(contentDir: string, env: Record<string, string> = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bad-build-'));
  try {
    return (await failedBuild({ outDir, contentDir, env })).output;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Each test runs a build; on a busy machine one may take a while before it fails.
describe('a build over bad content stops with a clear error', { timeout: 120_000 }, () => {
  it('names the file and the field when frontmatter breaks the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
    writeFileSync(
      join(dir, 'broken.md'),
      SEED.replace('publishedAt: 2024-03-15T09:58:00+08:00', 'publishedAt: 2024年3月15日'),
    );
    const output = await failedBuildOver(dir);
    expect(output).toContain('broken.md');
    expect(output).toContain('publishedAt');
  });

  it('says what to do when CONTENT_DIR does not exist', async () => {
    const output = await failedBuildOver(join(tmpdir(), 'no-such-content-dir'));
    expect(output).toContain('CONTENT_DIR');
    expect(output).toContain('no-such-content-dir');
  });

  it('names SEARCH_SHARD_SIZE and what to do when it is not a whole number', async () => {
    const output = await failedBuildOver('content/articles', { SEARCH_SHARD_SIZE: '2.5k' });
    expect(output).toContain('SEARCH_SHARD_SIZE="2.5k"');
    expect(output).toContain('Unset it to use 2500');
  });
});
