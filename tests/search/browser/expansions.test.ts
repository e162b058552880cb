/**
 * Pinyin, abbreviations and typo corrections through the real search sequence (session.ts) over
 * a fake Pagefind and the search data the build writes for the same articles: what is searched,
 * what the status says, which exact results, and which data files are fetched.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/i18n/zh-CN.ts';
import { startSearchSession } from '../../../src/search/browser/session.ts';
import { readState } from '../../../src/search/browser/url-state.ts';
import { fakePagefind, fakeSources, page } from '../../helpers/fake-pagefind.ts';
import { searchDataOf } from '../../helpers/search-data.ts';
import { recordingView, urls } from '../../helpers/search-view.ts';

const articles = [
  { url: '/hz/', title: '杭州亚运会筹备进展', text: '杭州召开亚运会筹备会议，Asian Games 倒计时开始。' },
  { url: '/gwh/', title: '顾文海赴宁波调研', text: '顾文海一行在宁波调研港口建设。' },
  { url: '/gu/', title: '谷文华出席座谈会', text: '谷文华在座谈会上发言。' },
  { url: '/zjs/', title: '浙江省部署春耕生产', text: '各地做好春耕备耕工作。' },
  { url: '/short/', title: '省发改委召开专题会议', text: '省发改委部署重点项目建设。' },
  { url: '/full/', title: '省发展和改革委员会发布规划', text: '规划明确今后五年的发展目标。' },
  { url: '/ip/', title: '知识产权保护大会召开', text: '大会强调加强知识产权保护。', tags: ['知识产权'] },
  { url: '/device/', title: '415X型设备通过验收', text: '设备型号为415X。' },
];
const pages = articles.map((a) => page(a.url, a.title, a.text, '2024'));
const data = searchDataOf(articles);

async function search(query: string) {
  const fetched: string[] = [];
  const { view, shown } = recordingView();
  const session = startSearchSession(fakeSources(fakePagefind(pages), 1, data, fetched), view);
  await session.show(readState(`?q=${encodeURIComponent(query)}`));
  return { shown, fetched, hits: urls(shown.hits).sort() };
}

const gzipBytes = (paths: readonly string[]): number =>
  [...new Set(paths)].reduce((sum, path) => sum + gzipSync(data.get(path)!).length, 0);

describe('pinyin on the search page', () => {
  it.each([
    ['hangzhou', '杭州', ['/hz/']],
    ['HangZhou', '杭州', ['/hz/']],
    ['gu wen hai', '顾文海', ['/gwh/']],
    ['guwenhai', '顾文海', ['/gwh/']],
    ['zhishichanquan', '知识产权', ['/ip/']],
  ])('searches %s as %s, with exact results and a note', async (query, words, expected) => {
    const { shown, hits, fetched } = await search(query);
    expect(hits).toEqual(expected);
    expect(shown.status).toBe(
      `${ui.searchPinyin(query, words)}${ui.searchResultCount(words, expected.length)}。`,
    );
    // Only the manifest and pinyin files, no more than the budget.
    expect(
      fetched.every((p) => p === 'search-data/manifest.json' || p.startsWith('search-data/pinyin/')),
    ).toBe(true);
    expect(gzipBytes(fetched)).toBeLessThanOrEqual(50_000);
  });

  it('reads initials of a title word (zjs → 浙江省)', async () => {
    const { shown, hits } = await search('zjs');
    expect(hits).toEqual(['/zjs/']);
    expect(shown.status).toBe(`${ui.searchInitials('zjs', '浙江省')}${ui.searchResultCount('浙江省', 1)}。`);
  });

  it('keeps a similar-sounding name apart (gu wen hai is not 谷文华)', async () => {
    expect((await search('gu wen hua')).hits).toEqual(['/gu/']);
    expect((await search('gu wen hai')).hits).toEqual(['/gwh/']);
  });

  it.each([
    ['Asian Games', ['/hz/']],
    ['415X', ['/device/']],
  ])('searches %s, a Latin word of the archive, as itself', async (query, expected) => {
    const { shown, hits } = await search(query);
    expect(hits).toEqual(expected);
    expect(shown.status).toBe(`${ui.searchResultCount(query, expected.length)}。`);
  });

  it('finds nothing for pinyin of no archive word, and guesses nothing', async () => {
    const { shown, hits } = await search('xuelang');
    expect(hits).toEqual([]);
    expect(shown.status).toMatch(new RegExp(`^${ui.searchNoResults('xuelang')}`));
    expect(shown.settled?.corrections).toEqual([]);
  });

  it('fetches no pinyin file for a Chinese query', async () => {
    const { fetched } = await search('知识产权 保护');
    expect(fetched.filter((p) => p.includes('pinyin'))).toEqual([]);
  });
});

describe('abbreviations and full names', () => {
  it.each(['省发改委', '省发展和改革委员会'])(
    '%s also searches the other spelling, exact for both',
    async (query) => {
      const { shown, hits } = await search(query);
      expect(hits).toEqual(['/full/', '/short/']);
      const other = query === '省发改委' ? '省发展和改革委员会' : '省发改委';
      expect(shown.status).toMatch(/^已同时搜索/u);
      expect(shown.status).toContain(`“${other}”`);
      expect(shown.status).toContain(ui.searchResultCount(query, 2));
    },
  );

  it('marks either spelling in the result link', async () => {
    const { shown } = await search('省发改委');
    const full = shown.hits.find((h) => h.url === '/full/')!;
    expect(full.titlePieces.some((p) => p.mark && p.text === '省发展和改革委员会')).toBe(true);
  });
});

describe('typo corrections (您是不是要找)', () => {
  it('corrects 知识产全 to 知识产权, from the correction files only', async () => {
    const { shown, hits, fetched } = await search('知识产全');
    expect(hits).toEqual([]);
    expect(shown.settled?.corrections[0]).toBe('知识产权');
    expect(shown.status).toBe(`${ui.searchNoResults('知识产全')}${ui.searchCorrectionsAndRelatedFollow}`);
    expect(fetched.some((p) => p.includes('pinyin'))).toBe(false);
    expect(fetched).toContain('search-data/readings.json');
  });

  it('offers only corrections the archive holds, and fetches nothing when the query found enough', async () => {
    const { shown } = await search('鲸鱼湾');
    expect(shown.settled?.corrections).toEqual([]);
    const found = await search('召开');
    expect(found.hits.length).toBeGreaterThan(2);
    expect(found.shown.settled?.corrections).toEqual([]);
    expect(found.fetched).toEqual([]);
  });

  it('still searches when the search data cannot be loaded', async () => {
    const { view, shown } = recordingView();
    const session = startSearchSession(fakeSources(fakePagefind(pages)), view);
    await session.show(readState('?q=知识产全'));
    expect(shown.status.startsWith(ui.searchNoResults('知识产全'))).toBe(true);
    expect(shown.settled?.corrections).toEqual([]);
    await session.show(readState('?q=415X'));
    expect(urls(shown.hits)).toEqual(['/device/']);
  });
});
