/**
 * Saved HTML pages: the corpus of real government and news pages (tests/fixtures/html/, origins
 * in its README), each with the article it must give; generated pages in every layout against the
 * same article scraped as text; and pages that hold no article, each refused with its reason.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';
import { HTML_LAYOUTS, renderHtml } from '../../../tools/ingest/render-html.ts';
import { renderScrape, type ScrapeArticle } from '../../../tools/ingest/render-scrape.ts';

const DIR = 'tests/fixtures/html';
const savedFilesOf = (path: string) => (relativePath: string) => {
  try {
    return readFileSync(resolve(dirname(path), relativePath));
  } catch {
    return undefined;
  }
};
const ingestPage = (name: string) =>
  ingestRaw(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`, { savedFiles: savedFilesOf(`${DIR}/${name}`) });
const html = (text: string, name = 'page.html') => ingestRaw(new TextEncoder().encode(text), name);

/** Page furniture that must never reach an article. */
const FURNITURE = [
  '字体',
  '浏览次数',
  '打印本页',
  '关闭窗口',
  '分享到',
  '网站标识码',
  'ICP备',
  'Produced By',
  '当前位置',
];

interface Expected {
  page: string;
  encoding: string;
  title: string;
  source: string;
  publishedAt: string;
  paragraphs: number;
  first: string;
  last: string;
  images: number;
}

