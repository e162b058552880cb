/**
 * One saved HTML page → one article. Metadata in this order: the page's government meta tags,
 * then the header a reader sees above the content (title, 来源, 发布日期, the 信息公开 table),
 * then <title>. The body is the publishing system's content area (content.ts), else what
 * Readability finds; a page with neither holds no article and is refused with the reason.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { PageInfo } from '../../article.ts';
import { shanghaiDay } from '../../dates.ts';
import { assembleArticle } from '../assemble.ts';
import { paragraphsOf } from '../body.ts';
import { checkExtractedConservation } from '../conserve.ts';
import { readDisclosure } from '../disclosure-fields.ts';
import { IngestError } from '../errors.ts';
import { parsePublishTime, type PublishTime } from '../header.ts';
import { comparisonKey } from '../lines.ts';
import { normaliseLine } from '../normalise.ts';
import { toFullwidthPunctuation } from '../punctuation.ts';
import type { IngestResult, SavedFiles } from '../result.ts';
import { toBody } from './blocks.ts';
import { decodeHtml } from './charset.ts';
import { findContent, type Marker } from './content.ts';
import { flatten, type Line } from './dom.ts';
import { readMeta, type PageMeta } from './meta.ts';
import { readableContent } from './readability.ts';
import { refuseList, refuseWholePage } from './refuse.ts';
import { readVisibleHeader, type VisibleHeader } from './visible-header.ts';

const HEADER_LINES = 80;
/** <title> is 标题_栏目_站名 or 标题 - 站名: the title is the first part. */
const TITLE_SEPARATOR = /\s*(?:_|--|——|\s-\s)\s*/;

interface Content {
  marker: Marker;
  lines: Line[];
  links: Element[];
  above: Line[];
}

function readContent(html: string, $: ReturnType<typeof load>, rawPath: string): Content {
  const body = $('body').toArray() as AnyNode[];
  const links: Element[] = [];
  const onLink = (a: Element): void => void links.push(a);
  const found = findContent($);
  if (found.second) {
    const { marker, first, second } = found.second;
    throw new IngestError(
      rawPath,
      `the page holds two articles: two ${marker} content areas with different text ("${first}…" and "${second}…")`,
      'save each article as its own page',
    );
  }
  if (found.area) {
    const { area } = found;
    return {
      marker: area.marker,
      lines: flatten([...area.leading, ...area.nodes], { onLink }),
      links,
      above: flatten(body, { stopAt: area.start }).slice(-HEADER_LINES),
    };
  }
  const nodes = readableContent(html);
  if (!nodes) {
    throw new IngestError(
      rawPath,
      'the page holds no article: it has no content area of a publishing system, and no text that reads like an article',
      'check that the file is an article page (not a column or home page), and save the article itself',
    );
  }
  refuseList(nodes, rawPath);
  const lines = flatten(nodes, { onLink });
  const first = lines.find((l) => l.kind === 'text');
  const all = flatten(body);
  const key = first?.kind === 'text' ? comparisonKey(normaliseLine(first.text)) : undefined;
  const at = all.findIndex((l) => l.kind === 'text' && comparisonKey(normaliseLine(l.text)) === key);
  return { marker: 'readability', lines, links, above: all.slice(0, Math.max(at, 0)).slice(-HEADER_LINES) };
}

/** ArticleTitle; else the visible title when the page bears it out; else the 信息公开 table's 标题; else <title>'s first part. */
function titleOf(meta: PageMeta, header: VisibleHeader): string | undefined {
  if (meta.articleTitle) return normaliseLine(meta.articleTitle);
  const documentTitle = meta.documentTitle ?? '';
  if (header.title && header.titleConfirmed) return header.title;
  if (header.tableTitle) return normaliseLine(header.tableTitle);
  const firstPart = normaliseLine(documentTitle.split(TITLE_SEPARATOR)[0] ?? '');
  // <title> may give only the column (新闻动态--学会官网): a longer Chinese line above the fields is the title.
  const han = (text: string): number => text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (header.title && han(header.title) >= 6 && header.title.length > firstPart.length) return header.title;
  return firstPart || header.title;
}

type Dated = { value: string; time: PublishTime };

