/**
 * Government-site rules over built sites: the 《政府网站发展指引》 meta tags on every page type,
 * the 政府信息公开 table and JSON-LD of policy documents, and 相关阅读 on article pages.
 * The fixture site is built with SITE_ID_CODE=3300000035; the committed-content and subpath sites without it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs, indexedPages, page } from '../helpers/dist.ts';
import { formatPubDate } from '../../src/lib/dates.ts';
import { joinSegments } from '../../src/search/contract/segment.ts';

const siteDir = (await testSite('site')).dir;
const fixtureDir = (await testSite('fixture')).dir;
const subpath = await testSite('subpath');
const fixtureArticles = (await testSite('fixture')).articles;
const [seedSlug] = articleSlugs(siteDir);
const newestFirst = [...fixtureArticles].sort(
  (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
);
const dateOnlyArticle = fixtureArticles.find((a) => a.dateOnly)!;
const policies = fixtureArticles.filter((a) => a.disclosure?.documentNumber);
const timedArticle = newestFirst.find((a) => !a.dateOnly && !a.disclosure)!;

const SITE_TAGS = ['SiteName', 'SiteDomain', 'SiteIDCode'];
const COLUMN_TAGS = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
const ARTICLE_TAGS = ['ArticleTitle', 'PubDate', 'ContentSource', 'Keywords'];

/** Every <meta name> of the government annex on the page, each asserted to appear once. */
function govMeta($: CheerioAPI): Record<string, string> {
  const found: Record<string, string> = {};
  $('meta[name]').each((_, el) => {
    const name = $(el).attr('name')!;
    if (![...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS].includes(name)) return;
    expect(found[name], `<meta name="${name}"> twice`).toBeUndefined();
    found[name] = $(el).attr('content')!;
  });
  return found;
}

// [page type, path, ColumnName, ColumnType]
const LIST_PAGES: Array<[string, string, string, string]> = [
  ['home', '/', '最新发布', '最新发布'],
  ['list page 2', '/page/2/', '最新发布', '最新发布'],
  ['archive', '/archive/', '按日期归档', '归档'],
  ['archive year', '/archive/2024/', '2024年', '归档'],
  ['archive month', '/archive/2024/04/', '2024年4月', '归档'],
  ['tag index', '/tags/', '标签', '标签'],
  ['tag', '/tags/知识产权/', '知识产权', '标签'],
  ['tag page 2', '/tags/会议/page/2/', '会议', '标签'],
  ['source index', '/sources/', '来源', '来源'],
  ['source', '/sources/省市场监管局（省知识产权局）/', '省市场监管局（省知识产权局）', '来源'],
];
const OTHER_PAGES: Array<[string, string]> = [
  ['article', `/articles/${timedArticle.slug}/`],
  ['date-only article', `/articles/${dateOnlyArticle.slug}/`],
  ['policy document', `/articles/${policies[0]!.slug}/`],
  ['search', '/search/'],
  ['404', '/404.html'],
];

describe('site meta tags on every page type', () => {
  it.each([...LIST_PAGES.map(([n, p]) => [n, p] as [string, string]), ...OTHER_PAGES])(
    '%s (%s): SiteName, SiteDomain and the configured SiteIDCode',
    (_, path) => {
      expect(govMeta(page(fixtureDir, path))).toMatchObject({
        SiteName: '政务新闻档案',
        SiteDomain: 'localhost:4321',
        SiteIDCode: '3300000035',
      });
    },
  );

  it.each(['/', `/articles/${seedSlug}/`, '/tags/', '/archive/2024/03/', '/search/', '/404.html'])(
    'leave SiteIDCode out when SITE_ID_CODE is unset (%s), and name the deployed domain',
    (path) => {
      const meta = govMeta(page(siteDir, path));
      expect(meta).toMatchObject({ SiteName: '政务新闻档案', SiteDomain: 'localhost:4321' });
      expect(meta.SiteIDCode).toBeUndefined();
      expect(govMeta(page(subpath.dir, path)).SiteDomain).toBe('news.example.org');
    },
  );
});

describe('column meta tags on list pages', () => {
  it.each(LIST_PAGES)('%s (%s) is the column %s of type %s', (_, path, name, type) => {
    const meta = govMeta(page(fixtureDir, path));
    expect(meta.ColumnName).toBe(name);
    expect(meta.ColumnType).toBe(type);
    expect(meta.ColumnDescription!.length).toBeGreaterThan(5);
    expect(meta.ColumnKeywords!.split(',')).toContain(name);
    for (const tag of ARTICLE_TAGS) expect(meta[tag], tag).toBeUndefined();
  });

  it.each(OTHER_PAGES)('%s (%s) is not a column', (_, path) => {
    const meta = govMeta(page(fixtureDir, path));
    for (const tag of COLUMN_TAGS) expect(meta[tag], tag).toBeUndefined();
  });
});