const CORPUS: Expected[] = [
  {
    page: 'jcms/fgw-zj-2016.html',
    encoding: 'utf-8',
    title: '1-10月德清县固定资产投资结构趋稳趋优',
    source: '省发改委',
    publishedAt: '2016-11-22T09:53:00+08:00',
    paragraphs: 1,
    first: '1-10月，全县固定资产投资完成246.79亿元',
    last: '总体全县投资结构趋稳趋优。（德清县发改局）',
    images: 0,
  },
  {
    page: 'jcms/cmse-2021.html',
    encoding: 'utf-8',
    title: '载人航天工程全线备战空间站建造任务',
    source: '中国空间技术研究院、中国运载火箭技术研究院等',
    publishedAt: '2021-01-05T00:00:00+08:00',
    paragraphs: 21,
    first: '元旦佳节，当千家万户团聚喜迎新年时',
    last: '续写辉煌篇章！',
    images: 8,
  },
  {
    page: 'trs/shanxi-2019.html',
    encoding: 'utf-8',
    title: '山西品牌丝路行（南美站）正式启动',
    source: '山西日报',
    publishedAt: '2019-09-18T06:23:00+08:00',
    paragraphs: 9,
    first: '图为山西品牌丝路行（南美站）启动仪式。（刘通摄）',
    last: '南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）',
    images: 1,
  },
  {
    page: 'saved/shanxi-2019.html',
    encoding: 'utf-8',
    title: '山西品牌丝路行（南美站）正式启动',
    source: '山西日报',
    publishedAt: '2019-09-18T06:23:00+08:00',
    paragraphs: 9,
    first: '图为山西品牌丝路行（南美站）启动仪式。（刘通摄）',
    last: '南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）',
    images: 1,
  },
  {
    page: 'govcn/gongbao-2007.html',
    encoding: 'utf-8',
    title: '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007 年末国债余额限额的决议',
    source: '中国政府网',
    publishedAt: '2007-08-20T00:00:00+08:00',
    paragraphs: 5,
    first: '全国人民代表大会常务委员会',
    last: '批准2007年末国债余额限额调整为53365.53亿元。',
    images: 0,
  },
  {
    page: 'govcn/zhengce-2018-43.html',
    encoding: 'utf-8',
    title:
      '国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定',
    source: '国务院',
    publishedAt: '2018-12-29T00:00:00+08:00',
    paragraphs: 9,
    first: '国务院关于在海南博鳌乐城国际医疗旅游先行区',
    last: '（此件公开发布）',
    images: 0,
  },
  {
    page: 'govcn/zhengce-2018-114.html',
    encoding: 'utf-8',
    title: '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知',
    source: '国务院办公厅',
    publishedAt: '2018-12-11T00:00:00+08:00',
    paragraphs: 42,
    first: '国务院办公厅关于国家综合性消防救援车辆',
    last: '（三）大型车辆涂装样图。',
    images: 9,
  },
  {
    page: 'news/xinhuanet-2019.html',
    encoding: 'utf-8',
    title: '法国全国大罢工再次严重影响交通',
    source: '新华网',
    publishedAt: '2019-12-10T07:57:40+08:00',
    paragraphs: 5,
    first: '新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工',
    last: '总理菲利普将于11日宣布退休制度改革的总体架构。',
    images: 0,
  },
  {
    page: 'saved/techfieber-2022.html',
    encoding: 'utf-8',
    title: 'Energiesparen bei Cern: Teilchenbeschleuniger macht Winterpause',
    source: 'TechFieber Greentech Live',
    publishedAt: '2022-12-06T00:00:00+08:00',
    paragraphs: 14,
    first: 'Um Strom zu sparen, geht der weltweit größte Teilchenbeschleuniger',
    last: 'teilte das AWI mit.',
    images: 3,
  },
  {
    page: 'news/people-2019-gbk.html',
    encoding: 'gb18030',
    title: '女儿出嫁，郑板桥画了几笔兰花当嫁妆',
    source: '人民网-文化频道',
    publishedAt: '2019-06-15T08:18:00+08:00',
    paragraphs: 28,
    first: '父亲的教诲像一盏灯，为我们照亮前行的路',
    last: '（责编：汤诗瑶、丁涛）',
    images: 2,
  },
  {
    page: 'news/people-2019.html',
    encoding: 'utf-8 (declared gb18030)',
    title: '女儿出嫁，郑板桥画了几笔兰花当嫁妆',
    source: '人民网-文化频道',
    publishedAt: '2019-06-15T08:18:00+08:00',
    paragraphs: 28,
    first: '父亲的教诲像一盏灯，为我们照亮前行的路',
    last: '（责编：汤诗瑶、丁涛）',
    images: 2,
  },
  {
    page: 'news/qq-2019.html',
    encoding: 'utf-8 (declared gb18030)',
    title: '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等',
    source: '腾讯网',
    publishedAt: '2019-09-23T07:48:00+08:00',
    paragraphs: 47,
    first: '划重点：',
    last: '第三方数据行业的整顿仍将持续。',
    images: 1,
  },
  {
    page: 'news/gsc-2019.html',
    encoding: 'utf-8',
    title: '2019年中国人文地理学术年会在重庆•西南大学成功举行！',
    source: '中国地理学会',
    publishedAt: '2019-05-18T00:00:00+08:00',
    paragraphs: 14,
    first: '5月10-12日，2019年中国人文地理学术年会在重庆·西南大学举行。',
    last: '充分展示了人文地理学的最新研究成果和学科发展盛况。',
    images: 10,
  },
  {
    page: 'news/163-2019.html',
    encoding: 'utf-8 (declared gb18030)',
    title: '5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！',
    source: '网易订阅',
    publishedAt: '2019-05-17T00:00:00+08:00',
    paragraphs: 55,
    first: '下周一，',
    last: '来源：无锡交警',
    images: 9,
  },
];

