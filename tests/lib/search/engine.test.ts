import { describe, expect, it } from 'vitest';
import { matchQuery, viewFor, type PagefindLike, type PagefindPage } from '../../../src/lib/search/engine.ts';
import { toSimplified } from '../../../src/lib/search/traditional.ts';
import { readState } from '../../../src/lib/search/url-state.ts';

function page(url: string, title: string, text: string, year: string): PagefindPage {
  return {
    url,
    content: `${title}. ${text}`,
    meta: {
      title,
      date: `${year}年1月1日 09:00`,
      source: '省政府',
      published: `${year}-01-01T09:00:00+08:00`,
    },
    filters: { 来源: ['省政府'], 年份: [year], 标签: [] },
  };
}

const pages = [
  page('/loose/', '浙江工业大学举办大赛', '浙江省大学生参赛。', '2024'),
  page('/exact/', '省教育厅与浙江大学签约', '浙江大学党委书记出席。 双方将深化合作。', '2023'),
  page('/scattered/', '张家港云计算大会', '小型企业上云。', '2022'),
];

/** Pagefind as the stock client behaves on Chinese: every page holding any character of the query. */
const loosePagefind = (searched: string[] = []): PagefindLike => ({
  async search(query) {
    searched.push(query);
    const chars = [...query.replace(/\s/g, '')];
    return {
      results: pages
        .filter((p) => chars.some((c) => p.content.includes(c)))
        .map((p) => ({ id: p.url, data: async () => p })),
    };
  },
});

describe('matching a query', () => {
  it('puts pages holding the query as written first, loose ones as related, and drops the unrelated', async () => {
    const matches = await matchQuery(loosePagefind(), '浙江大学', toSimplified);
    expect(matches.exact.map((h) => h.url)).toEqual(['/exact/']);
    expect(matches.related.map((h) => h.url)).toEqual(['/loose/']);
  });

  it('finds nothing exact for a name no article holds', async () => {
    const matches = await matchQuery(loosePagefind(), '张小云', toSimplified);
    expect(matches.exact).toEqual([]);
    expect(matches.related).toEqual([]);
  });

  it('builds the excerpt from the article text, without the title or paragraph spaces', async () => {
    const [hit] = (await matchQuery(loosePagefind(), '深化合作', toSimplified)).exact;
    expect(hit!.excerpt.map((p) => p.text).join('')).toBe('…双方将深化合作。');
    expect(hit!.titlePieces).toEqual([{ text: '省教育厅与浙江大学签约', mark: false }]);
  });

  it('converts Traditional script, says so, and searches both spellings', async () => {
    const searched: string[] = [];
    const matches = await matchQuery(loosePagefind(searched), '浙江大學', toSimplified);
    expect(matches.converted).toBe('浙江大学');
    expect(searched).toEqual(['浙江大学', '浙江大學']);
    expect(matches.exact.map((h) => h.url)).toEqual(['/exact/']);
  });

  it('converts term by term: a Simplified term next to a Traditional one stays as typed', async () => {
    const matches = await matchQuery(loosePagefind(), '深化合作 浙江大學', toSimplified);
    expect(matches.converted).toBe('深化合作 浙江大学');
    expect(matches.exact.map((h) => h.url)).toEqual(['/exact/']);
  });

  it('filters and sorts the exact results only', async () => {
    const matches = await matchQuery(loosePagefind(), '浙江', toSimplified);
    expect(matches.exact.map((h) => h.url)).toEqual(['/loose/', '/exact/']);
    const view = viewFor(matches, readState('?q=浙江&year=2023'));
    expect(view.exact.map((h) => h.url)).toEqual(['/exact/']);
    expect(view.facets.find((f) => f.param === 'year')!.values.map((v) => v.value)).toEqual(['2024', '2023']);
  });
});