describe('article meta tags', () => {
  it('give the title, the Shanghai publish minute, the source, the tags and the summary', () => {
    const $ = page(siteDir, `articles/${seedSlug}/`);
    expect(govMeta($)).toEqual({
      SiteName: '政务新闻档案',
      SiteDomain: 'localhost:4321',
      ArticleTitle: '2024年浙江省知识产权强省建设工作联席会议全体成员会议召开',
      PubDate: '2024-03-15 09:58',
      ContentSource: '省市场监管局（省知识产权局）',
      Keywords: '知识产权,市场监管,科技创新,营商环境,会议',
    });
    // Description is the page's one description (meta names are case-insensitive): the summary.
    expect($('meta[name="description" i]')).toHaveLength(1);
    expect($('meta[name="description"]').attr('content')).toMatch(/^3月11日上午，2024年浙江省/);
  });

  it('give the day alone for an article whose source gave only the day', () => {
    const meta = govMeta(page(fixtureDir, `articles/${dateOnlyArticle.slug}/`));
    expect(meta.PubDate).toBe(formatPubDate(dateOnlyArticle.publishedAt, true));
    expect(meta.PubDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(govMeta(page(fixtureDir, `articles/${timedArticle.slug}/`)).PubDate).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
  });

  it('are on every article page of the archive', () => {
    for (const article of fixtureArticles) {
      const meta = govMeta(page(fixtureDir, `articles/${article.slug}/`));
      expect(meta.ArticleTitle).toBe(article.title);
      expect(meta.PubDate).toBe(formatPubDate(article.publishedAt, article.dateOnly));
      expect(meta.ContentSource!.length).toBeGreaterThan(1);
      expect(meta.Keywords!.split(',')).toContain('会议');
    }
  });
});

describe('a policy document page', () => {
  const policy = policies[0]!;
  const d = policy.disclosure!;
  const $ = page(fixtureDir, `articles/${policy.slug}/`);
  const rows = () =>
    $('table.disclosure tr')
      .map((_, tr) => [[$(tr).find('th').text(), $(tr).find('td').text()]])
      .get() as Array<[string, string]>;

  it('shows the 信息公开 fields in a table above the text, in gov.cn order', () => {
    expect($('table.disclosure caption').text()).toBe('政府信息公开');
    expect(rows()).toEqual([
      ['索引号', d.indexNumber],
      ['主题分类', d.topic],
      ['发文机关', d.issuer],
      ['成文日期', expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/)],
      ['发文字号', d.documentNumber],
      ['发布日期', $('.article__meta time').text()],
      ['有效性', '有效'],
    ]);
    expect($('table.disclosure th[scope="row"]')).toHaveLength(7);
    expect($('table.disclosure time').first().attr('datetime')).toBe(d.writtenOn);
    // Above the text: the table comes before the first paragraph in the document.
    const html = $.html();
    expect(html.indexOf('class="disclosure"')).toBeLessThan(html.indexOf('class="prose"'));
  });

  it('shows only the fields the page states', () => {
    const $d = page(fixtureDir, `articles/${dateOnlyArticle.slug}/`);
    const labels = $d('table.disclosure th')
      .map((_, th) => $d(th).text())
      .get();
    expect(labels).toEqual(['索引号', '发布日期', '有效性']);
    expect($d('table.disclosure td').last().text()).toBe('失效');
  });

  it('carries them in its JSON-LD', () => {
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data.identifier).toEqual([
      { '@type': 'PropertyValue', name: '索引号', value: d.indexNumber },
      { '@type': 'PropertyValue', name: '发文字号', value: d.documentNumber },
    ]);
    expect(data.creator).toEqual({ '@type': 'GovernmentOrganization', name: d.issuer });
    expect(data.dateCreated).toBe(d.writtenOn);
    expect(data.genre).toBe(d.topic);
    expect(data.creativeWorkStatus).toBe('有效');
  });

  it('has no table or identifiers when the article is not a policy document', () => {
    const $n = page(fixtureDir, `articles/${timedArticle.slug}/`);
    expect($n('table.disclosure')).toHaveLength(0);
    expect(JSON.parse($n('script[type="application/ld+json"]').text()).identifier).toBeUndefined();
  });

  it('is indexed for search by its 文号 and 索引号', () => {
    const indexed = indexedPages(fixtureDir)
      .flat()
      .find((p) => p.url === `/articles/${policy.slug}/`)!;
    const text = joinSegments(indexed.content);
    expect(text).toContain(`发文字号：${d.documentNumber}`);
    expect(text).toContain(`索引号：${d.indexNumber}`);
  });
});

describe('相关阅读', () => {
  const position = new Map(newestFirst.map((a, i) => [`/articles/${a.slug}/`, i]));

  it('ends every article with up to 5 on its topic: newer ones under 此后发布, earlier under 此前发布', () => {
    let withNewer = 0;
    newestFirst.forEach((article, i) => {
      const $ = page(fixtureDir, `articles/${article.slug}/`);
      // Each of the four topics has about 11 articles: every article, the oldest too, has a section.
      const section = $('section.related');
      expect(section).toHaveLength(1);
      expect(section.find('h2').text()).toBe('相关阅读');
      const links = section.find('li a');
      expect(links.length).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(5);
      const topic = /全省(.+?)工作推进会/.exec(article.title)![1];
      const newer = section.find('ul[aria-labelledby="related-newer"] a');
      const earlier = section.find('ul[aria-labelledby="related-earlier"] a');
      expect(newer.length + earlier.length).toBe(links.length);
      if (newer.length > 0) expect(section.find('#related-newer').text()).toBe('此后发布');
      if (earlier.length > 0) expect(section.find('#related-earlier').text()).toBe('此前发布');
      withNewer += newer.length > 0 ? 1 : 0;
      newer.each((_, a) => expect(position.get($(a).attr('href')!)!).toBeLessThan(i));
      earlier.each((_, a) => expect(position.get($(a).attr('href')!)!).toBeGreaterThan(i));
      links.each((_, a) => {
        const href = $(a).attr('href')!;
        expect(existsSync(join(fixtureDir, href, 'index.html'))).toBe(true);
        expect($(a).text()).toContain(topic);
      });
      // The last thing in the article's closing block.
      expect($('.article-after').children().last().is('section.related')).toBe(true);
    });
    expect(withNewer).toBeGreaterThan(newestFirst.length / 2);
  });

  it('is left out when nothing relates: the only article of the committed site', () => {
    expect(page(siteDir, `articles/${seedSlug}/`)('section.related')).toHaveLength(0);
    expect(page(siteDir, `articles/${seedSlug}/`).text()).not.toContain('相关阅读');
  });
});