describe('the corpus of saved pages', () => {
  it.each(CORPUS)('$page gives its article', (expected) => {
    const result = ingestPage(expected.page);
    const text = markdownToText(result.body);
    expect(result.encoding).toBe(expected.encoding);
    expect(result.article).toMatchObject({
      title: expected.title,
      source: expected.source,
      publishedAt: expected.publishedAt,
    });
    expect(text).toHaveLength(expected.paragraphs);
    expect(text[0]).toContain(expected.first);
    expect(text.at(-1)).toContain(expected.last);
    expect(result.article.images).toHaveLength(expected.images);
    const everything = text.join('\n') + result.article.summary;
    for (const word of FURNITURE) expect(everything).not.toContain(word);
  });

  it('reads the page’s own address from its Url meta, and resolves its pictures against it', () => {
    const result = ingestPage('jcms/fgw-zj-2016.html');
    expect(result.article.page).toMatchObject({
      url: 'http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html',
      column: '投资运行',
      keywords: ['投资', '完成', '亿元'],
    });
  });

  it('copies a picture from a browser-saved page’s *_files/ folder and takes the address from the saved-from comment', () => {
    const result = ingestPage('saved/shanxi-2019.html');
    expect(result.article.page?.url).toBe('http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml');
    expect(result.article.images).toEqual([
      { file: 'W020190918234243033577.jpg', caption: 'W020190918234243033577.jpg', archived: true },
    ]);
    expect(result.images?.map((i) => i.file)).toEqual(['W020190918234243033577.jpg']);
    // Fetched without its folder, the same page keeps the picture as a placeholder.
    expect(ingestPage('trs/shanxi-2019.html').article.images[0]?.archived).toBe(false);
  });

  it('names a picture shown twice once, and two pictures of one name apart', () => {
    const page = `<html><head><meta name="ArticleTitle" content="全省知识产权工作会议召开"><meta name="PubDate" content="2024-03-15 09:58"><meta name="ContentSource" content="省市场监管局"></head>
<body><div id="zoom"><p>会议强调，要全面加强知识产权保护工作，推动高质量发展。</p>
<p><img src="/a/图1.jpg"></p><p>会议指出，要深化改革创新，优化营商环境。</p>
<p><img src="/a/图1.jpg"></p><p><img src="/b/图1.jpg"></p><p>会议要求，各地各部门要抓好落实。</p></div></body></html>`;
    expect(html(page).article.images.map((image) => image.file)).toEqual(['图1.jpg', '图1.jpg', '图1-2.jpg']);
  });

  it('reads a gov.cn 政策文件库 page’s 信息公开 table: its 标题 is the title, its fields the disclosure', () => {
    const result = ingestPage('govcn/zhengce-2018-43.html');
    expect(result.article.disclosure).toEqual({
      indexNumber: '000014349/2018-00222',
      topic: '卫生、体育\\医药管理',
      issuer: '国务院',
      writtenOn: '2018-12-21',
      documentNumber: '国发〔2018〕43号',
    });
    // The table's empty 主 题 词 cell is neither the title nor text.
    expect(markdownToText(result.body).join('\n')).not.toContain('主题词');
    const pictures = ingestPage('govcn/zhengce-2018-114.html').article.images;
    expect(pictures[0]).toEqual({
      file: '243b66761e7645eb8f9c9019903985bf.jpg',
      caption: '243b66761e7645eb8f9c9019903985bf.jpg',
      archived: false,
      url: 'http://www.gov.cn/zhengce/content/2018-12/11/5347765/images/243b66761e7645eb8f9c9019903985bf.jpg',
    });
  });

  it('leaves a like counter and a gallery label out of a news page read by Readability', () => {
    const result = ingestPage('news/xinhuanet-2019.html');
    const text = markdownToText(result.body);
    expect(text).not.toContain('图集');
    expect(text).not.toContain('+1');
    expect(result.article.summary.startsWith('新华社巴黎12月9日电')).toBe(true);
    expect(result.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['图集']));
  });

  it('drops widget labels only at the body’s edges, and keeps a closing （完）', () => {
    const result = html(
      '<html><head><title>某市召开会议_某市人民政府</title><meta name="PubDate" content="2024-03-15"></head><body><div id="zoom"><p>图集</p><p>点赞</p><p>会议指出，图集和点赞不是正文。</p><p>图集</p><p>收藏</p><p>（完）</p><p>+1</p></div></body></html>',
    );
    expect(markdownToText(result.body)).toEqual(['会议指出，图集和点赞不是正文。', '图集', '收藏', '（完）']);
    expect(result.dropped.map((d) => d.text)).toEqual(['图集', '点赞', '+1']);
  });

  it('reads a page a browser saved without its *_files/ folder: its address from the comment, its pictures as placeholders', () => {
    const result = ingestPage('saved/techfieber-2022.html');
    expect(result.article.page?.url).toBe(
      'https://www.techfieber.de/green/2022/12/06/energiesparen-bei-cern-teilchenbeschleuniger-macht-winterpause/',
    );
    expect(result.article.images[0]).toEqual({
      file: 'herrausforderungen-fuer-das-stromnetz-fre-sonneveld-unsplash.jpg',
      caption: 'Stromnetz / Photo by Fré Sonneveld on Unsplash',
      archived: false,
    });
    expect(result.images).toBeUndefined();
  });

  it('gives the same article for the page saved as GBK and as UTF-8', () => {
    const gbk = ingestPage('news/people-2019-gbk.html');
    const utf8 = ingestPage('news/people-2019.html');
    expect(gbk.body).toBe(utf8.body);
    expect({ ...gbk.article, raw: undefined, ingestDigest: undefined }).toEqual({
      ...utf8.article,
      raw: undefined,
      ingestDigest: undefined,
    });
  });

  it('changes nothing when an unchanged page is ingested again', () => {
    for (const { page } of CORPUS) expect(ingestPage(page).fileText).toBe(ingestPage(page).fileText);
  });
});

