import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/article-file.ts';
import {
  fixtureArticle,
  SOURCES,
  syntheticArticle,
  writeFixtureArchive,
  writeSyntheticArchive,
} from '../../../tools/archive/synthetic.ts';

describe('benchmark archives', () => {
  it('are valid articles of about 3 KB, the same for the same index', () => {
    const a = syntheticArticle(42, ['这是一句真实的句子。']);
    expect(syntheticArticle(42, ['这是一句真实的句子。'])).toEqual(a);
    expect(syntheticArticle(43).fileName).not.toBe(a.fileName);
    const bytes = Buffer.byteLength(a.text);
    expect(bytes).toBeGreaterThan(2800);
    expect(bytes).toBeLessThan(4500);
    expect(() => parseArticleFile(a.text, a.fileName)).not.toThrow();
  });

  it('spread several years and sources', () => {
    const parsed = Array.from(
      { length: 24 },
      (_, i) => parseArticleFile(syntheticArticle(i).text, `${i}.md`).data,
    );
    expect(new Set(parsed.map((p) => p.publishedAt.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(parsed.map((p) => p.source)).size).toBeGreaterThanOrEqual(5);
  });

  it('are written as one file per article, with sentences of the given corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      writeSyntheticArchive(dir, 12, ['这是一句来自真实文章的句子。']);
      const files = readdirSync(dir);
      expect(files).toHaveLength(12);
      const texts = files.map((file) => readFileSync(join(dir, file), 'utf8'));
      expect(texts.some((text) => text.includes('这是一句来自真实文章的句子。'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the tests’ 45-article archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-archive-'));
  const articles = writeFixtureArchive(dir, 45);
  const parsed = articles.map((a) =>
    parseArticleFile(readFileSync(join(dir, a.fileName), 'utf8'), a.fileName),
  );
  rmSync(dir, { recursive: true, force: true });

  it('is 45 valid files with distinct slugs, described as written', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(45);
    parsed.forEach(({ data }, i) => {
      expect(data.title).toBe(articles[i]!.title);
      expect(data.source).toBe(articles[i]!.source);
      expect(data.publishedAt).toBe(articles[i]!.publishedAt);
    });
  });

  it('spans 2021–2024, every source, a meeting (会议) in each, 杭州 in every text', () => {
    const years = parsed.map(({ data }) => data.publishedAt.slice(0, 4));
    expect([...new Set(years)].sort()).toEqual(['2021', '2022', '2023', '2024']);
    expect(new Set(parsed.map(({ data }) => data.source))).toEqual(new Set(SOURCES));
    expect(parsed.every(({ data }) => data.tags.includes('会议'))).toBe(true);
    expect(parsed.every(({ body }) => body.includes('杭州'))).toBe(true);
  });

  it('only the last article is dated by day alone', () => {
    expect(articles.map((a) => a.dateOnly)).toEqual(articles.map((_, i) => i === 44));
    expect(parsed[44]!.data.dateOnly).toBe(true);
    expect(fixtureArticle(44, 45)).toEqual(articles[44]);
  });
});
