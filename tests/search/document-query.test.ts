import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article.ts';
import { containsAll } from '../../src/search/browser/match.ts';
import { normaliseQuery, splitTerms } from '../../src/search/browser/query.ts';
import { searchRecord } from '../../src/search/build/index-record.ts';
import { joinSegments } from '../../src/search/contract/segment.ts';

const policy: Article = {
  title: '关于印发某指引的通知',
  source: '浙江省市场监督管理局',
  publishedAt: '2024-03-15T00:00:00+08:00',
  dateOnly: true,
  summary: '现将指引印发给你们。',
  tags: [],
  images: [],
  disclosure: { indexNumber: '11330000002482075R/2024-00123', documentNumber: '浙市监〔2024〕12号' },
  raw: { path: 'content/raw/a.txt', sha256: 'a'.repeat(64) },
  ingestDigest: 'b'.repeat(64),
};

describe('a 文号 or 索引号 typed in the search box', () => {
  const record = searchRecord({ id: '2024-03-15-abc', data: policy, body: '现将指引印发给你们。\n' });
  const indexed = joinSegments(load(record.html)('[data-pagefind-body]').text());

  it.each([
    '浙市监[2024]12号',
    '浙市监（2024）12号',
    '浙市监【2024】12号',
    '浙市监〔2024〕12号',
    '浙市监 (2024) 12号',
    '浙市监［2024］第12号',
  ])('%s is searched as 浙市监〔2024〕12号 and found in the indexed text', (query) => {
    expect(splitTerms(query)).toEqual(['浙市监〔2024〕12号']);
    expect(
      containsAll(
        indexed,
        splitTerms(query).map((t) => [t]),
      ),
    ).toBe(true);
  });

  it('finds the 索引号, typed with fullwidth characters too', () => {
    expect(splitTerms('11330000002482075R／2024－00123')).toEqual(['11330000002482075R/2024-00123']);
    expect(containsAll(indexed, [['11330000002482075R/2024-00123']])).toBe(true);
  });

  it('leaves other queries as they were', () => {
    expect(normaliseQuery('知识产权 2024年')).toBe('知识产权 2024年');
  });

  it('weights the 文号 and 索引号 like a title, so the document itself ranks first', () => {
    const weighted = load(record.html)('[data-pagefind-body] [data-pagefind-weight="10"]')
      .map((_, p) => joinSegments(load(record.html)(p).text()))
      .get();
    expect(weighted).toEqual(['发文字号：浙市监〔2024〕12号', '索引号：11330000002482075R/2024-00123']);
  });

  it('adds nothing for an article without those fields', () => {
    const plain = searchRecord({ id: 'x', data: { ...policy, disclosure: undefined }, body: '正文。\n' });
    expect(plain.html).not.toContain('data-pagefind-weight');
  });
});
