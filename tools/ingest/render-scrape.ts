/**
 * The inverse of ingest, for tests and the benchmark: an article laid out the way government
 * pages are scraped, one copy per layout, each with its own header style, punctuation width,
 * whitespace and page chrome. Ingesting any of these must give back the same article.
 */
import { toAsciiPunctuation } from '../../src/lib/ingest/punctuation.ts';

export interface ScrapeDate {
  year: number;
  month: number;
  day: number;
  /** Absent when the page gives only the day. */
  time?: { hour: number; minute: number; second?: number };
}

export interface ScrapeArticle {
  title: string;
  source: string;
  date: ScrapeDate;
  /** Paragraphs in fullwidth punctuation; a line like 图片.jpg is an image. */
  paragraphs: readonly string[];
}

/**
 * plain       title, 来源 and 发布日期 on their own lines, blank lines between paragraphs
 * one-line    source, time, font switcher and view counter on one line; ASCII punctuation; print/close links
 * portal      breadcrumb, title twice, 信息来源 / 日期 in Chinese date form, indented paragraphs, share bar
 * header-only no repeated title: 发布机构 and a slashed date on one line, NBSPs and tabs
 */
export type Layout = 'plain' | 'one-line' | 'portal' | 'header-only';
export const LAYOUTS: readonly Layout[] = ['plain', 'one-line', 'portal', 'header-only'];

const pad = (n: number): string => String(n).padStart(2, '0');

function dateText(date: ScrapeDate, layout: Layout): string {
  const { year, month, day, time } = date;
  switch (layout) {
    case 'plain':
      return `${year}-${pad(month)}-${pad(day)}${time ? ` ${pad(time.hour)}:${pad(time.minute)}` : ''}`;
    case 'one-line':
      return `${year}- ${pad(month)}- ${pad(day)}${time ? ` ${pad(time.hour)}: ${pad(time.minute)}` : ''}`;
    case 'portal':
      return `${year}年${month}月${day}日${time ? ` ${pad(time.hour)}:${pad(time.minute)}` : ''}`;
    case 'header-only':
      return `${year}/${month}/${day}${time ? ` ${time.hour}:${pad(time.minute)}:${pad(time.second ?? 0)}` : ''}`;
  }
}

/** One copy of the article, as lines. */
export function renderCopy(article: ScrapeArticle, layout: Layout): string[] {
  const { title, source, paragraphs } = article;
  const date = dateText(article.date, layout);
  switch (layout) {
    case 'plain':
      return [title, `来源：${source}`, `发布日期：${date}`, '', ...paragraphs.flatMap((p) => [p, ''])];
    case 'one-line':
      return [
        title,
        `来源: ${toAsciiPunctuation(source)} 发布时间: ${date} 字体:[ 大 中 小 ] 浏览次数:( 1024 )`,
        ...paragraphs.map(toAsciiPunctuation),
        '【打印本页】 【关闭窗口】',
      ];
    case 'portal':
      return [
        '当前位置：首页 > 新闻中心 > 部门动态',
        title,
        title,
        `信息来源：${source}`,
        `日期：${date}`,
        '【字号：大 中 小】',
        ...paragraphs.map((p) => `\u3000\u3000${p}\t `),
        '分享到：微信 微博 QQ空间',
      ];
    case 'header-only':
      return [
        `发布机构：${source}\u00a0\u00a0发布日期：${date}`,
        ...paragraphs.map((p) => `\u00a0${p}\u00a0`),
      ];
  }
}

/** A whole scrape: one copy per layout, in order (the first needs a title, so not header-only). */
export function renderScrape(article: ScrapeArticle, layouts: readonly Layout[], lineEnd = '\n'): string {
  return layouts.flatMap((layout) => renderCopy(article, layout)).join(lineEnd) + lineEnd;
}
