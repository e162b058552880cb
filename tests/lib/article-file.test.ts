import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseArticleFile, readPublishedAt } from '../../src/lib/article-file.ts';

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
