/**
 * Searching a large archive: the search opens only the shards whose route files say they may
 * hold the query, the newest window of them first, says which dates it has searched, and
 * 搜索更早的文章 reaches every other match.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindPage } from '../../../src/search/browser/engine/pagefind-api.ts';
import { buildRoutes, recordWordCollector } from '../../../src/search/build/route-writer.ts';
import { ROUTES_MANIFEST } from '../../../src/search/contract/route-files.ts';
import { shanghaiDay } from '../../../src/lib/dates.ts';
import { shardFolder } from '../../../src/search/contract/shard-layout.ts';
import { BATCH_SIZE } from '../../../src/search/browser/engine/page-reads.ts';
import { startSearchSession } from '../../../src/search/browser/session.ts';
import { readState } from '../../../src/search/browser/url-state.ts';
import { fakePagefind, fakeSources, page } from '../../helpers/fake-pagefind.ts';
import { recordingView, urls } from '../../helpers/search-view.ts';

// Four shards of a year each, counted from the oldest as the build cuts them.
const shards: PagefindPage[][] = [2021, 2022, 2023, 2024].map((year) => [
  page(`/${year}/ip/`, `${year}年知识产权工作会议`, '加强知识产权保护。', String(year)),
  page(
    `/${year}/port/`,
    `${year}年港口建设`,
    year === 2022 ? '张雁云出席会议。' : '码头扩建。',
    String(year),
  ),
]);

/** The route files the build would write for `shardsOf`, each shard counted as `articles` articles (its pages by default). */
function routesOf(shardsOf: PagefindPage[][], articles?: number): Map<string, string> {
  const collect = recordWordCollector();
  const words = shardsOf.map((pages) => {
    const set = new Set<string>();
    for (const p of pages) collect([p.content], set);
    return set;
  });
  const spans = shardsOf.map((pages) => {
    const days = pages.map((p) => shanghaiDay(p.meta.published!)).sort();
    return { first: days[0]!, last: days.at(-1)!, articles: articles ?? pages.length };
  });
  return buildRoutes(words, spans);
}

/** The route files the build would write for these shards. */
const routeData = (): Map<string, string> => routesOf(shards);

function session(data = routeData()) {
  const fake = fakePagefind(shards);
  const { view, shown } = recordingView();
  const sources = fakeSources(fake, shards.length, data, [], 2);
  return { fake, shown, session: startSearchSession(sources, view) };
}

const merged = (fake: { merged: string[] }) => new Set(fake.merged);
/** The statuses shown while searching, in order. */
const loadingStatuses = (shown: { log: string[] }) =>
  shown.log.filter((line) => line.startsWith('loading ')).map((line) => line.slice('loading '.length));

describe('searching a large archive window by window', () => {
  it('opens the newest window first, says what it searched, then reaches the older shards', async () => {
    const { fake, shown, session: s } = session();
    const state = readState('?q=知识产权');
    await s.show(state);
    expect(urls(shown.hits).sort()).toEqual(['/2023/ip/', '/2024/ip/']);
    expect(merged(fake)).toEqual(new Set([`/${shardFolder(2)}`, `/${shardFolder(3)}`]));
    expect(shown.status).toContain('“知识产权”在已搜索的文章中找到 2 篇');
    expect(shown.status).toContain('已搜索2023年1月1日至2024年1月1日发布的文章；更早的约 4 篇文章尚未搜索。');
    expect(shown.settled?.unsearched).toBe('earlier');

    await s.searchEarlier(state);
    expect(urls(shown.hits).sort()).toEqual(['/2021/ip/', '/2022/ip/', '/2023/ip/', '/2024/ip/']);
    expect(shown.status).not.toContain('尚未搜索');
    expect(shown.settled?.unsearched).toBeUndefined();
  });

  it('opens only the old shard that holds a name, and finds it at once', async () => {
    const { fake, shown, session: s } = session();
    await s.show(readState('?q=张雁云'));
    expect(urls(shown.hits)).toEqual(['/2022/port/']);
    expect(merged(fake)).toEqual(new Set([`/${shardFolder(1)}`]));
    expect(shown.settled?.unsearched).toBeUndefined();
  });

  it('keeps the first shard out of the results when it is not asked for', async () => {
    const { shown, session: s } = session();
    await s.show(readState('?q=码头'));
    // Held by 2021, 2023 and 2024: the newest two first, with no word of 2021's page.
    expect(urls(shown.hits).sort()).toEqual(['/2023/port/', '/2024/port/']);
  });

  it('opens only the shards within the date range asked for', async () => {
    const { fake, shown, session: s } = session();
    await s.show(readState('?q=知识产权&from=2021-01-01&to=2021-12-31'));
    expect(urls(shown.hits)).toEqual(['/2021/ip/']);
    expect(fake.merged).toEqual([]);
  });

  it('opens nothing for a word no shard holds', async () => {
    const { fake, shown, session: s } = session();
    await s.show(readState('?q=乡村振兴'));
    expect(shown.hits).toEqual([]);
    expect(shown.status).toContain('没有找到');
    expect(fake.merged).toEqual([]);
  });

  it('searches every shard, window after window without being asked, when a route file cannot be read', async () => {
    const data = new Map([...routeData()].filter(([path]) => path === ROUTES_MANIFEST));
    const { shown, session: s } = session(data);
    await s.show(readState('?q=张雁云'));
    expect(urls(shown.hits)).toEqual(['/2022/port/']);
    // Found in the second window: the status says the first found nothing and the search went on.
    expect(
      loadingStatuses(shown).some((t) => t.includes('暂未找到“张雁云”') && t.includes('正在继续搜索')),
    ).toBe(true);
  });
});

