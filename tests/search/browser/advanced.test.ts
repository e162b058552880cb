/**
 * The advanced search (高级搜索) through the search page's own sequence (session.ts) over an
 * in-memory Pagefind: title only, a range of publication days, with the source filter and the
 * date sort, links that carry the query to mark, and URL values that cannot be used.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/i18n/zh-CN.ts';
import { startSearchSession } from '../../../src/search/browser/session.ts';
import { ignoredText } from '../../../src/search/browser/status.ts';
import { readState } from '../../../src/search/browser/url-state.ts';
import { fakePagefind, fakeSources, page, type FakePagefind } from '../../helpers/fake-pagefind.ts';
import { recordingView, urls } from '../../helpers/search-view.ts';

const withSource = (p: ReturnType<typeof page>, source: string) => ({
  ...p,
  meta: { ...p.meta, source },
  filters: { ...p.filters, 来源: [source] },
});

const pages = [
  page('/title/', '知识产权保护大会召开', '会议部署全年工作。', '2024-03-15'),
  page('/body/', '全省营商环境会议召开', '会议强调加强知识产权保护。', '2024-03-16'),
  page('/loose/', '知识服务与产权交易', '会议召开。', '2024-03-17'),
];

/** Articles published around the first half of 2024, each holding 知识产权. */
const dated = [
  page('/dec31/', '2023年末知识产权通报', '年末。', '2023-12-31'),
  page('/jan1/', '新年知识产权工作', '年初。', '2024-01-01'),
  withSource(page('/jun30/', '年中知识产权工作', '年中。', '2024-06-30'), '省市场监管局'),
  page('/jul1/', '下半年知识产权工作', '下半年。', '2024-07-01'),
];

async function search(fake: FakePagefind, url: string) {
  const { view, shown } = recordingView();
  await startSearchSession(fakeSources(fake), view).show(readState(url));
  return shown;
}

describe('the advanced search', () => {
  it('finds the query in titles only when asked, and says so', async () => {
    const full = await search(fakePagefind(pages), '?q=知识产权');
    expect(urls(full.hits)).toEqual(['/title/', '/body/']);
    const title = await search(fakePagefind(pages), '?q=知识产权&in=title');
    expect(urls(title.hits)).toEqual(['/title/']);
    expect(title.status).toBe('“知识产权”共找到 1 篇文章（仅搜索标题）。');
    // Pages sharing only some characters are not offered for a title-only search.
    expect(title.settled!.related).toEqual([]);
  });

  it('says nothing was found in titles when the query is only in the text', async () => {
    const shown = await search(fakePagefind(pages), '?q=营商环境会议&in=title');
    expect(urls(shown.hits)).toEqual(['/body/']);
    const body = await search(fakePagefind(pages), '?q=加强知识产权&in=title');
    expect(body.hits).toEqual([]);
    expect(body.status).toBe('没有找到包含“加强知识产权”的文章（仅搜索标题）。');
  });

  it('keeps the days of a range, both included, and reads no page outside it', async () => {
    const fake = fakePagefind([
      ...dated,
      ...Array.from({ length: 40 }, (_, i) => page(`/old${i}/`, `旧文${i}`, '知识产权。', '2020')),
    ]);
    const shown = await search(fake, '?q=知识产权&from=2024-01-01&to=2024-06-30');
    expect(urls(shown.hits).sort()).toEqual(['/jan1/', '/jun30/']);
    expect(shown.status).toBe('“知识产权”共找到 2 篇文章（发布于2024年1月1日至2024年6月30日）。');
    expect(fake.counter.loads).toBe(2);
  });

  it('takes a range open at either end', async () => {
    const from = await search(fakePagefind(dated), '?q=知识产权&from=2024-06-30');
    expect(urls(from.hits).sort()).toEqual(['/jul1/', '/jun30/']);
    expect(from.status).toContain('（发布于2024年6月30日及以后）');
    const to = await search(fakePagefind(dated), '?q=知识产权&to=2023-12-31');
    expect(urls(to.hits)).toEqual(['/dec31/']);
    expect(to.status).toContain('（发布于2023年12月31日及以前）');
    const none = await search(fakePagefind(dated), '?q=知识产权&from=2025-01-01');
    expect(none.hits).toEqual([]);
    expect(none.status).toBe('没有找到包含“知识产权”的文章（发布于2025年1月1日及以后）。');
  });

  it('combines title only, a range, the source filter and the date sort', async () => {
    const url = '?q=知识产权&in=title&from=2024-01-01&to=2024-12-31&sort=date';
    const shown = await search(fakePagefind(dated), url);
    expect(urls(shown.hits)).toEqual(['/jul1/', '/jun30/', '/jan1/']);
    const source = shown.settled!.facets.find((f) => f.param === 'source')!;
    expect(source.values.map((v) => `${v.value}:${v.count}`)).toEqual(['省政府:2', '省市场监管局:1']);
    const filtered = await search(fakePagefind(dated), `${url}&source=省市场监管局`);
    expect(urls(filtered.hits)).toEqual(['/jun30/']);
    // The other source's pages were not read for this link, so the total is Pagefind's: about.
    expect(filtered.status).toBe(
      '“知识产权”共找到约 3 篇文章（仅搜索标题，发布于2024年1月1日至2024年12月31日），筛选后显示 1 篇。',
    );
  });

  it('links each result with the spellings searched, so the article can mark them', async () => {
    const shown = await search(fakePagefind(pages), '?q=知識產權');
    const link = new URL(shown.hits[0]!.link, 'http://x');
    expect(link.pathname).toBe('/title/');
    expect(link.searchParams.getAll('hl')).toEqual(['知识产权', '知識產權']);
  });

  it('ignores days it cannot use, searches without them, and can say what it ignored', async () => {
    for (const url of ['?q=知识产权&from=2024-13-01', '?q=知识产权&from=2024-07-01&to=2024-01-01']) {
      const state = readState(url);
      const shown = await search(fakePagefind(dated), url);
      expect(shown.phase).toBe('done');
      expect(urls(shown.hits)).toHaveLength(4);
      expect(state.ignored.map((value) => ignoredText(ui, value))).toHaveLength(1);
    }
    expect(readState('?from=2024-13-01').ignored.map((value) => ignoredText(ui, value))).toEqual([
      '起始日期“2024-13-01”无效（应写作 2024-01-31），已忽略。',
    ]);
    expect(
      readState('?from=2024-07-01&to=2024-01-01').ignored.map((value) => ignoredText(ui, value)),
    ).toEqual(['截止日期2024年1月1日早于起始日期2024年7月1日，已忽略日期范围。']);
  });
});
