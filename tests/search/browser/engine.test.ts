/**
 * Matching and ranking, driven through the search page's own sequence (session.ts) over an
 * in-memory Pagefind: what the reader is shown for a query.
 */
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, fillExact, startMatches } from '../../../src/search/browser/engine/page-reads.ts';
import { LOOSE_BUDGET, planQuery } from '../../../src/search/browser/engine/query-plan.ts';
import {
  loadDateRank,
  loadFilterIndex,
  selectedFilters,
} from '../../../src/search/browser/engine/index-loaders.ts';
import { orderFor, shownHits } from '../../../src/search/browser/engine/ordering.ts';
import { RESULTS_PER_LOAD, startSearchSession } from '../../../src/search/browser/session.ts';
import { type PagefindPage } from '../../../src/search/browser/engine/pagefind-api.ts';
import { ui } from '../../../src/lib/i18n/zh-CN.ts';
import { openShards } from '../../../src/search/browser/engine/open-index.ts';
import { segmentWords } from '../../../src/search/contract/segment.ts';
import { toSimplified } from '../../../src/search/browser/traditional/to-simplified.ts';
import { readState } from '../../../src/search/browser/url-state.ts';
import { fakePagefind, fakeSources, page, type FakePagefind } from '../../helpers/fake-pagefind.ts';
import { recordingView, urls } from '../../helpers/search-view.ts';

const pages = [
  page('/loose/', '浙江工业大学举办大赛', '浙江省大学生参赛。', '2024'),
  page('/exact/', '省教育厅与浙江大学签约', '浙江大学党委书记出席。 双方将深化合作。', '2023'),
  page('/scattered/', '张家港云计算大会', '小型企业上云。', '2022'),
];

/** One search as the page runs it (the URL's query string), and what the page then shows. */
async function search(fake: FakePagefind, url: string, shards = 1) {
  const { view, shown } = recordingView();
  const session = startSearchSession(fakeSources(fake, shards), view);
  await session.show(readState(url));
  return { shown, session, settled: shown.settled! };
}

