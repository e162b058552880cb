import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'content/raw/2024-03-15-zhejiang-ip-joint-meeting.txt';

function ingest(...args: string[]) {
  const run = spawnSync('node', ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ingest-cli-'));

describe('npm run ingest', () => {
  it('--dry-run reports what it would write and what it dropped, and writes nothing', () => {
    const out = tempDir();
    const run = ingest('--dry-run', '--out', out, SEED);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/would write .*2024-03-15-[0-9a-f]{8}\.md/);
    expect(run.out).toContain('dropped line 4 (chrome): 字体:[');
    expect(run.out).toContain('dropped line 30 (duplicate copy)');
    expect(run.out).toContain('[dry run] would write: 1');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes one article, then changes no byte on a second run', () => {
    const out = tempDir();
    expect(ingest('--out', out, SEED).out).toContain('written: 1, unchanged: 0, skipped: 0, failed: 0');
    const [file] = readdirSync(out);
    const first = readFileSync(join(out, file!), 'utf8');
    const again = ingest('--out', out, SEED);
    expect(again.out).toContain('written: 0, unchanged: 1');
    expect(readFileSync(join(out, file!), 'utf8')).toBe(first);
    expect(readdirSync(out)).toEqual([file]);
  });

  it('does not overwrite an article edited by hand unless --force', () => {
    const out = tempDir();
    ingest('--out', out, SEED);
    const [file] = readdirSync(out);
    const target = join(out, file!);
    const edited = readFileSync(target, 'utf8').replace('会议由浙江省政府', '会议由省政府');
    writeFileSync(target, edited);
    const skipped = ingest('--out', out, SEED);
    expect(skipped.code).toBe(0);
    expect(skipped.err).toContain('edited by hand');
    expect(skipped.out).toContain('skipped: 1');
    expect(readFileSync(target, 'utf8')).toBe(edited);
    const forced = ingest('--force', '--out', out, SEED);
    expect(forced.out).toContain('written: 1');
    expect(readFileSync(target, 'utf8')).not.toBe(edited);
  });

  it('names a bad file, goes on with the others, and exits non-zero', () => {
    const rawDir = tempDir();
    const out = tempDir();
    copyFileSync(SEED, join(rawDir, 'good.txt'));
    writeFileSync(join(rawDir, 'empty.txt'), '');
    writeFileSync(join(rawDir, 'nodate.txt'), '某市召开会议\n来源: 某市政府\n\n会议内容。\n');
    const run = ingest('--out', out, rawDir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/empty\.txt: the file is empty/);
    expect(run.err).toMatch(/nodate\.txt:1: no publish date found/);
    expect(run.out).toContain('written: 1, unchanged: 0, skipped: 0, failed: 2');
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('explains its usage when given no path', () => {
    const run = ingest();
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage: npm run ingest');
  });
});
