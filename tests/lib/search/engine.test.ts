import { describe, expect, it } from 'vitest';
import {
  allChecked,
  BATCH_SIZE,
  countsFor,
  fillExact,
  hasMore,
  loadDateRank,
  loadFilterIndex,
  LOOSE_BUDGET,
  orderFor,
  PAGE_SIZE,
  planQuery,
  shownHits,
  selectedFilters,
  startMatches,
  uncheckedCount,
  type PagefindLike,
  type PagefindPage,
} from '../../../src/lib/search/engine.ts';
import { segmentWords } from '../../../src/lib/search/segment.ts';
import { toSimplified } from '../../../src/lib/search/traditional.ts';
import { readState, type SearchState } from '../../../src/lib/search/url-state.ts';

/** A page as Pagefind returns it: its content is the indexed record's, split into words. */
function page(url: string, title: string, text: string, year: string): PagefindPage {
  return {
    url,
    content: `${segmentWords(title)}. ${segmentWords(text)}`,
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

interface FakeOptions {
  /** Pages the phrase search misses (a term inside a longer segmented word) or wrongly finds. */
  phraseMisses?: (page: PagefindPage, phrase: string) => boolean;
  phraseFalseHits?: (page: PagefindPage, phrase: string) => boolean;
  /** Phrase searches answer only once this resolves. */
  phraseGate?: Promise<void>;
}

/**
 * Pagefind as it behaves on Chinese: the loose search finds every page holding any character
 * of the query, the phrase search ("…") pages holding it as written; counts data() calls.
 */
function fakePagefind(all: PagefindPage[], options: FakeOptions = {}) {
  const searched: string[] = [];
  const counter = { loads: 0 };
  const result = (p: PagefindPage) => ({
    id: p.url,
    data: async () => {
      counter.loads++;
      return p;
    },
  });
  const pagefind: PagefindLike = {
    async search(query, opts = {}) {
      if (query === null) {
        const kept = all.filter((p) =>
          Object.entries(opts.filters ?? {}).every(([name, value]) => p.filters[name]?.includes(value)),
        );
        if (opts.sort) kept.sort((a, b) => (b.meta.published ?? '').localeCompare(a.meta.published ?? ''));
        // Merged shards: Pagefind orders a sorted search by each page's place within its own shard.
        const place = (p: PagefindPage) =>
          kept.filter((q) => q.filters.shard?.[0] === p.filters.shard?.[0]).indexOf(p);
        if (opts.sort && kept.some((p) => p.filters.shard)) kept.sort((a, b) => place(a) - place(b));
        return { results: kept.map(result) };
      }
      searched.push(query);
      const phrase = /^"(.*)"$/u.exec(query)?.[1];
      if (phrase !== undefined) {
        await options.phraseGate;
        return {
          results: all
            .filter(
              (p) =>
                (p.content.includes(phrase) && !options.phraseMisses?.(p, phrase)) ||
                options.phraseFalseHits?.(p, phrase),
            )
            .map(result),
        };
      }
      const chars = [...query.replace(/\s/g, '')];
      return { results: all.filter((p) => chars.some((c) => p.content.includes(c))).map(result) };
    },
    async filters() {
      const counts: Record<string, Record<string, number>> = {};
      for (const p of all) {
        for (const [name, values] of Object.entries(p.filters)) {
          for (const value of values ?? []) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
        }
      }
      return counts;
    },
  };
  return { pagefind, searched, counter };
}

/** One query through the engine as the search page runs it: the first page of results. */
async function search(pagefind: PagefindLike, query: string, state: SearchState = readState(`?q=${query}`)) {
  const matches = startMatches(await planQuery(pagefind, query, toSimplified));
  const index = { filters: await loadFilterIndex(pagefind), dateRank: await loadDateRank(pagefind) };
  await matches.plan.phrases();
  await fillExact(matches, () => orderFor(matches, state, index), PAGE_SIZE);
  const exact = shownHits(matches, orderFor(matches, state, index), PAGE_SIZE);
  return { matches, exact, related: matches.related, counts: countsFor(matches, state, index.filters) };
}

const urls = (hits: Array<{ url: string }>) => hits.map((h) => h.url);

describe('matching a query', () => {
  it('puts pages holding the query as written first, loose ones as related, and drops the unrelated', async () => {
    const { exact, related } = await search(fakePagefind(pages).pagefind, '浙江大学');
    expect(urls(exact)).toEqual(['/exact/']);
    expect(urls(related)).toEqual(['/loose/']);
  });

  it('finds nothing exact for a name no article holds', async () => {
    const { exact, related, counts } = await search(fakePagefind(pages).pagefind, '张小云');
    expect(exact).toEqual([]);
    expect(related).toEqual([]);
    expect(counts.total).toBe(0);
  });

  it('builds the excerpt from the article text, without the title or paragraph spaces', async () => {
    const [hit] = (await search(fakePagefind(pages).pagefind, '深化合作')).exact;
    expect(hit!.excerpt.map((p) => p.text).join('')).toBe('…双方将深化合作。');
    expect(hit!.titlePieces).toEqual([{ text: '省教育厅与浙江大学签约', mark: false }]);
  });

  it('converts Traditional script, says so, and searches both spellings', async () => {
    const { pagefind, searched } = fakePagefind(pages);
    const { matches, exact } = await search(pagefind, '浙江大學');
    expect(matches.plan.converted).toBe('浙江大学');
    const asSearched = ['浙江大学', '浙江大學'].map(segmentWords);
    expect(searched).toEqual(expect.arrayContaining([...asSearched, ...asSearched.map((q) => `"${q}"`)]));
    expect(urls(exact)).toEqual(['/exact/']);
  });

  it('converts term by term: a Simplified term next to a Traditional one stays as typed', async () => {
    const { matches, exact } = await search(fakePagefind(pages).pagefind, '深化合作 浙江大學');
    expect(matches.plan.converted).toBe('深化合作 浙江大学');
    expect(urls(exact)).toEqual(['/exact/']);
  });

  it('filters and sorts the exact results, with counts from the filter index', async () => {
    const { pagefind } = fakePagefind(pages);
    expect(urls((await search(pagefind, '浙江')).exact)).toEqual(['/loose/', '/exact/']);
    const filtered = await search(pagefind, '浙江', readState('?q=浙江&year=2023'));
    expect(urls(filtered.exact)).toEqual(['/exact/']);
    // Ordering needs the selected values' pages only, not the whole filter index.
    const state = readState('?q=浙江&year=2023');
    const selectedOnly = await loadFilterIndex(pagefind, selectedFilters(state));
    expect([...selectedOnly.keys()]).toEqual(['/exact/']);
    expect(orderFor(filtered.matches, state, { filters: selectedOnly }).map((c) => c.id)).toEqual([
      '/exact/',
    ]);
    expect(filtered.counts).toMatchObject({ total: 2, filtered: 1 });
    const years = filtered.counts.facets.find((f) => f.param === 'year')!.values;
    expect(years.map((v) => `${v.value}:${v.count}`)).toEqual(['2024:1', '2023:1']);
    const reversed = [...pages].reverse(); // relevance order now puts the older page first
    expect(
      urls((await search(fakePagefind(reversed).pagefind, '浙江', readState('?q=浙江&sort=date'))).exact),
    ).toEqual(['/loose/', '/exact/']);
  });

  it('finds a term inside a longer word that the phrase search misses, among the first loose matches', async () => {
    const { exact, counts } = await search(
      fakePagefind(pages, { phraseMisses: () => true }).pagefind,
      '浙江大学',
    );
    expect(urls(exact)).toEqual(['/exact/']);
    expect(counts.total).toBe(1);
  });

  it('never shows a phrase match whose text does not hold the query, and corrects the count', async () => {
    const fake = fakePagefind(pages, { phraseFalseHits: (p) => p.url === '/loose/' });
    const { exact, counts } = await search(fake.pagefind, '浙江大学');
    expect(urls(exact)).toEqual(['/exact/']);
    expect(counts.total).toBe(1);
  });
});

describe('bounded work on a large archive', () => {
  const many = (n: number, text: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => page(`/p${i}/`, `第${i}号通知`, text(i), String(2000 + (i % 20))));

  it('reads one page of results, batch by batch, however many pages match', async () => {
    const fake = fakePagefind(many(1000, () => '加强知识产权保护。'));
    const matches = startMatches(await planQuery(fake.pagefind, '知识产权', toSimplified));
    const order = () => orderFor(matches, readState('?q=知识产权'));
    const shownAfterBatch: number[] = [];
    await fillExact(matches, order, PAGE_SIZE, () =>
      shownAfterBatch.push(shownHits(matches, order(), PAGE_SIZE).length),
    );
    expect(fake.counter.loads).toBe(PAGE_SIZE);
    expect(shownAfterBatch).toEqual([BATCH_SIZE, PAGE_SIZE]);
    // Pagefind's phrase matches stand in for the pages not read yet.
    expect(countsFor(matches, readState('?q=知识产权'), await loadFilterIndex(fake.pagefind)).total).toBe(
      1000,
    );
    expect(allChecked(matches)).toBe(false);
    expect(hasMore(matches, order(), PAGE_SIZE)).toBe(true);

    // 加载更多 reads the next page only.
    await fillExact(matches, order, 2 * PAGE_SIZE);
    expect(fake.counter.loads).toBe(2 * PAGE_SIZE);
    expect(shownHits(matches, order(), 2 * PAGE_SIZE)).toHaveLength(2 * PAGE_SIZE);
  });

  it('reads and shows the first results before the phrase searches answer', async () => {
    let answer = () => {};
    const fake = fakePagefind(
      many(1000, () => '加强知识产权保护。'),
      {
        phraseGate: new Promise((resolve) => (answer = resolve)),
      },
    );
    const matches = startMatches(await planQuery(fake.pagefind, '知识产权', toSimplified));
    const order = () => orderFor(matches, readState('?q=知识产权'));
    await fillExact(matches, order, PAGE_SIZE);
    expect(matches.plan.phraseIds).toBeUndefined();
    expect(shownHits(matches, order(), PAGE_SIZE)).toHaveLength(PAGE_SIZE);
    answer();
    await matches.plan.phrases();
    expect(matches.plan.phraseIds?.size).toBe(1000);
  });

  it('checks at most the loose budget when the phrase search finds nothing, and says how many it left', async () => {
    // Every page holds 知, 识, 产 and 权 apart; none holds 知识产权.
    const fake = fakePagefind(many(1000, () => '知道产品，识别权利。'));
    const matches = startMatches(await planQuery(fake.pagefind, '知识产权', toSimplified));
    const order = () => orderFor(matches, readState('?q=知识产权'));
    await fillExact(matches, order, PAGE_SIZE);
    expect(fake.counter.loads).toBe(LOOSE_BUDGET);
    expect(uncheckedCount(matches.plan)).toBe(1000 - LOOSE_BUDGET);
    expect(shownHits(matches, order(), PAGE_SIZE)).toEqual([]);
    expect(hasMore(matches, orderFor(matches, readState('?q=知识产权')), 0)).toBe(false);
  });

  it('shows no result after a page it has not read, so the order is always relevance order', async () => {
    const fake = fakePagefind(
      many(30, (i) => (i % 2 ? '知识产权' : '知道产权')),
      { phraseMisses: () => true },
    );
    const matches = startMatches(await planQuery(fake.pagefind, '知识产权', toSimplified));
    const order = () => orderFor(matches, readState('?q=知识产权'));
    await fillExact(matches, order, 3);
    expect(urls(shownHits(matches, order(), 3))).toEqual(['/p1/', '/p3/', '/p5/']);
    expect(fake.counter.loads).toBe(BATCH_SIZE);
  });
});

describe('the date order over merged shards', () => {
  // Two shards counted from the oldest, as the build cuts them: 2022–2023 in shard 1, 2024–2025 in shard 2.
  const inShard = (p: PagefindPage, shard: string): PagefindPage => ({
    ...p,
    filters: { ...p.filters, shard: [shard] },
  });
  const sharded = [
    inShard(page('/a/', '甲', '知识产权。', '2025'), '2'),
    inShard(page('/b/', '乙', '知识产权。', '2024'), '2'),
    inShard(page('/c/', '丙', '知识产权。', '2023'), '1'),
    inShard(page('/d/', '丁', '知识产权。', '2022'), '1'),
  ];

  it('is newest first across shards, though Pagefind interleaves a merged sorted search', async () => {
    const { pagefind } = fakePagefind(sharded);
    const merged = await pagefind.search(null, { sort: { published: 'desc' } });
    expect(merged?.results.map((r) => r.id)).toEqual(['/a/', '/c/', '/b/', '/d/']);
    const rank = await loadDateRank(pagefind, 2);
    expect([...rank].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  it('leaves the shard filter out of the facets', async () => {
    const index = await loadFilterIndex(fakePagefind(sharded).pagefind);
    expect(Object.keys(index.get('/a/') ?? {}).sort()).toEqual(['年份', '来源'].sort());
  });
});
