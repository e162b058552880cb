/**
 * The HTML counterpart of render-scrape.ts, for tests and the benchmark: an article laid out as
 * the page a government site serves, in the layouts of the corpus (tests/fixtures/html/), each
 * with its page furniture (breadcrumbs, 字体 大中小, 浏览次数, print/close links, share bars,
 * a footer with 网站标识码 and ICP, a hidden "Produced By" link, scripts). Ingesting the page must
 * give the same article as ingesting its text scrape.
 */
import { escapeHtml } from '../../src/lib/escape-html.ts';
import type { ScrapeArticle, ScrapeDate } from './render-scrape.ts';

/**
 * jcms    大汉 JCMS (*.zj.gov.cn): gov meta tags, the <!--<$[信息内容]>begin--> markers in #zoom
 * jpaas   the newer JCMS pages: meta tags, the ContentStart / ContentEnd metas, no comments
 * trs     TRS: a TRS_Editor div, 时间 and 来源 spans above it, no meta tags
 * govcn   gov.cn: #UCAP-CONTENT, its 信息公开 table above the title
 * news    a news page with no publishing-system markers (read by Readability)
 */
export type HtmlLayout = 'jcms' | 'jpaas' | 'trs' | 'govcn' | 'news';
export const HTML_LAYOUTS: readonly HtmlLayout[] = ['jcms', 'jpaas', 'trs', 'govcn', 'news'];

const pad = (n: number): string => String(n).padStart(2, '0');
const dateText = ({ year, month, day, time }: ScrapeDate): string =>
  `${year}-${pad(month)}-${pad(day)}${time ? ` ${pad(time.hour)}:${pad(time.minute)}` : ''}`;

const IMAGE = /^[^\s/\\<>"]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/i;
const bodyHtml = (paragraphs: readonly string[]): string =>
  paragraphs
    .map((p) =>
      IMAGE.test(p)
        ? `<p style="text-align: center"><img src="${escapeHtml(p)}" border="0"></p>`
        : `<p>\u3000\u3000${escapeHtml(p)}</p>`,
    )
    .join('\n');

const FOOTER = `<div class="footer"><p>主办单位：某市人民政府办公室 网站标识码：3300000035</p><p>浙ICP备05011001号-1 浙公网安备 33010602000001号</p></div>
<a href="http://www.hanweb.com" style="display:none">Produced By 大汉网络 大汉版通发布系统</a>
<script>var _hmt = _hmt || []; document.write('<span>统计</span>');</script>`;

const NAV = `<div class="nav"><a href="/">首页</a> <a href="/col/col1/">政务公开</a> <a href="/col/col2/">新闻中心</a> <a href="/col/col3/">政务服务</a> <a href="/col/col4/">互动交流</a></div>`;

function page(head: string, body: string, charset: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
${head}
<script src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
${NAV}
${body}
${FOOTER}
</body>
</html>
`;
}

const govMeta = (a: ScrapeArticle, site: string): string =>
  `<title>${escapeHtml(a.title)}_${site}</title>
<meta name="Maketime" content="2025-01-02 03:04:05">
<meta name="SiteName" content="${site}">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="${escapeHtml(a.title)}">
<meta name="PubDate" content="${dateText(a.date)}">
<meta name="contentSource" content="${escapeHtml(a.source)}">
<meta name="Keywords" content="">`;

const FURNITURE = `<div class="fontsize">字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ] 浏览次数：<span id="count">356</span></div>`;
const TOOLS = `<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="bdsharebuttonbox">分享到：<a href="#">微信</a> <a href="#">微博</a></div>`;

/** One article as a page in one layout, as UTF-8 text (its meta says `charset`). */
export function renderHtml(a: ScrapeArticle, layout: HtmlLayout, charset = 'utf-8'): string {
  const title = escapeHtml(a.title);
  const source = escapeHtml(a.source);
  const date = dateText(a.date);
  const crumbs = `<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">新闻中心</a> &gt; 部门动态</div>`;
  switch (layout) {
    case 'jcms':
      return page(
        govMeta(a, '某市人民政府'),
        `${crumbs}<div class="title">${title}</div>
<div class="small-title"><span>发布日期：${date}</span> <span>信息来源：<!--<$[信息来源]>begin-->${source}<!--<$[信息来源]>end--></span> ${FURNITURE}</div>
<div class="main-txt" id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">${bodyHtml(a.paragraphs)}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>
${TOOLS}`,
        charset,
      );
    case 'jpaas':
      return page(
        govMeta(a, '某省人民政府'),
        `${crumbs}<h1 class="article-title">${title}</h1>
<div class="article-info"><span>来源：${source}</span><span>发布时间：${date}</span></div>
<div class="article-content"><meta name="ContentStart">${bodyHtml(a.paragraphs)}<meta name="ContentEnd"></div>
${TOOLS}`,
        charset,
      );
    case 'trs':
      return page(
        `<title>${title} - 某省人民政府门户网站</title>`,
        `${crumbs}<h2 class="detail-article-title">${title}</h2>
<ul class="detail-article-infos"><li><span><i>时间：</i>${date}</span> <span><i>来源：</i>${source}</span></li><li>${FURNITURE}</li></ul>
<div class="article-body"><div class="TRS_Editor">${bodyHtml(a.paragraphs)}</div></div>
${TOOLS}`,
        charset,
      );
    case 'govcn':
      return page(
        `<title>${title}_某省人民政府</title>`,
        `${crumbs}<table class="bd1"><tr><td><b>索<span style="padding-left:1em"></span>引<span style="padding-left:1em"></span>号：</b></td><td>000014349/2024-00012</td><td><b>主题分类：</b></td><td>综合政务</td></tr>
<tr><td><b>发文机关：</b></td><td>${source}</td><td><b>成文日期：</b></td><td>${a.date.year}年${a.date.month}月${a.date.day}日</td></tr></table>
<h1>${title}</h1>
<div class="pages-date">${date} <span class="font">来源：${source}</span></div>
<div class="pages_content" id="UCAP-CONTENT">${bodyHtml(a.paragraphs)}</div>
${TOOLS}`,
        charset,
      );
    case 'news':
      return page(
        `<title>${title}_新闻中心_某某网</title>`,
        `<div class="main"><h1>${title}</h1>
<div class="info">${date} 来源：${source}</div>
<div class="article">${bodyHtml(a.paragraphs)}</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a1.html">某市召开重点工作推进会议</a></li><li><a href="/a2.html">某局开展安全生产检查</a></li></ul></div></div>`,
        charset,
      );
  }
}
