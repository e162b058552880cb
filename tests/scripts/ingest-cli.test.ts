import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const SEED = 'content/raw/2024-03-15-zhejiang-ip-joint-meeting.txt';
const ONE_COPY = 'tests/fixtures/raw/variants/one-copy.txt';

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('--dry-run shows the 政府信息公开 fields of a policy document', () => {
    const run = ingest('--dry-run', '--out', tempDir(), 'tests/fixtures/raw/variants/policy-zj-lines.txt');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '  disclosure: indexNumber: 11330000002482075R/2024-00123   issuer: 浙江省市场监督管理局   documentNumber: 浙市监〔2024〕12号',
    );
    expect(run.out).toMatch(/dropped line 4 \(header\): 文号：浙市监（2024）12号/);
  });

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

  it('walks folders recursively, says which encoding each file was in, and ignores what is neither a scrape nor a page', () => {
    const rawDir = tempDir();
    const out = tempDir();
    mkdirSync(join(rawDir, 'zhejiang', '2024'), { recursive: true });
    writeFileSync(
      join(rawDir, 'zhejiang', '2024', 'seed-gbk.txt'),
      iconv.encode(readFileSync(SEED, 'utf8'), 'gbk'),
    );
    writeFileSync(
      join(rawDir, 'zhejiang', 'meeting.txt'),
      iconv.encode(readFileSync(ONE_COPY, 'utf8'), 'utf-16le', { addBOM: true }),
    );
    writeFileSync(join(rawDir, 'notes.md'), '# notes');
    const run = ingest('--out', out, rawDir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /wrote .*2024-03-15-[0-9a-f]{8}\.md {2}← .*zhejiang\/2024\/seed-gbk\.txt \(gb18030, 2 copies\)/,
    );
    expect(run.out).toMatch(/wrote .*← .*zhejiang\/meeting\.txt \(utf-16le, 1 copy\)/);
    expect(run.out).toContain(
      'written: 2, unchanged: 0, skipped: 0, failed: 0  (encodings: gb18030 1, utf-16le 1)',
    );
    expect(run.err).toMatch(
      /ignored 1 file\(s\) that are neither \.txt scrapes nor saved \.html\/\.htm\/\.shtml pages, e\.g\. .*notes\.md/,
    );
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('fails each bad file by name, writes the good one, prints the summary, exits 1, and leaves no temp file', () => {
    const rawDir = tempDir();
    const out = tempDir();
    copyFileSync(ONE_COPY, join(rawDir, 'good.txt'));
    writeFileSync(join(rawDir, 'empty.txt'), '');
    writeFileSync(
      join(rawDir, 'photo.txt'),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    copyFileSync('tests/fixtures/raw/bad/no-title.txt', join(rawDir, 'no-title.txt'));
    const report = (body: string) =>
      `某区召开工作会议\n来源：某区政府\n发布日期：2024-03-15 09:58\n${body}\n`;
    writeFileSync(join(rawDir, 'same-slug-a.txt'), report('会议要求抓好落实。'));
    writeFileSync(join(rawDir, 'same-slug-b.txt'), report('会议要求加强宣传。'));
    symlinkSync(join(rawDir, 'moved-away.txt'), join(rawDir, 'gone.txt'));
    const run = ingest('--out', out, rawDir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/empty\.txt: the file is empty/);
    expect(run.err).toMatch(/photo\.txt: the file is binary/);
    expect(run.err).toMatch(/no-title\.txt: no title found/);
    expect(run.err).toMatch(
      /same-slug-a\.txt: takes the slug .* as .*same-slug-b\.txt, but the content differs/,
    );
    expect(run.err).toMatch(/same-slug-b\.txt: takes the slug .* as .*same-slug-a\.txt/);
    expect(run.err).toMatch(/gone\.txt: cannot be read \(ENOENT/);
    expect(run.out).toContain('written: 1, unchanged: 0, skipped: 0, failed: 6');
    const written = readdirSync(out);
    expect(written).toHaveLength(1);
    expect(readFileSync(join(out, written[0]!), 'utf8')).toContain('title: 杭州市召开2024年安全生产工作会议');
  });

  it('writes the same article scraped twice (UTF-8 and GBK) once, and says why the second is skipped', () => {
    const rawDir = tempDir();
    const out = tempDir();
    copyFileSync(ONE_COPY, join(rawDir, 'a-utf8.txt'));
    writeFileSync(join(rawDir, 'b-gbk.txt'), iconv.encode(readFileSync(ONE_COPY, 'utf8'), 'gbk'));
    const run = ingest('--out', out, rawDir);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/b-gbk\.txt holds the same article as .*a-utf8\.txt/);
    expect(run.out).toContain('written: 1, unchanged: 0, skipped: 1, failed: 0');
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('prints a progress line on long batches', () => {
    const rawDir = tempDir();
    const text = readFileSync(ONE_COPY, 'utf8');
    for (let i = 0; i < 200; i++) {
      writeFileSync(join(rawDir, `${i}.txt`), text.replace('2024年安全生产', `第${i}次安全生产`));
    }
    const run = ingest('--dry-run', '--out', tempDir(), rawDir);
    expect(run.code).toBe(0);
    expect(run.err).toContain('ingest: 200/200 files read, 0 failed');
    expect(run.out).toContain('[dry run] would write: 200');
  });

  it('ingests saved pages in the same batch as text scrapes, copies their saved pictures, refuses a list page and goes on', () => {
    const raw = tempDir();
    const out = tempDir();
    copyFileSync(ONE_COPY, join(raw, 'scrape.txt'));
    copyFileSync('tests/fixtures/html/saved/shanxi-2019.html', join(raw, 'shanxi-2019.html'));
    mkdirSync(join(raw, 'shanxi-2019_files'));
    copyFileSync(
      'tests/fixtures/html/saved/shanxi-2019_files/W020190918234243033577.jpg',
      join(raw, 'shanxi-2019_files', 'W020190918234243033577.jpg'),
    );
    copyFileSync('tests/fixtures/html/bad/column-list.html', join(raw, 'list.htm'));
    const run = ingest('--out', out, raw);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/error: .*list\.htm: the page holds no article: it is a list of 10 links/);
    expect(run.out).toContain('written: 2, unchanged: 0, skipped: 0, failed: 1');
    const page = readdirSync(out).find((f) => f.startsWith('2019-09-18-') && f.endsWith('.md'))!;
    const folder = join(out, page.replace(/\.md$/, ''));
    expect(readdirSync(folder)).toEqual(['W020190918234243033577.jpg']);
    // Again: nothing changes, the list page is still refused.
    expect(ingest('--out', out, raw).out).toContain('written: 0, unchanged: 2, skipped: 0, failed: 1');
  });
});
