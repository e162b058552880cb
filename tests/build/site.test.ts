import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs, indexedPages, page, type IndexedPage } from '../helpers/dist.ts';
import { joinSegments, withoutHiddenWords } from '../../src/search/contract/segment.ts';

const siteDir = (await testSite('site')).dir;
const fixtureDir = (await testSite('fixture')).dir;
const fixtureArticles = (await testSite('fixture')).articles;
const [seedSlug] = articleSlugs(siteDir);

describe('the built article page', () => {
  const $ = page(siteDir, `articles/${seedSlug}/`);

  it('shows the title as the one <h1>, in a Chinese page', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('2024年浙江省知识产权强省建设工作联席会议全体成员会议召开');
    expect($('title').text()).toContain('2024年浙江省知识产权强省建设工作联席会议全体成员会议召开');
  });

  it('shows 来源 and 发布时间 in Shanghai time, though built in Los Angeles', () => {
    const meta = $('.article__meta').text();
    expect(meta).toContain('来源');
    expect(meta).toContain('省市场监管局（省知识产权局）');
    expect(meta).toContain('发布时间');
    const time = $('.article__meta time');
    expect(time.text()).toBe('2024年3月15日 09:58');
    expect(time.attr('datetime')).toBe('2024-03-15T09:58:00+08:00');
  });

  it('shows the body once, with the photo as a captioned placeholder and no broken <img>', () => {
    const prose = $('.prose');
    expect(prose.find('p')).toHaveLength(10);
    expect(prose.text().split('浙江省政府副省长张雁云出席会议并讲话').length - 1).toBe(1);
    expect($('img')).toHaveLength(0);
    const figure = prose.find('figure.image-missing');
    expect(figure).toHaveLength(1);
    expect(figure.find('figcaption').text()).toContain('微信图片_20240312083018.jpg');
    expect(figure.text()).toContain('图片未存档');
  });

  it('has a header with the site name and a search box leading to /search/, and a footer', () => {
    expect($('header.site-header .site-name').text()).toBe('政务新闻档案');
    const form = $('header form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.find('input[name="q"]')).toHaveLength(1);
    expect($('footer')).toHaveLength(1);
  });
});

describe('the built index', () => {
  it('lists the article with title, date, source and summary', () => {
    const $ = page(siteDir, '/');
    const item = $('.article-summary');
    expect(item).toHaveLength(1);
    expect(item.find('h2 a').attr('href')).toBe(`/articles/${seedSlug}/`);
    expect(item.find('time').text()).toBe('2024年3月15日 09:58');
    expect(item.text()).toContain('省市场监管局（省知识产权局）');
    expect(item.find('.article-summary__text').text()).toMatch(/^3月11日上午，2024年浙江省/);
    expect(existsSync(join(siteDir, 'page/2/index.html'))).toBe(false);
  });
});

describe('the search index', () => {
  it('is built by `astro build` into pagefind/, without the Pagefind UIs the site does not use', () => {
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(files.filter((f) => f.startsWith('pagefind-') && f.includes('ui'))).toEqual([]);
  });

  it('holds the article once: its text as a reader sees it, and the fields results show', () => {
    const [[indexed, ...others]] = indexedPages(siteDir) as [IndexedPage[]];
    expect(others).toEqual([]);
    expect(indexed!.url).toBe(`/articles/${seedSlug}/`);
    expect(indexed!.meta).toMatchObject({
      title: '2024年浙江省知识产权强省建设工作联席会议全体成员会议召开',
      source: '省市场监管局（省知识产权局）',
      date: '2024年3月15日 09:58',
      published: '2024-03-15T09:58:00+08:00',
    });
    expect(indexed!.filters['来源']).toEqual(['省市场监管局（省知识产权局）']);
    expect(indexed!.filters['年份']).toEqual(['2024']);
    expect(indexed!.filters['日期']).toEqual(['2024-03-15']);
    expect([...indexed!.filters['标签']!].sort()).toEqual(
      ['会议', '市场监管', '知识产权', '科技创新', '营商环境'].sort(),
    );
    const text = joinSegments(withoutHiddenWords(indexed!.content));
    const $ = page(siteDir, `articles/${seedSlug}/`);
    for (const paragraph of $('.prose p').toArray()) expect(text).toContain($(paragraph).text());
    // Labels, stats and the missing-photo placeholder are not article text.
    for (const label of ['来源', '发布时间', '标签', '阅读', '图片未存档', '原图未存档']) {
      expect(text).not.toContain(label);
    }
  });
});

describe('a build over another CONTENT_DIR (45 generated articles)', () => {
  const newestFirst = [...fixtureArticles].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );

  it('builds every article in that folder and none of the committed ones', () => {
    expect(articleSlugs(fixtureDir)).toEqual(fixtureArticles.map((a) => a.slug).sort());
  });

  const titlesOn = (path: string): string[] => {
    const $ = page(fixtureDir, path);
    return $('.article-summary h2')
      .map((_, el) => $(el).text())
      .get();
  };

  it('shows the newest 20 on /, and numbers pages of 20 from the oldest: /page/1/ … /page/3/', () => {
    const titles = newestFirst.map((a) => a.title);
    expect(titlesOn('/')).toEqual(titles.slice(0, 20));
    // Page 1 holds the 20 oldest; the newest page holds the 5 left over, each newest first.
    expect(titlesOn('/page/1/')).toEqual(titles.slice(25));
    expect(titlesOn('/page/3/')).toHaveLength(5);
    expect([3, 2, 1].flatMap((n) => titlesOn(`/page/${n}/`))).toEqual(titles);
    expect(existsSync(join(fixtureDir, 'page/4/index.html'))).toBe(false);
  });

  it('shows a date without a made-up time when the source gave only a day', () => {
    const dayOnly = fixtureArticles.find((a) => a.dateOnly)!;
    const time = page(fixtureDir, `articles/${dayOnly.slug}/`)('.article__meta time');
    expect(time.text()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(time.attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const timed = fixtureArticles.find((a) => !a.dateOnly)!;
    expect(page(fixtureDir, `articles/${timed.slug}/`)('.article__meta time').text()).toMatch(
      / \d{2}:\d{2}$/,
    );
  });

  it('links pages to each other: newer towards the front, older towards page 1', () => {
    const front = page(fixtureDir, '/');
    expect(front('.pagination a[rel="prev"]')).toHaveLength(0);
    expect(front('.pagination a[rel="next"]').attr('href')).toBe('/page/2/');
    expect(front('.list-count').text()).toBe('共 45 篇');
    const $ = page(fixtureDir, '/page/2/');
    expect($('.pagination a[rel="prev"]').attr('href')).toBe('/page/3/');
    expect($('.pagination a[rel="next"]').attr('href')).toBe('/page/1/');
    expect($('.pagination').text()).toContain('第 2 页');
    // A numbered page says nothing that changes as articles are added (no total).
    expect($('.list-count').text()).toBe('第 2 页 · 页码从最早的文章起编排');
    expect(page(fixtureDir, '/page/3/')('.pagination a[rel="prev"]').attr('href')).toBe('/');
    expect(page(fixtureDir, '/page/1/')('.pagination a[rel="next"]')).toHaveLength(0);
  });
});
