/**
 * The search sequence's own work: the prompt, loading and failure, 加载更多, a newer query
 * winning over an older one, and a failed load tried again.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/i18n/zh-CN.ts';
import { RESULTS_PER_LOAD, startSearchSession } from '../../../src/search/browser/session.ts';
import { readState } from '../../../src/search/browser/url-state.ts';
import { fakePagefind, fakeSources, page } from '../../helpers/fake-pagefind.ts';
import { recordingView, urls } from '../../helpers/search-view.ts';

const pages = [
  page('/exact/', '省教育厅与浙江大学签约', '浙江大学党委书记出席。', '2023'),
  page('/cloud/', '张家港云计算大会', '小型企业上云。', '2022'),
];
const many = Array.from({ length: 50 }, (_, i) =>
  page(`/p${i}/`, `第${i}号通知`, '加强知识产权保护。', '2024'),
);

describe('the search sequence', () => {
  it('prompts for a query, and clears the results when the query is emptied', async () => {
    const { view, shown } = recordingView();
    const session = startSearchSession(fakeSources(fakePagefind(pages)), view);
    await session.show(readState(''));
    expect(shown).toMatchObject({ phase: 'idle', status: ui.searchPrompt, hits: [] });
    await session.show(readState('?q=浙江大学'));
    expect(urls(shown.hits)).toEqual(['/exact/']);
    await session.show(readState(''));
    expect(shown).toMatchObject({ phase: 'idle', status: ui.searchPrompt, hits: [] });
  });

  it('says it is searching, then settles', async () => {
    const { view, shown } = recordingView();
    await startSearchSession(fakeSources(fakePagefind(pages)), view).show(readState('?q=浙江大学'));
    expect(shown.log[0]).toBe(`loading ${ui.searchLoading}`);
    expect(shown.log.at(-1)).toBe('settled “浙江大学”共找到 1 篇文章。');
  });

  it('加载更多 keeps the status while it reads, then shows the next page and where it starts', async () => {
    const { view, shown } = recordingView();
    const session = startSearchSession(fakeSources(fakePagefind(many)), view);
    await session.show(readState('?q=知识产权'));
    expect(shown.hits).toHaveLength(RESULTS_PER_LOAD);
    expect(shown.settled?.firstNew).toBeUndefined();
    const before = shown.log.length;
    await session.show(readState('?q=知识产权'), true);
    expect(shown.log[before]).toBe('loading ');
    expect(urls(shown.hits).slice(0, RESULTS_PER_LOAD + 1)).toEqual(
      Array.from({ length: RESULTS_PER_LOAD + 1 }, (_, i) => `/p${i}/`),
    );
    expect(shown.settled).toMatchObject({ firstNew: RESULTS_PER_LOAD, more: true });
    // A new search starts from the first page again.
    await session.show(readState('?q=知识产权&sort=date'));
    expect(shown.hits).toHaveLength(RESULTS_PER_LOAD);
  });

  it('never lets a slower, older query overwrite a newer one', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const fake = fakePagefind(pages, { looseGate: (q) => (q.includes('浙江') ? held : undefined) });
    const { view, shown } = recordingView();
    const session = startSearchSession(fakeSources(fake), view);
    const older = session.show(readState('?q=浙江大学'));
    await expect.poll(() => fake.searched.length).toBeGreaterThan(0);
    const newer = session.show(readState('?q=云计算'));
    await newer;
    const settledNewer = shown.log.length;
    release();
    await older;
    expect(shown.log.length).toBe(settledNewer);
    expect(shown.log.some((l) => l.includes('/exact/') || l.includes('浙江'))).toBe(false);
    expect(urls(shown.hits)).toEqual(['/cloud/']);
    expect(shown.status).toBe('“云计算”共找到 1 篇文章。');
  });

  it('tries Pagefind again after it failed to load', async () => {
    const fake = fakePagefind(pages);
    let attempts = 0;
    const sources = {
      ...fakeSources(fake),
      importPagefind: async () => {
        if (++attempts === 1) throw new Error('network down');
        return fake.module;
      },
    };
    const { view, shown } = recordingView();
    const session = startSearchSession(sources, view);
    await session.show(readState('?q=浙江大学'));
    expect(shown).toMatchObject({ phase: 'failed', status: ui.searchFailed });
    await session.show(readState('?q=浙江大学'));
    expect(shown.phase).toBe('done');
    expect(urls(shown.hits)).toEqual(['/exact/']);
    expect(attempts).toBe(2);
  });

  it('tries a query again after its search failed', async () => {
    let failures = 1;
    const fake = fakePagefind(pages, {
      looseGate: async () => {
        if (failures-- > 0) throw new Error('index chunk missing');
      },
    });
    const { view, shown } = recordingView();
    const session = startSearchSession(fakeSources(fake), view);
    await session.show(readState('?q=浙江大学'));
    expect(shown).toMatchObject({ phase: 'failed', status: ui.searchFailed });
    await session.show(readState('?q=浙江大学'));
    expect(urls(shown.hits)).toEqual(['/exact/']);
  });

  it('searches a query once while the reader filters and sorts its results', async () => {
    const fake = fakePagefind(pages);
    const session = startSearchSession(fakeSources(fake), recordingView().view);
    await session.show(readState('?q=浙江大学'));
    const searches = fake.searched.length;
    await session.show(readState('?q=浙江大学&sort=date'));
    await session.show(readState('?q=浙江大学&year=2023'));
    expect(fake.searched.length).toBe(searches);
  });
});