const HAN = [...'政府会议工作发展建设推进落实全面加强经济社会改革创新服务管理推动保障质量项目企业群众安全'];
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((c) => c.join(''));
const sentence = fc
  .tuple(fc.array(word(2, 8), { minLength: 1, maxLength: 3 }), fc.constantFrom('。', '！', '；'))
  .map(([words, end]) => words.join('，') + end);
const generated: fc.Arbitrary<ScrapeArticle> = fc.record({
  title: fc.tuple(fc.integer({ min: 2000, max: 2030 }), word(4, 16)).map(([y, w]) => `${y}年${w}会议召开`),
  source: word(2, 8).map((w) => `${w}局`),
  date: fc.record({
    year: fc.integer({ min: 2000, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    time: fc.option(
      fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
      {
        nil: undefined,
      },
    ),
  }),
  paragraphs: fc
    .tuple(
      fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.join('')),
      fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('')) },
          { weight: 1, arbitrary: fc.nat({ max: 999 }).map((n) => `图片${n}.jpg`) },
        ),
        { minLength: 2, maxLength: 10 },
      ),
    )
    .map(([first, rest]) => [first, ...rest]),
});

// Readability, for pages without markers, needs an article's worth of text (as news pages have).
const longEnough = (a: ScrapeArticle): boolean => a.paragraphs.join('').length >= 150;

describe('the same article saved as HTML and scraped as text', () => {
  it.each(HTML_LAYOUTS)('%s: same title, time, source and every sentence, in UTF-8 and in GBK', (layout) => {
    fc.assert(
      fc.property(layout === 'news' ? generated.filter(longEnough) : generated, (a) => {
        const text = ingestRaw(new TextEncoder().encode(renderScrape(a, ['plain'])), 'a.txt');
        const utf8 = html(renderHtml(a, layout));
        const gbk = ingestRaw(iconv.encode(renderHtml(a, layout, 'gb2312'), 'gb18030'), 'a.html');
        for (const page of [utf8, gbk]) {
          expect(page.article).toMatchObject({
            title: text.article.title,
            source: text.article.source,
            publishedAt: text.article.publishedAt,
          });
          expect(page.article.dateOnly).toBe(text.article.dateOnly);
          expect(page.body).toBe(text.body);
        }
        expect(gbk.encoding).toBe('gb18030');
      }),
      { numRuns: 15 },
    );
  });
});