describe('matching a query', () => {
  it('puts pages holding the query as written first, loose ones as related, and drops the unrelated', async () => {
    const { shown, settled } = await search(fakePagefind(pages), '?q=浙江大学');
    expect(urls(shown.hits)).toEqual(['/exact/']);
    expect(urls(settled.related)).toEqual(['/loose/']);
    expect(shown.status).toBe('“浙江大学”共找到 1 篇文章。');
    expect(settled.more).toBe(false);
  });

  it('says nothing was found for a name no article holds, and shows nothing', async () => {
    const { shown, settled } = await search(fakePagefind(pages), '?q=张小云');
    expect(shown.phase).toBe('done');
    expect(shown.status).toBe('没有找到包含“张小云”的文章。');
    expect(shown.hits).toEqual([]);
    expect(settled).toMatchObject({ total: 0, related: [], more: false, budgetNote: undefined });
  });

  it('points to the related results when nothing holds the query as written', async () => {
    const { shown, settled } = await search(fakePagefind(pages), '?q=浙江大赛');
    expect(shown.hits).toEqual([]);
    expect(urls(settled.related)).toEqual(['/loose/', '/exact/']);
    expect(shown.status).toBe('没有找到包含“浙江大赛”的文章。下方列出相关结果。');
  });

  it('builds the excerpt from the article text, without the title or paragraph spaces', async () => {
    const [hit] = (await search(fakePagefind(pages), '?q=深化合作')).shown.hits;
    expect(hit!.excerpt.map((p) => p.text).join('')).toBe('…双方将深化合作。');
    expect(hit!.titlePieces).toEqual([{ text: '省教育厅与浙江大学签约', mark: false }]);
  });

  it('converts Traditional script, says so, and searches both spellings', async () => {
    const fake = fakePagefind(pages);
    const { shown } = await search(fake, '?q=浙江大學');
    expect(shown.status).toBe('已将繁体“浙江大學”转换为简体“浙江大学”搜索。“浙江大学”共找到 1 篇文章。');
    const asSearched = ['浙江大学', '浙江大學'].map(segmentWords);
    expect(fake.searched).toEqual(
      expect.arrayContaining([...asSearched, ...asSearched.map((q) => `"${q}"`)]),
    );
    expect(urls(shown.hits)).toEqual(['/exact/']);
  });

  it('converts term by term: a Simplified term next to a Traditional one stays as typed', async () => {
    const { shown } = await search(fakePagefind(pages), '?q=深化合作 浙江大學');
    expect(shown.status).toContain('转换为简体“深化合作 浙江大学”搜索');
    expect(urls(shown.hits)).toEqual(['/exact/']);
  });

  it('filters the exact results, with counts over every exact result', async () => {
    const fake = fakePagefind(pages);
    expect(urls((await search(fake, '?q=浙江')).shown.hits)).toEqual(['/loose/', '/exact/']);
    const { shown, settled } = await search(fake, '?q=浙江&year=2023');
    expect(urls(shown.hits)).toEqual(['/exact/']);
    // The page the filter hides is not read: Pagefind's phrase search counts it.
    expect(shown.status).toBe('“浙江”共找到约 2 篇文章，筛选后显示 1 篇。');
    const years = settled.facets.find((f) => f.param === 'year')!.values;
    expect(years.map((v) => `${v.value}:${v.count}:${v.selected}`)).toEqual(['2024:1:false', '2023:1:true']);
  });

  it('orders by date, newest first, when asked', async () => {
    const reversed = [...pages].reverse(); // relevance order now puts the older page first
    expect(urls((await search(fakePagefind(reversed), '?q=浙江')).shown.hits)).toEqual([
      '/exact/',
      '/loose/',
    ]);
    expect(urls((await search(fakePagefind(reversed), '?q=浙江&sort=date')).shown.hits)).toEqual([
      '/loose/',
      '/exact/',
    ]);
  });

  it('finds a term inside a longer word that the phrase search misses, among the first loose matches', async () => {
    const { shown, settled } = await search(fakePagefind(pages, { phraseMisses: () => true }), '?q=浙江大学');
    expect(urls(shown.hits)).toEqual(['/exact/']);
    expect(settled.total).toBe(1);
  });

  it('never shows a phrase match whose text does not hold the query, and corrects the count', async () => {
    const fake = fakePagefind(pages, { phraseFalseHits: (p) => p.url === '/loose/' });
    const { shown, settled } = await search(fake, '?q=浙江大学');
    expect(urls(shown.hits)).toEqual(['/exact/']);
    expect(settled.total).toBe(1);
  });

  it('orders by the selected filter values alone, without the whole filter index', async () => {
    const { module } = fakePagefind(pages);
    const index = await openShards(module, '/', [0], 1);
    const selected = selectedFilters(readState('?q=浙江&year=2023'));
    expect([...(await loadFilterIndex(index, selected)).keys()]).toEqual(['/exact/']);
  });
});

/** n pages numbered from 0, each with text(i), over twenty years. */
const many = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => page(`/p${i}/`, `第${i}号通知`, text(i), String(2000 + (i % 20))));

