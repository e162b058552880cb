/**
 * The reader's archive over a built site: lists, article navigation, metadata on every page type,
 * feed, sitemap, robots.txt and the JSON catalogue. The 45-article fixture gives the lists depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs, page } from '../helpers/dist.ts';
import { SITE, absolute } from '../../src/lib/site.ts';
import { shanghaiDay } from '../../src/lib/dates.ts';

const siteDir = (await testSite('site')).dir;
const fixtureDir = (await testSite('fixture')).dir;
const fixtureArticles = (await testSite('fixture')).articles;
const [seedSlug] = articleSlugs(siteDir);
const newestFirst = [...fixtureArticles].sort(
  (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
);
/** A strict XML parser: any error, not only a fatal one, fails the test. */
const xmlParser = new DOMParser({
  onError: (level, message) => {
    if (level !== 'warning') throw new Error(`not well-formed XML: ${message}`);
  },
});

/** A built file as text; an href or URL path is decoded the way a static host maps it to a file. */
function builtFile(dir: string, path: string): string {
  const file = join(dir, decodeURIComponent(path.replace(/^\//, '')), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`nothing built at ${path}`);
  return readFileSync(file, 'utf8');
}

const texts = ($: CheerioAPI, selector: string): string[] =>
  $(selector)
    .map((_, el) => $(el).text())
    .get();
const hrefs = ($: CheerioAPI, selector: string): string[] =>
  $(selector)
    .map((_, el) => $(el).attr('href'))
    .get();

function parseXml(text: string): Document {
  return xmlParser.parseFromString(text, 'text/xml');
}

/** Direct children of an element with this (qualified) name. */
const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
const childText = (el: Element, name: string): string => children(el, name)[0]?.textContent ?? '';

const PAGE_TYPES: Array<[string, string]> = [
  ['home', '/'],
  ['list page 2', '/page/2/'],
  ['archive', '/archive/'],
  ['archive year', '/archive/2024/'],
  ['archive month', '/archive/2024/04/'],
  ['tag index', '/tags/'],
  ['tag', '/tags/知识产权/'],
  ['tag page 2', '/tags/会议/page/2/'],
  ['source index', '/sources/'],
  ['source', '/sources/省市场监管局（省知识产权局）/'],
  ['article', `/articles/${newestFirst[0]!.slug}/`],
  ['search', '/search/'],
  ['404', '/404.html'],
];

describe.each(PAGE_TYPES)('the %s page (%s)', (_, path) => {
  const $ = page(fixtureDir, path);
  const canonical = absolute(encodeURI(path.replace(/^\//, '')));

  it('has a title, a description and its canonical URL', () => {
    expect($('title').text()).toMatch(/政务新闻档案$/);
    expect($('meta[name="description"]').attr('content')!.length).toBeGreaterThan(10);
    expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
  });

  it('has OpenGraph and Twitter card tags matching the page', () => {
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect($('meta[property="og:description"]').attr('content')).toBe(
      $('meta[name="description"]').attr('content'),
    );
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:type"]').attr('content')).toBe(
      path.startsWith('/articles/') ? 'article' : 'website',
    );
    expect($('meta[property="og:locale"]').attr('content')).toBe('zh_CN');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
    expect($('meta[name="twitter:title"]').attr('content')).toBe(
      $('meta[property="og:title"]').attr('content'),
    );
  });

  it('announces the RSS feed, and links to every list from the header', () => {
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
    const nav = hrefs($, '.site-nav a');
    expect(nav).toEqual(['/', '/archive/', '/tags/', '/sources/', '/search/']);
  });
});

describe('the date archive', () => {
  it('/archive/ counts the articles of every year and month', () => {
    const $ = page(fixtureDir, '/archive/');
    const years = texts($, '.archive-index > li > h2');
    expect(years).toEqual(['2024年（11）', '2023年（11）', '2022年（11）', '2021年（12）']);
    const april2024 = newestFirst.filter((a) => shanghaiDay(a.publishedAt).startsWith('2024-04'));
    const link = $('a[href="/archive/2024/04/"]');
    expect(link.text()).toBe('2024年4月');
    expect(link.next().text()).toBe(`（${april2024.length}）`);
  });

  it('a month page lists exactly that Shanghai month, newest first, with its count', () => {
    const $ = page(fixtureDir, '/archive/2024/04/');
    const expected = newestFirst.filter((a) => shanghaiDay(a.publishedAt).startsWith('2024-04'));
    expect(expected.length).toBeGreaterThan(1);
    expect($('h1').text()).toBe('2024年4月');
    expect($('.list-count').text()).toBe(`共 ${expected.length} 篇`);
    expect(texts($, '.article-summary h2')).toEqual(expected.map((a) => a.title));
  });

  it('a year page lists the whole year', () => {
    const $ = page(fixtureDir, '/archive/2021/');
    expect($('h1').text()).toBe('2021年');
    expect($('.article-summary')).toHaveLength(12);
  });
});

describe('tags and sources', () => {
  it('/tags/ lists each tag with its count, linked by its Chinese name, percent-encoded', () => {
    const $ = page(fixtureDir, '/tags/');
    const items = texts($, '.term-index li');
    expect(items).toEqual([
      '会议（45）',
      '知识产权（12）',
      // Equal counts in zh-CN (pinyin) order: shēng, shù, yíng.
      '生态环境（11）',
      '数字经济（11）',
      '营商环境（11）',
    ]);
    const href = $('.term-index a').first().attr('href')!;
    expect(href).toBe('/tags/%E4%BC%9A%E8%AE%AE/');
    expect(decodeURIComponent(href)).toBe('/tags/会议/');
    expect(builtFile(fixtureDir, href)).toContain('<h1>标签：会议</h1>');
  });

  it('a tag with 45 articles is paginated like the index', () => {
    const titles = ['/tags/会议/page/3/', '/tags/会议/page/2/', '/tags/会议/page/1/'].flatMap((path) => {
      const $ = page(fixtureDir, path);
      return texts($, '.article-summary h2');
    });
    expect(titles).toEqual(newestFirst.map((a) => a.title));
    expect(texts(page(fixtureDir, '/tags/会议/'), '.article-summary h2')).toEqual(titles.slice(0, 20));
    const $ = page(fixtureDir, '/tags/会议/page/2/');
    expect(decodeURIComponent($('.pagination a[rel="prev"]').attr('href')!)).toBe('/tags/会议/page/3/');
    expect(decodeURIComponent($('.pagination a[rel="next"]').attr('href')!)).toBe('/tags/会议/page/1/');
    expect($('.list-count').text()).toBe('第 2 页 · 页码从最早的文章起编排');
    expect(page(fixtureDir, '/tags/会议/')('.list-count').text()).toBe('共 45 篇');
  });

  it('a source with fullwidth brackets keeps them in its URL and lists its articles', () => {
    const source = '省市场监管局（省知识产权局）';
    const fromSource = newestFirst.filter((a) => a.source === source);
    expect(fromSource.length).toBeGreaterThan(1);
    const $ = page(fixtureDir, '/sources/');
    const link = $('.term-index a').filter((_, a) => $(a).text() === source);
    expect(link.attr('href')).toBe(`/sources/${encodeURIComponent(source)}/`);
    expect(link.next().text()).toBe(`（${fromSource.length}）`);
    const list = page(fixtureDir, `/sources/${source}/`);
    expect(list('h1').text()).toBe(`来源：${source}`);
    expect(texts(list, '.article-summary h2')).toEqual(fromSource.map((a) => a.title));
  });
});

describe('the article page', () => {
  const $ = page(siteDir, `articles/${seedSlug}/`);

  it('has breadcrumbs 首页 › 2024年3月 › title', () => {
    const crumbs = $('nav.breadcrumbs li');
    expect(crumbs.map((_, li) => $(li).text()).get()).toEqual([
      '首页',
      '2024年3月',
      '2024年浙江省知识产权强省建设工作联席会议全体成员会议召开',
    ]);
    expect(crumbs.eq(1).find('a').attr('href')).toBe('/archive/2024/03/');
    expect(crumbs.eq(2).attr('aria-current')).toBe('page');
  });

  it('links its source and every tag to built list pages', () => {
    const links = hrefs($, '.article__meta a');
    expect(links.map(decodeURIComponent)).toEqual([
      '/sources/省市场监管局（省知识产权局）/',
      '/tags/知识产权/',
      '/tags/市场监管/',
      '/tags/科技创新/',
      '/tags/营商环境/',
      '/tags/会议/',
    ]);
    for (const href of links) expect(builtFile(siteDir, href)).toContain('2024年浙江省知识产权强省建设');
  });

  it('shows 字数 counted in characters and the reading time', () => {
    expect($('.article__stats').text()).toBe('全文 1265 字，阅读约 5 分钟');
  });

  it('gives a GB/T 7714-2015 citation with a copy button', () => {
    const text = $('[data-citation-text]').text().trim();
    expect(text).toMatch(
      /^省市场监管局（省知识产权局）\. 2024年浙江省知识产权强省建设工作联席会议全体成员会议召开\[EB\/OL\]\. \(2024-03-15\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/localhost:4321\/articles\/2024-03-15-fd1b3d7b\/\.$/,
    );
    expect($('button[data-citation-copy]').text()).toBe('复制引用');
  });

  it('prints its URL (shown only in print)', () => {
    expect($('.article__url.print-only').text()).toBe(`本文网址：${absolute(`articles/${seedSlug}/`)}`);
  });

  it('carries NewsArticle JSON-LD, field by field', () => {
    const scripts = $('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts.text());
    const url = absolute(`articles/${seedSlug}/`);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('2024年浙江省知识产权强省建设工作联席会议全体成员会议召开');
    expect(data.datePublished).toBe('2024-03-15T09:58:00+08:00');
    expect(data.inLanguage).toBe('zh-CN');
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': url });
    expect(data.url).toBe(url);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: '政务新闻档案', url: absolute('') });
    expect(data.sourceOrganization).toEqual({
      '@type': 'GovernmentOrganization',
      name: '省市场监管局（省知识产权局）',
    });
    expect(data.description).toMatch(/^3月11日上午/);
    expect(data.wordCount).toBe(1265);
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2024-03-15T09:58:00+08:00');
  });

  it('links to the articles published just before and after it', () => {
    const middle = 10;
    const $f = page(fixtureDir, `articles/${newestFirst[middle]!.slug}/`);
    expect($f('.article-nav a[rel="prev"]').attr('href')).toBe(`/articles/${newestFirst[middle + 1]!.slug}/`);
    expect($f('.article-nav a[rel="prev"]').text()).toBe(newestFirst[middle + 1]!.title);
    expect($f('.article-nav a[rel="next"]').attr('href')).toBe(`/articles/${newestFirst[middle - 1]!.slug}/`);
    const newest = page(fixtureDir, `articles/${newestFirst[0]!.slug}/`);
    expect(newest('.article-nav a[rel="next"]')).toHaveLength(0);
    expect(newest('.article-nav a[rel="prev"]')).toHaveLength(1);
  });
});

describe('the 404 page', () => {
  const $ = page(siteDir, '404.html');

  it('is in the site style with a search box and links to the lists', () => {
    expect($('header.site-header')).toHaveLength(1);
    expect($('main form[role="search"]').attr('action')).toBe('/search/');
    const links = hrefs($, 'main a');
    expect(links).toEqual(['/', '/archive/', '/tags/', '/sources/']);
  });
});

describe('the RSS feed', () => {
  const rss = parseXml(builtFile(fixtureDir, '/rss.xml')).documentElement!;
  const channel = children(rss, 'channel')[0]!;
  const items = children(channel, 'item');

  it('is RSS 2.0 in Chinese, linking back to itself and the site', () => {
    expect(rss.tagName).toBe('rss');
    expect(rss.getAttribute('version')).toBe('2.0');
    expect(childText(channel, 'title')).toBe('政务新闻档案');
    expect(childText(channel, 'language')).toBe('zh-CN');
    expect(childText(channel, 'link')).toBe(absolute(''));
    expect(children(channel, 'atom:link')[0]!.getAttribute('href')).toBe(absolute('rss.xml'));
  });

  it('has the newest SITE.feedSize articles, newest first, with absolute links and the full sanitised text', () => {
    expect(newestFirst.length).toBeGreaterThan(SITE.feedSize);
    const newest = newestFirst.slice(0, SITE.feedSize);
    expect(items.map((i) => childText(i, 'title'))).toEqual(newest.map((a) => a.title));
    expect(items.map((i) => childText(i, 'link'))).toEqual(
      newest.map((a) => absolute(`articles/${a.slug}/`)),
    );
    expect(new Date(childText(items[0]!, 'pubDate')).toISOString()).toBe(
      new Date(newestFirst[0]!.publishedAt).toISOString(),
    );
    const content = childText(items[0]!, 'content:encoded');
    expect(content).toMatch(/^<p>\d+月\d+日，全省.+工作推进会在杭州召开/);
    expect(content.match(/<p>/g)).toHaveLength(3);
  });

  it('carries the committed article as the renderer made it, minus anything unsafe', () => {
    const seedChannel = children(parseXml(builtFile(siteDir, '/rss.xml')).documentElement!, 'channel')[0]!;
    const content = childText(children(seedChannel, 'item')[0]!, 'content:encoded');
    const $ = page(siteDir, `articles/${seedSlug}/`);
    expect(content.match(/<p>/g)).toHaveLength($('.prose p').length);
    expect(content).toContain('张雁云对2023年全省知识产权工作取得的成绩给予充分肯定');
    expect(content).toContain('<figcaption>微信图片_20240312083018.jpg（原图未存档）</figcaption>');
    expect(content).not.toMatch(/<script|\son\w+=|class=/);
  });
});

describe('sitemap and robots.txt', () => {
  const locsIn = (doc: Document): string[] =>
    Array.from(doc.getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');

  it('robots.txt points at the sitemap index', () => {
    expect(builtFile(fixtureDir, '/robots.txt')).toContain(`Sitemap: ${absolute('sitemap-index.xml')}`);
  });

  it('the sitemap lists every article and list page by absolute URL, and not the 404 page', () => {
    const index = parseXml(builtFile(fixtureDir, '/sitemap-index.xml'));
    expect(index.documentElement!.tagName).toBe('sitemapindex');
    const locs = locsIn(index).flatMap((loc) => {
      expect(loc.startsWith(absolute(''))).toBe(true);
      return locsIn(parseXml(builtFile(fixtureDir, new URL(loc).pathname)));
    });
    for (const a of fixtureArticles) expect(locs).toContain(absolute(`articles/${a.slug}/`));
    for (const path of ['', 'archive/', 'archive/2024/04/', 'tags/', 'sources/', 'tags/会议/page/3/'])
      expect(locs).toContain(absolute(encodeURI(path)));
    expect(locs.some((l) => l.includes('404'))).toBe(false);
  });
});

describe('/articles.json', () => {
  it('catalogues every article with its metadata and absolute URL', () => {
    const catalogue = JSON.parse(builtFile(siteDir, '/articles.json'));
    expect(catalogue.count).toBe(1);
    expect(catalogue.articles).toEqual([
      {
        id: seedSlug,
        url: absolute(`articles/${seedSlug}/`),
        title: '2024年浙江省知识产权强省建设工作联席会议全体成员会议召开',
        source: '省市场监管局（省知识产权局）',
        publishedAt: '2024-03-15T09:58:00+08:00',
        tags: ['知识产权', '市场监管', '科技创新', '营商环境', '会议'],
        summary: expect.stringMatching(/^3月11日上午/),
        characters: 1265,
        raw: {
          path: 'content/raw/2024-03-15-zhejiang-ip-joint-meeting.txt',
          sha256: '3eade64c93e7aa27444d52a316f50c7cbe24cb045b800a5c70cec9a39321e0de',
        },
      },
    ]);
    const fixture = JSON.parse(builtFile(fixtureDir, '/articles.json'));
    expect(fixture.articles.map((a: { id: string }) => a.id)).toEqual(newestFirst.map((a) => a.slug));
  });
});
