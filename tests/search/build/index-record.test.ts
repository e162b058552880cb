import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article.ts';
import { searchRecord } from '../../../src/search/build/index-record.ts';
import {
  DAY_FILTER,
  HIDDEN_WORDS_MARK,
  META,
  publishedDay,
} from '../../../src/search/contract/index-fields.ts';
import { joinSegments, withoutHiddenWords } from '../../../src/search/contract/segment.ts';

const data: Article = {
  title: '全省<数字经济>工作会议召开',
  source: '省发展改革委',
  publishedAt: '2023-12-31T23:30:00+08:00',
  summary: '会议召开。',
  tags: ['数字经济', '会议'],
  images: [{ file: 'a.jpg', caption: '会场', archived: false }],
  raw: { path: 'content/raw/a.txt', sha256: 'a'.repeat(64) },
  ingestDigest: 'b'.repeat(64),
};
const body = '12月31日，全省数字经济工作会议召开。\n\n![会场](a.jpg)\n\n会议部署2024年工作。\n';

describe('searchRecord', () => {
  const record = searchRecord({ id: '2023-12-31-abc', data, body });
  const $ = load(record.html);

  it('is addressed by the article URL from the site root', () => {
    expect(record.url).toBe('/articles/2023-12-31-abc/');
  });

  it('indexes the title as a heading and each paragraph, split into words, and nothing else', () => {
    const indexed = $('[data-pagefind-body]');
    expect(indexed.find('h1')).toHaveLength(1);
    expect(joinSegments(indexed.find('h1').text())).toBe('全省<数字经济>工作会议召开');
    const paragraphs = indexed
      .find('p')
      .map((_, p) => joinSegments($(p).text()))
      .get();
    expect(paragraphs.filter((p) => !p.startsWith(HIDDEN_WORDS_MARK))).toEqual([
      '12月31日，全省数字经济工作会议召开。',
      '会议部署2024年工作。',
    ]);
    expect(indexed.text()).not.toContain('会场');
  });

  it('carries the fields of a result, as written, outside the indexed text; the year and day in Shanghai time', () => {
    const field = (attr: string, name: string) =>
      $(`[${attr}="${name}"]`)
        .map((_, el) => $(el).text())
        .get();
    expect(field('data-pagefind-meta', 'title')).toEqual(['全省<数字经济>工作会议召开']);
    expect(field('data-pagefind-meta', 'date')).toEqual(['2023年12月31日 23:30']);
    expect(field('data-pagefind-sort', 'published')).toEqual(['2023-12-31T23:30:00+08:00']);
    expect(field('data-pagefind-filter', '年份')).toEqual(['2023']);
    expect(field('data-pagefind-filter', DAY_FILTER)).toEqual(['2023-12-31']);
    expect(field('data-pagefind-filter', '标签')).toEqual(['数字经济', '会议']);
    expect(
      $('[data-pagefind-body] [data-pagefind-meta], [data-pagefind-body] [data-pagefind-filter]'),
    ).toHaveLength(0);
  });

  it('writes the published time so the page reads its Shanghai day from it, even for a time given in UTC', () => {
    // 16:30 UTC on 31 December is already 1 January in Shanghai: the page filters date ranges by this day.
    const late = load(
      searchRecord({ id: 'x', data: { ...data, publishedAt: '2023-12-31T16:30:00Z' }, body }).html,
    );
    const published = late(`[data-pagefind-meta="${META.published}"]`).text();
    expect(publishedDay(published)).toBe('2024-01-01');
    expect(late(`[data-pagefind-filter="${DAY_FILTER}"]`).text()).toBe(publishedDay(published));
  });

  it('adds the words hidden inside longer words after the mark, for finding only', () => {
    const record = searchRecord({ id: 'x', data, body: '我省中小企业和大学生如期完成任务。' });
    const text = load(record.html)('[data-pagefind-body]').text();
    const [, hidden] = text.split(HIDDEN_WORDS_MARK);
    expect(hidden!.trim().split(' ')).toEqual(expect.arrayContaining(['企业', '学生', '完成']));
    expect(joinSegments(withoutHiddenWords(text))).not.toContain(HIDDEN_WORDS_MARK);
  });

  it('shows a date-only article without a made-up time', () => {
    const dateOnly = searchRecord({
      id: 'x',
      data: { ...data, dateOnly: true, publishedAt: '2023-12-31T00:00:00+08:00' },
      body,
    });
    expect(load(dateOnly.html)('[data-pagefind-meta="date"]').text()).toBe('2023年12月31日');
  });
});
