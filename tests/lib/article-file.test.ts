import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/lib/article.ts';
import {
  FrontmatterError,
  parseArticleFile,
  readPublishedAt,
  serialiseArticle,
} from '../../src/lib/article-file.ts';
import { writeFixtureArchive } from '../../tools/archive/synthetic.ts';

const SEED = 'content/articles/2024-03-15-fd1b3d7b.md';
const seed = readFileSync(SEED, 'utf8');

describe('readPublishedAt: the date the search index orders articles by, without a full parse', () => {
  it('reads the date the full parse reads, for an article as ingest wrote it', () => {
    expect(readPublishedAt(seed, SEED)).toBe(parseArticleFile(seed, SEED).data.publishedAt);
    expect(readPublishedAt(seed, SEED)).toBe('2024-03-15T09:58:00+08:00');
  });

  it('reads a quoted date, and a date written by hand on Windows', () => {
    const quoted = seed.replace(/^publishedAt: (.*)$/m, "publishedAt: '$1'");
    expect(readPublishedAt(quoted, 'a.md')).toBe('2024-03-15T09:58:00+08:00');
    expect(readPublishedAt(seed.replace(/\n/g, '\r\n'), 'a.md')).toBe('2024-03-15T09:58:00+08:00');
  });

  it('parses the whole file when the line is in another form, and names the file when it is wrong', () => {
    const flow = seed.replace(/^publishedAt: (.*)$/m, 'publishedAt: >-\n  $1');
    expect(readPublishedAt(flow, 'a.md')).toBe('2024-03-15T09:58:00+08:00');
    const bad = seed.replace(/^publishedAt: (.*)$/m, 'publishedAt: 2024-03-15 09:58');
    expect(() => readPublishedAt(bad, 'content/articles/bad.md')).toThrow(FrontmatterError);
    expect(() => readPublishedAt(bad, 'content/articles/bad.md')).toThrow(
      /content\/articles\/bad\.md.*\n?.*publishedAt/,
    );
    expect(() => readPublishedAt('no frontmatter', 'x.md')).toThrow(/x\.md: no frontmatter/);
  });

  it('never takes a nested field of the same name for the article date', () => {
    const nested = seed
      .replace(/^publishedAt: .*\n/m, '')
      .replace(/^---\n/, '---\nraw2:\n  publishedAt: 2001-01-01T00:00:00+08:00\n');
    expect(() => readPublishedAt(nested, 'n.md')).toThrow(/n\.md/);
  });
});

describe('parseArticleFile reads what serialiseArticle writes', () => {
  const { data, body } = parseArticleFile(seed, SEED);
  const { ingestDigest: _digest, ...fields } = data;

  it('keeps as text a title or source that only looks like a number, a date, a boolean or null', () => {
    for (const title of [
      '0b101',
      '-0x1F',
      '0o17',
      '1_000',
      '3.14',
      '.inf',
      'true',
      'null',
      '~',
      '2024-03-15',
    ]) {
      const file = serialiseArticle({ ...fields, title, source: title }, body);
      const read = parseArticleFile(file, 'a.md').data;
      expect([read.title, read.source]).toEqual([title, title]);
    }
  });

  it('keeps quotes, colons, hashes, backslashes and line breaks in a title or summary', () => {
    for (const text of ['"引号" 与 \'单引号\'', '标题：副题 #1', 'C:\\path\\to', '第一行\n第二行']) {
      const file = serialiseArticle({ ...fields, title: text, summary: text }, body);
      const read = parseArticleFile(file, 'a.md').data;
      expect([read.title, read.summary]).toEqual([text, text]);
    }
  });

  it('reads every test-archive article as the YAML library that writes them does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-file-'));
    try {
      writeFixtureArchive(dir, 45);
      const files = readdirSync(dir).map((name) => join(dir, name));
      expect(files.length).toBe(45);
      for (const file of [SEED, ...files]) {
        const text = readFileSync(file, 'utf8');
        const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
        expect(parseArticleFile(text, file).data).toEqual(
          articleSchema.parse(parse(yaml, { schema: 'core' })),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and the line of a YAML mistake, as before', () => {
    const broken = seed.replace(/^title: .*$/m, 'title: [unclosed');
    expect(() => parseArticleFile(broken, 'content/articles/broken.md')).toThrow(
      /content\/articles\/broken\.md: the frontmatter is not valid YAML: .*line/s,
    );
  });
});
