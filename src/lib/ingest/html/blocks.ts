/**
 * The content area's lines → the article's blocks: paragraphs (page furniture left out, with the
 * reason), pictures in order with their captions, and the 附件 the page links to. A picture is
 * archived when the browser saved it in the page's *_files/ folder; its address is kept when the
 * page's own address is known.
 */
import { DOCUMENT_EXTENSIONS, type Attachment } from '../../article.ts';
import type { Block } from '../body.ts';
import { classifyLine } from '../header.ts';
import type { DroppedLine, SourceLine } from '../lines.ts';
import { normaliseLine } from '../normalise.ts';
import { toFullwidthPunctuation } from '../punctuation.ts';
import type { SavedFiles } from '../result.ts';
import type { Line } from './dom.ts';
import type { Element } from 'domhandler';
import { absoluteUrl } from './meta.ts';

/** What a 附件 link points to: documents and archives a government page offers for download. */
const ATTACHMENT = new RegExp(
  `\\.(?:${DOCUMENT_EXTENSIONS})(?:$|[?#])|[?&](?:filename|file)=[^&]*\\.(?:${DOCUMENT_EXTENSIONS})(?:$|[&#])`,
  'i',
);

/** Decorations and spacers, not pictures of the article. */
const DECORATION =
  /(?:^|\/)(?:icon|ico_|spacer|blank|pixel|loading|dot|arrow|line|bg|logo|qrcode|ewm|share|next|prev|more)[\w-]*\.\w+$|\/images\/(?:icon|ico)/i;
/**
 * What a body starts or ends with that is no sentence but a widget's label: a gallery's 图集, a
 * like counter's +1, 点赞, 收藏, 分享. Only at the body's edges, and only such short fragments: a
 * closing （完） or （责编：…） is text.
 */
const EDGE_FURNITURE =
  /^(?:[^\u4e00-\u9fff]{1,4}|图集|组图|高清组图|点赞|赞|收藏|分享|分享到|转发|评论|举报|纠错|打印|关注|返回|返回顶部|顶部|字号|播放|视频|音频)$/;

/** The lines at the body's start and end, up to its first and last sentence, that are widget labels. */
function edgeFurniture(lines: readonly Line[]): Set<number> {
  const marked = new Set<number>();
  const walk = (from: number, step: number): void => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]!;
      if (line.kind !== 'text') continue;
      const text = normaliseLine(line.text);
      if (text === '') continue;
      if (!EDGE_FURNITURE.test(text)) return;
      marked.add(i);
    }
  };
  walk(0, 1);
  walk(lines.length - 1, -1);
  return marked;
}

/** A short line that is one link and nothing else, outside a publishing system's content area: furniture. */
const LINK_LINE_MAX = 20;
const SMALL = 24;

export interface BodyParts {
  blocks: Block[];
  /** The content area's lines as extracted (a paragraph's text, a picture's file): what conservation checks. */
  extracted: SourceLine[];
  /** Lines of the content area left out, with why (chrome). */
  dropped: DroppedLine[];
  attachments: Attachment[];
  /** 附件 links that could not be made absolute (the page's own address is unknown). */
  unresolved: string[];
  /** Pictures copied from the *_files/ folder. */
  images: Array<{ file: string; bytes: Uint8Array }>;
}

/**
 * A safe, readable file name for a picture: its own name, else picture-N. The same picture shown
 * twice keeps one name; two pictures of one name (from different folders) get -2, -3….
 */
function fileNameOf(src: string, n: number, taken: Map<string, string>): string {
  const earlier = [...taken].find(([, from]) => from === src)?.[0];
  if (earlier) return earlier;
  let name = '';
  try {
    name = decodeURIComponent(new URL(src, 'http://x/').pathname.split('/').pop() ?? '');
  } catch {
    name = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  }
  name = name.replace(/[^\w.\-\u4e00-\u9fff]/g, '_').replace(/^\.+/, '');
  if (!/\.(?:jpe?g|png|gif|webp|bmp|svg)$/i.test(name)) name = `${name || `picture-${n}`}.jpg`;
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = name.replace(/(\.\w+)$/, `-${i}$1`);
  taken.set(unique, src);
  return unique;
}

const isFileName = (text: string): boolean => /^[^\s]+\.(?:jpe?g|png|gif|webp|bmp)$/i.test(text);