/** Shards of a year each, 2021 to 2024, and a session over them opening two shards at a time. */
function identifierArchive(pages: Record<number, string>) {
  const yearShards = [2021, 2022, 2023, 2024].map((year) => [
    page(`/${year}/meeting/`, `${year}年工作会议`, pages[year] ?? '会议召开。', String(year)),
  ]);
  const fake = fakePagefind(yearShards);
  const { view, shown } = recordingView();
  const sources = fakeSources(fake, yearShards.length, routesOf(yearShards, 2500), [], 2);
  return { fake, shown, session: startSearchSession(sources, view) };
}

describe('an identifier held by one old article', () => {
  it('opens the shard holding its words as written first, not the newest holding longer numbers', async () => {
    // 第770次 in 2021; 77001 and 77002 (which begin with 770) in the two newest shards.
    const {
      fake,
      shown,
      session: s,
    } = identifierArchive({
      2021: '第770次会议召开。',
      2023: '第77001次会议召开。',
      2024: '第77002次会议召开。',
    });
    await s.show(readState(`?q=${encodeURIComponent('第770次')}`));
    expect(urls(shown.hits)).toEqual(['/2021/meeting/']);
    // The window: 2021 (its words as written), then the newest, 2024; 2023 waits.
    expect(fake.merged).toEqual([`/${shardFolder(3)}`]);
    // One shard that may hold it (2023) is not searched: the count is not given as the archive's.
    expect(shown.status).toContain('“第770次”在已搜索的文章中找到 1 篇');
    expect(shown.status).toContain('另有约 2500 篇可能相关的文章尚未搜索');
    expect(shown.status).not.toContain('共找到');
    expect(shown.settled?.unsearched).toBe('rest');
  });

  it('goes on window by window until a result holds it as written, and never says 没有找到 before', async () => {
    // Every word of 第770次 as written in 2024 and 2023, but not together; together only in 2021.
    const { shown, session: s } = identifierArchive({
      2021: '第770次会议召开。',
      2023: '第770号文件，修订过 3 次。',
      2024: '第770号决定，累计开会100次。',
    });
    await s.show(readState(`?q=${encodeURIComponent('第770次')}`));
    expect(urls(shown.hits)).toEqual(['/2021/meeting/']);
    expect(loadingStatuses(shown).some((t) => t.includes('暂未找到“第770次”'))).toBe(true);
    expect(loadingStatuses(shown).every((t) => !t.includes('没有找到'))).toBe(true);
  });

  it('says 没有找到 only once every shard that may hold it has been searched', async () => {
    const {
      fake,
      shown,
      session: s,
    } = identifierArchive({
      2021: '第770号文件修订。',
      2023: '第77001次会议召开。',
      2024: '第77002次会议召开。',
    });
    await s.show(readState(`?q=${encodeURIComponent('第770次')}`));
    expect(shown.hits).toEqual([]);
    expect(shown.status).toContain('没有找到包含“第770次”的文章');
    expect(shown.status).not.toContain('尚未搜索');
    // 2021, 2023 and 2024 may hold it (2022 holds none of 770…): all three were opened.
    expect(new Set(fake.merged)).toEqual(new Set([`/${shardFolder(2)}`, `/${shardFolder(3)}`]));
  });
});

describe('the first results of a large archive', () => {
  it('show after one batch of pages read, even while older shards wait', async () => {
    // Four shards of 15 pages that all hold the query, a window of two: the newest window is
    // checked for a result as written, and that first batch is what the page shows first.
    const many = [2021, 2022, 2023, 2024].map((year) =>
      Array.from({ length: 15 }, (_, i) =>
        page(`/${year}/ip-${i}/`, `${year}年第${i + 1}次会议`, '加强知识产权保护。', String(year)),
      ),
    );
    const fake = fakePagefind(many);
    const { view, shown } = recordingView();
    const readBeforeFirstHits: number[] = [];
    const counting = {
      ...view,
      hits(hits: Parameters<typeof view.hits>[0]) {
        if (hits.length && readBeforeFirstHits.length === 0) readBeforeFirstHits.push(fake.counter.loads);
        view.hits(hits);
      },
    };
    const sources = fakeSources(fake, many.length, routesOf(many), [], 2);
    await startSearchSession(sources, counting).show(readState(`?q=${encodeURIComponent('知识产权')}`));
    expect(shown.hits.length).toBeGreaterThan(0);
    expect(readBeforeFirstHits).toEqual([BATCH_SIZE]);
  });
});