describe('the page’s own metadata', () => {
  const page = (
    head: string,
    body = '<div id="zoom"><p>第一段正文，内容完整。</p><p>第二段正文。</p></div>',
  ) => html(`<html><head><title>标题_栏目_某市人民政府</title>${head}</head><body>${body}</body></html>`);

  it('reads meta names in any case, ignores empty ones, and never takes Maketime for the publish time', () => {
    const result = page(
      '<meta name="articletitle" content=""><meta name="ARTICLETITLE" content="某市召开会议"><meta name="Maketime" content="2025-01-01 00:00:00"><meta name="pubdate" content="2024-03-15 09:58"><meta name="contentSource" content="某市政府办公室">',
    );
    expect(result.article).toMatchObject({
      title: '某市召开会议',
      publishedAt: '2024-03-15T09:58:00+08:00',
      source: '某市政府办公室',
    });
  });

  it('falls back to the visible header, then to <title>', () => {
    const result = page(
      '<meta name="Maketime" content="2025-01-01 00:00:00">',
      '<h1>标题</h1><div>发布日期：2024-03-15 来源：某局 浏览次数：12</div><div id="zoom"><p>第一段正文，内容完整。</p></div>',
    );
    expect(result.article).toMatchObject({
      title: '标题',
      source: '某局',
      publishedAt: '2024-03-15T00:00:00+08:00',
    });
  });

  it('keeps the pictures JCMS puts before its content marker, in order, with captions, and 附件 with absolute addresses', () => {
    const result = html(
      `<html><head><title>t</title><meta name="ArticleTitle" content="某市召开会议"><meta name="PubDate" content="2024-03-15"><meta name="ContentSource" content="某局"><link rel="canonical" href="https://www.example.gov.cn/art/2024/3/15/art_1_2.html"></head><body>
<div id="zoom"><table><tr><td><img src="/picture/0/lead.jpg" alt="会议现场"></td></tr></table><!--<$[信息内容]>begin--><p>正文第一段。</p><p><img src="inline.png"></p><p>附件：<a href="/module/download/downfile.jsp?filename=a.pdf&classid=0">1.实施方案.pdf</a></p><p><a href="att/2.docx">2.报名表</a></p><!--<$[信息内容]>end--></div></body></html>`,
    );
    expect(result.article.images).toEqual([
      {
        file: 'lead.jpg',
        caption: '会议现场',
        archived: false,
        url: 'https://www.example.gov.cn/picture/0/lead.jpg',
      },
      {
        file: 'inline.png',
        caption: 'inline.png',
        archived: false,
        url: 'https://www.example.gov.cn/art/2024/3/15/inline.png',
      },
    ]);
    expect(result.article.attachments).toEqual([
      {
        name: '1.实施方案.pdf',
        url: 'https://www.example.gov.cn/module/download/downfile.jsp?filename=a.pdf&classid=0',
      },
      { name: '2.报名表', url: 'https://www.example.gov.cn/art/2024/3/15/att/2.docx' },
    ]);
    expect(markdownToText(result.body)).toEqual(['正文第一段。', '附件：1.实施方案.pdf', '2.报名表']);
  });

  it('reads a 信息公开 table above the title, fields of any name included', () => {
    const result = html(
      `<html><head><title>关于做好安全生产工作的通知_某省人民政府</title></head><body><table><tr><td>索 引 号：</td><td>000014349/2024-00012</td><td>组配分类：</td><td>规范性文件</td></tr><tr><td>发布机构：</td><td>某省应急管理厅</td><td>公开时限</td><td>长期公开</td></tr><tr><td>文件编号：</td><td>某应急〔2024〕7号</td><td>发布日期：</td><td>2024-04-03</td></tr></table><h1>关于做好安全生产工作的通知</h1><div id="UCAP-CONTENT"><p>各市应急管理局：</p><p>现将有关事项通知如下。</p></div></body></html>`,
    );
    expect(result.article.source).toBe('某省应急管理厅');
    expect(result.article.disclosure).toEqual({
      indexNumber: '000014349/2024-00012',
      issuer: '某省应急管理厅',
      documentNumber: '某应急〔2024〕7号',
      topic: '规范性文件',
      others: [{ label: '公开时限', value: '长期公开' }],
    });
  });
});

describe('pages that hold no article', () => {
  it.each([
    ['column-list.html', /a list of 10 links \(a column or index page\)/],
    ['search.html', /a search results page/],
    ['error-404.html', /an error page/],
    ['frameset.html', /only a frame set/],
    ['script-only.html', /written by script/],
    ['truncated.html', /the page is cut off: it ends before <\/body><\/html>/],
    ['binary.html', /not a web page: it is a PDF document named \.html/],
    ['two-articles.html', /holds two articles: two jcms content areas with different text/],
  ])('%s is refused, naming the file and why', (name, reason) => {
    const path = `${DIR}/bad/${name}`;
    expect(() => ingestRaw(readFileSync(path), path)).toThrow(
      new RegExp(`^${path.replace(/[.]/g, '\\.')}: .*`),
    );
    expect(() => ingestRaw(readFileSync(path), path)).toThrow(reason);
  });

  it('refuses a real page without a publish date, saying so', () => {
    expect(() => ingestPage('news/sxmu-law-undated.html')).toThrow(/no publish date found/);
  });
});
