import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStamps } from '../../src/lib/file-stamps.ts';

const dir = mkdtempSync(join(tmpdir(), 'stamps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stat = (file: string) => statSync(join(dir, file), { bigint: true });
const past = (file: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(join(dir, file), t, t);
};

describe('file stamps', () => {
  it('give back what was learnt from a file only while its size and time are those it had', () => {
    writeFileSync(join(dir, 'a.md'), 'one');
    writeFileSync(join(dir, 'b.md'), 'two');
    past('a.md', 60);
    past('b.md', 60);
    const stamps = join(dir, 'stamps.json');
    const first = fileStamps<string>(stamps);
    expect(first.known('a', stat('a.md'))).toBeUndefined();
    first.keep('a', stat('a.md'), 'digest of one');
    first.keep('b', stat('b.md'), 'digest of two');
    first.save();

    const second = fileStamps<string>(stamps);
    expect(second.known('a', stat('a.md'))).toBe('digest of one');
    // Rewritten with other text of the same size, at another time: read again.
    writeFileSync(join(dir, 'b.md'), 'owt');
    past('b.md', 30);
    expect(second.known('b', stat('b.md'))).toBeUndefined();
    // Another size.
    writeFileSync(join(dir, 'a.md'), 'one more');
    past('a.md', 60);
    expect(second.known('a', stat('a.md'))).toBeUndefined();
  });

  it('do not trust a file written in the same tick as the stamps, or after them', () => {
    writeFileSync(join(dir, 'c.md'), 'three');
    const stamps = join(dir, 'racy.json');
    const first = fileStamps<string>(stamps);
    first.keep('c', stat('c.md'), 'digest of three');
    first.save();
    // The file's time is not older than the stamps': it may have changed unseen after it was read.
    const later = new Date(statSync(stamps).mtimeMs + 1000);
    utimesSync(join(dir, 'c.md'), later, later);
    first.keep('c', stat('c.md'), 'digest of three');
    first.save();
    utimesSync(join(dir, 'c.md'), later, later);
    expect(fileStamps<string>(stamps).known('c', stat('c.md'))).toBeUndefined();
  });

  it('forget the files a build did not keep, and start empty from a broken file', () => {
    const stamps = join(dir, 'broken.json');
    writeFileSync(stamps, '{not json');
    expect(fileStamps<string>(stamps).known('a', stat('a.md'))).toBeUndefined();
  });
});