/** PubDate; else the visible 发布日期; else other pages' date metas. A later one with the same day and a time adds the time. */
function timeOf(meta: PageMeta, header: VisibleHeader): Dated | undefined {
  const candidates = [
    meta.pubDate,
    ...header.fields.filter((f) => f.kind === 'date').map((f) => f.value),
    header.bareDate,
    ...meta.otherDates,
  ].flatMap((value) => {
    const time = value ? parsePublishTime(value) : undefined;
    return value && time ? [{ value, time }] : [];
  });
  const first = candidates[0];
  if (!first || first.time.hasTime) return first;
  return (
    candidates.find((c) => c.time.hasTime && shanghaiDay(c.time.iso) === shanghaiDay(first.time.iso)) ?? first
  );
}

function pageInfo(meta: PageMeta): PageInfo | undefined {
  const page: PageInfo = {
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.column ? { column: meta.column } : {}),
    ...(meta.keywords ? { keywords: meta.keywords } : {}),
    ...(meta.description ? { description: meta.description } : {}),
  };
  return Object.keys(page).length ? page : undefined;
}

export function ingestHtml(bytes: Uint8Array, rawPath: string, savedFiles?: SavedFiles): IngestResult {
  const { text, encoding } = decodeHtml(bytes, rawPath);
  const $ = load(text);
  refuseWholePage($, text, rawPath);
  const meta = readMeta($, text);
  const content = readContent(text, $, rawPath);
  const body = toBody({
    lines: content.lines,
    links: content.links,
    pageUrl: meta.url,
    savedFiles,
    dropLinkLines: content.marker === 'readability',
  });
  if (paragraphsOf(body.blocks).length === 0) {
    throw new IngestError(
      rawPath,
      `the page's content area (${content.marker}) has no text`,
      'check that the page was saved after it loaded, with its article text',
    );
  }
  const header = readVisibleHeader(
    content.above,
    [meta.articleTitle, meta.documentTitle].flatMap((t) => (t ? [t] : [])),
  );
  const title = titleOf(meta, header);
  if (!title) {
    throw new IngestError(
      rawPath,
      'no title found (no ArticleTitle meta, no title above the content, no <title>)',
      'save the article page itself',
    );
  }
  const time = timeOf(meta, header);
  if (!time) {
    throw new IngestError(
      rawPath,
      'no publish date found (looked for the PubDate meta, 发布日期 or 发布时间 above the content, and publishdate metas)',
      'check that the page shows its publish date; a page without one cannot be archived by date',
    );
  }
  const fields = header.fields.map((f) => ({ ...f, copy: 0 }));
  const disclosure = readDisclosure(fields, rawPath);
  const visibleSource =
    fields.find((f) => f.kind === 'source')?.value ?? fields.find((f) => f.kind === 'publisher')?.value;
  // A page that names no source was published by its site.
  const titleParts = (meta.documentTitle ?? '').split(TITLE_SEPARATOR);
  const siteInTitle = titleParts.length > 1 ? normaliseLine(titleParts.at(-1)!) : '';
  const source =
    meta.contentSource ??
    visibleSource ??
    meta.otherSource ??
    disclosure?.issuer ??
    meta.siteName ??
    (siteInTitle || undefined);
  if (!source) {
    throw new IngestError(
      rawPath,
      'no source found (looked for the ContentSource meta, 来源 or 发布机构 above the content, the issuing body, the SiteName meta and the site named in <title>)',
      'check that the page names its source',
    );
  }
  const assembled = assembleArticle({
    rawPath,
    bytes,
    title,
    titleLine: 1,
    source: toFullwidthPunctuation(normaliseLine(source)),
    time: time.time,
    ...(disclosure ? { disclosure } : {}),
    blocks: body.blocks,
    attachments: body.attachments,
    ...(pageInfo(meta) ? { page: pageInfo(meta)! } : {}),
  });
  const lost = checkExtractedConservation(body.extracted, assembled.body);
  if (lost) {
    throw new IngestError(
      rawPath,
      `conservation check failed: ${lost.problem}`,
      'report this as an ingest bug with the page attached',
    );
  }
  return {
    ...assembled,
    encoding,
    copies: 1,
    dropped: body.dropped,
    ...(body.images.length ? { images: body.images } : {}),
    ...(body.unresolved.length
      ? {
          warnings: [
            `${body.unresolved.length} 附件 link(s) left out: the page's own address is unknown, so "${body.unresolved[0]}" cannot be made absolute (a page saved by a browser says it in its <!-- saved from url=… --> comment)`,
          ],
        }
      : {}),
  };
}
