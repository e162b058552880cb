/**
 * Pages that hold no article, told apart before and after the content is looked for, each with
 * the reason an archivist can act on: a frame set or a page made by script (nothing saved to
 * read), an error page, a search page, a column list page (links to articles, not one), a page
 * cut off before its end.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { IngestError } from '../errors.ts';
import { elements, textOf } from './dom.ts';

/** An HTTP status standing alone or named as an error (第500次会议 is not one), or the words of one. */
const ERROR_PAGE =
  /^(?:HTTP\s*)?(?:400|403|404|500|502|503)(?:\D|$)|(?:403|404|500|502|503)\s*(?:错误|error|Not Found|Forbidden)|页面不存在|页面未找到|找不到(?:该|您要的)?页面|您访问的页面|Not Found|出错了|错误页面|系统繁忙|请求的资源不存在/i;
const SEARCH_PAGE = /搜索结果|检索结果|站内搜索|全文检索|search results?/i;

const compact = (text: string): string => text.replace(/\s+/g, '');

/** Refusals that need no content area: decided on the whole page. */
export function refuseWholePage($: CheerioAPI, html: string, file: string): void {
  const tail = html.slice(-4096);
  if (!/<\/html\s*>/i.test(tail) && !/<\/body\s*>/i.test(tail)) {
    throw new IngestError(
      file,
      'the page is cut off: it ends before </body></html>, so the article may be incomplete',
      'save or fetch the page again, whole',
    );
  }
  const body = $('body').first();
  const bodyText = compact(body.length ? textOf(body[0]!) : '');
  if ($('frameset').length > 0 || ($('iframe, frame').length > 0 && bodyText.length < 20)) {
    throw new IngestError(
      file,
      'the page holds no article: it is only a frame set around other pages',
      'open the framed page itself and save that one',
    );
  }
  if (bodyText.length < 10) {
    throw new IngestError(
      file,
      $('script').length > 0
        ? 'the page holds no article: its content is written by script when it runs, and none was saved'
        : 'the page holds no article: it has no text',
      'save the page from a browser after it has loaded (File › Save Page As… › Webpage, Complete)',
    );
  }
  const headings = [$('title').text(), $('h1').first().text()].map(compact);
  const heading = headings.join(' ');
  if (headings.some((h) => ERROR_PAGE.test(h)) && bodyText.length < 1500) {
    throw new IngestError(
      file,
      `the page holds no article: it is an error page ("${heading.slice(0, 40)}")`,
      'fetch the article again, or remove the file from the folder',
    );
  }
  if (
    SEARCH_PAGE.test(heading) ||
    ($('input[type="search"]').length > 0 && SEARCH_PAGE.test(bodyText.slice(0, 400)))
  ) {
    throw new IngestError(
      file,
      'the page holds no article: it is a search results page',
      'open the article from the results and save that page',
    );
  }
}

/** Share of the text that sits in links: high for lists of articles, low for an article. */
export function linkDensity(nodes: readonly AnyNode[]): { density: number; links: number; text: number } {
  const text = compact(nodes.map(textOf).join('')).length;
  let linked = 0;
  let links = 0;
  for (const el of elements(nodes)) {
    if (el.name !== 'a') continue;
    links++;
    linked += compact(textOf(el)).length;
  }
  return { density: text ? linked / text : 1, links, text };
}

/** A candidate without markers that is mostly links is a column's list of articles. */
export function refuseList(nodes: readonly AnyNode[], file: string): void {
  const { density, links } = linkDensity(nodes);
  if (links >= 8 && density > 0.5) {
    throw new IngestError(
      file,
      `the page holds no article: it is a list of ${links} links (a column or index page), and it has no content area of a publishing system`,
      'open one article from the list and save that page',
    );
  }
}