function captionOf(el: Element): string | undefined {
  const text = normaliseLine(el.attribs.alt || el.attribs.title || '');
  return text && !isFileName(text) && !/^(?:图片|image|img|pic)$/i.test(text) ? text : undefined;
}

const isDecoration = (el: Element, src: string): boolean =>
  DECORATION.test(src) ||
  Number(el.attribs.width) <= SMALL ||
  Number(el.attribs.height) <= SMALL ||
  src.startsWith('data:');

export interface BodyInput {
  lines: readonly Line[];
  /** Readability's output keeps some furniture (图集, 返回首页>>): short link-only lines are dropped there. */
  dropLinkLines?: boolean;
  links: readonly Element[];
  pageUrl: string | undefined;
  savedFiles: SavedFiles | undefined;
  /** Line numbers for blocks: the raw file has no lines worth naming, so blocks are counted. */
}

export function toBody({ lines, links, pageUrl, savedFiles, dropLinkLines }: BodyInput): BodyParts {
  const blocks: Block[] = [];
  const extracted: SourceLine[] = [];
  const dropped: DroppedLine[] = [];
  const images: BodyParts['images'] = [];
  /** Each picture's file name → the address it was given for. */
  const taken = new Map<string, string>();
  const atEdges = edgeFurniture(lines);
  let n = 0;
  for (const line of lines) {
    n++;
    if (line.kind === 'caption') {
      const last = blocks.at(-1);
      const text = normaliseLine(line.text);
      if (last?.kind === 'image' && text) last.caption = text;
      else if (text) {
        blocks.push({ kind: 'paragraph', text: toFullwidthPunctuation(text), line: n });
        extracted.push({ no: n, text });
      }
      continue;
    }
    if (line.kind === 'image') {
      const src = (line.el.attribs.src ?? line.el.attribs['data-src'] ?? '').trim();
      if (!src || isDecoration(line.el, src)) continue;
      const file = fileNameOf(src, blocks.length + 1, taken);
      // A browser rewrites a saved page's pictures to ./页面_files/名字.jpg.
      const local = /(?:^|\/)[^/]+(?:_files|\.files)\//i.test(src) && !/^[a-z]+:/i.test(src);
      const bytes = local ? savedFiles?.(decodeURIComponentSafe(src)) : undefined;
      const url = local ? undefined : absoluteUrl(src, pageUrl);
      if (bytes && !images.some((image) => image.file === file)) images.push({ file, bytes });
      const caption = captionOf(line.el);
      blocks.push({
        kind: 'image',
        file,
        line: n,
        archived: bytes !== undefined,
        ...(caption ? { caption } : {}),
        ...(url ? { url } : {}),
      });
      extracted.push({ no: n, text: file });
      continue;
    }
    const text = normaliseLine(line.text);
    if (text === '') continue;
    const cls = classifyLine(text);
    const linkLine = dropLinkLines && line.linkOnly && text.length <= LINK_LINE_MAX;
    if (
      linkLine ||
      atEdges.has(n - 1) ||
      (cls.furnitureOnly && cls.fields.every((f) => f.kind === 'chrome'))
    ) {
      dropped.push({ no: n, text, reason: 'chrome' });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: toFullwidthPunctuation(text), line: n });
    extracted.push({ no: n, text });
  }
  return { blocks, extracted, dropped, ...attachmentsOf(links, pageUrl), images };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The 附件 links, once each, in the page's order, with absolute addresses. */
export function attachmentsOf(
  links: readonly Element[],
  pageUrl: string | undefined,
): { attachments: Attachment[]; unresolved: string[] } {
  const seen = new Set<string>();
  const list: Attachment[] = [];
  const unresolved: string[] = [];
  for (const a of links) {
    const href = (a.attribs.href ?? '').trim();
    if (!ATTACHMENT.test(href)) continue;
    const url = absoluteUrl(href, pageUrl);
    if (!url) unresolved.push(href);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const text = normaliseLine(linkText(a));
    const fromUrl = decodeURIComponentSafe(url.split(/[?#]/)[0]!.split('/').pop() ?? url);
    list.push({ name: text || fromUrl, url });
  }
  return { attachments: list, unresolved };
}

function linkText(a: Element): string {
  return a.children
    .map((c) => (c.type === 'text' ? c.data : 'children' in c ? linkText(c as Element) : ''))
    .join('');
}