describe('bounded work on a large archive', () => {
  const hitsLog = (log: string[]) =>
    log.filter((l) => l.startsWith('hits')).map((l) => l.split(' ').length - 1);

  it('reads one page of results, batch by batch, however many pages match; 加载更多 reads the next', async () => {
    const fake = fakePagefind(many(1000, () => '加强知识产权保护。'));
    const { shown, session, settled } = await search(fake, '?q=知识产权');
    expect(fake.counter.loads).toBe(RESULTS_PER_LOAD);
    expect(hitsLog(shown.log)).toEqual([BATCH_SIZE, RESULTS_PER_LOAD, RESULTS_PER_LOAD]);
    // Pagefind's phrase matches stand in for the pages not read yet.
    expect(shown.status).toBe('“知识产权”共找到约 1000 篇文章。');
    expect(settled.more).toBe(true);

    await session.show(readState('?q=知识产权'), true);
    expect(fake.counter.loads).toBe(2 * RESULTS_PER_LOAD);
    expect(shown.hits).toHaveLength(2 * RESULTS_PER_LOAD);
    expect(shown.settled?.firstNew).toBe(RESULTS_PER_LOAD);
  });

  it('shows the first results before the phrase searches answer', async () => {
    let answer = () => {};
    const fake = fakePagefind(
      many(1000, () => '加强知识产权保护。'),
      { phraseGate: new Promise((resolve) => (answer = resolve)) },
    );
    const { view, shown } = recordingView();
    const showing = startSearchSession(fakeSources(fake), view).show(readState('?q=知识产权'));
    await expect.poll(() => shown.hits.length).toBe(RESULTS_PER_LOAD);
    expect(shown).toMatchObject({ phase: 'loading', status: ui.searchLoading });
    answer();
    await showing;
    expect(shown.status).toBe('“知识产权”共找到约 1000 篇文章。');
  });

  it('checks at most the loose budget when the phrase search finds nothing, and says how many it left', async () => {
    // Every page holds 知, 识, 产 and 权 apart; none holds 知识产权.
    const fake = fakePagefind(many(1000, () => '知道产品，识别权利。'));
    const { shown, settled } = await search(fake, '?q=知识产权');
    expect(fake.counter.loads).toBe(LOOSE_BUDGET);
    expect(settled.budgetNote).toBe(ui.searchBudgetNote(LOOSE_BUDGET, 1000 - LOOSE_BUDGET));
    expect(shown.hits).toEqual([]);
    expect(settled.more).toBe(false);
  });

  it('shows no result after a page it has not read, so the order is always relevance order', async () => {
    const fake = fakePagefind(
      many(30, (i) => (i % 2 ? '知识产权' : '知道产权')),
      { phraseMisses: () => true },
    );
    const pagefind = await openShards(fake.module, '/', [0], 1);
    const matches = startMatches(await planQuery(pagefind, '知识产权', toSimplified));
    const order = () => orderFor(matches, readState('?q=知识产权'));
    await fillExact(matches, order, 3);
    expect(urls(shownHits(matches, order(), 3))).toEqual(['/p1/', '/p3/', '/p5/']);
    expect(fake.counter.loads).toBe(BATCH_SIZE);
  });
});

describe('related results', () => {
  it('come in Pagefind’s order, whatever order their pages arrive in', async () => {
    // 知识 and 产权 apart: related, not exact. The later a page ranks, the sooner its text arrives.
    const fake = fakePagefind(many(6, () => '知识 分享 产权 登记'));
    const pagefind = await openShards(fake.module, '/', [0], 1);
    const plan = await planQuery(pagefind, '知识产权', toSimplified);
    plan.ranked = plan.ranked.map((result, i) => ({
      ...result,
      data: async () => {
        await new Promise((resolve) => setTimeout(resolve, (plan.ranked.length - i) * 5));
        return result.data();
      },
    }));
    const matches = startMatches(plan);
    await fillExact(matches, () => plan.ranked, 3);
    expect(urls(matches.related)).toEqual(plan.ranked.map((r) => r.id));
  });
});

describe('the date order over merged shards', () => {
  // Two shards counted from the oldest, as the build cuts them: 2022–2023 in shard 1, 2024–2025 in
  // shard 2. Within each, relevance puts the older page first.
  const shards: PagefindPage[][] = [
    [page('/d/', '丁', '知识产权。', '2022'), page('/c/', '丙', '知识产权。', '2023')],
    [page('/b/', '乙', '知识产权。', '2024'), page('/a/', '甲', '知识产权。', '2025')],
  ];

  it('is newest first across shards, though Pagefind interleaves a merged sorted search', async () => {
    const pagefind = await openShards(fakePagefind(shards).module, '/', [0, 1], 2);
    const merged = await pagefind.search(null, { sort: { published: 'desc' } });
    expect(merged?.results.map((r) => r.id)).toEqual(['/a/', '/c/', '/b/', '/d/']);
    const rank = await loadDateRank(pagefind, [0, 1]);
    expect([...rank].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  it('searches every shard, and sorts their results newest first', async () => {
    const fake = fakePagefind(shards);
    expect(urls((await search(fake, '?q=知识产权', 2)).shown.hits)).toEqual(['/d/', '/c/', '/b/', '/a/']);
    const { shown } = await search(fake, '?q=知识产权&sort=date', 2);
    expect(urls(shown.hits)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  it('leaves the shard filter out of the facets', async () => {
    const index = await loadFilterIndex(await openShards(fakePagefind(shards).module, '/', [0, 1], 2));
    expect(Object.keys(index.get('/a/') ?? {}).sort()).toEqual(['年份', '来源'].sort());
  });
});
