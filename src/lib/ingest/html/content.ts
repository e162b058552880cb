/**
 * The content area of a page, by the publishing system's own markers, in this order:
 * JCMS (大汉) <!--<$[信息内容]>begin--> … end comments; the ContentStart / ContentEnd metas;
 * #zoom; TRS's .TRS_Editor / .TRS_UEDITOR; gov.cn's #UCAP-CONTENT. The same area printed twice
 * (a print copy) is one area; two areas with different text are two articles.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { elements, isElement, textOf } from './dom.ts';

export type Marker = 'jcms' | 'content-meta' | 'zoom' | 'trs' | 'ucap' | 'readability';

export interface ContentArea {
  marker: Marker;
  /** The nodes of the content, in order (siblings, or the children of one element). */
  nodes: AnyNode[];
  /** Pictures JCMS puts just before its begin marker, inside the same element. */
  leading: AnyNode[];
  /** Where the content starts in the page: the lines above it are the visible header. */
  start: AnyNode;
}

export interface Found {
  area?: ContentArea;
  /** Two areas of the same kind with different text: the page holds two articles. */
  second?: { marker: Marker; first: string; second: string };
}

const JCMS_BEGIN = /^<\$\[信息内容\]>begin$/;
const JCMS_END = /^<\$\[信息内容\]>end$/;
const MIN_SECOND = 20;

/** Every comment under root, in document order. */
function comments(root: AnyNode[]): AnyNode[] {
  const found: AnyNode[] = [];
  const stack = [...root].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment') found.push(node);
    else if (isElement(node) || node.type === 'root') {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}

/** The siblings after `begin` up to `end` (or the end of the parent when the end is elsewhere). */
function between(begin: AnyNode, isEnd: (n: AnyNode) => boolean): AnyNode[] {
  const nodes: AnyNode[] = [];
  for (let n = begin.next; n && !isEnd(n); n = n.next) nodes.push(n);
  return nodes;
}

/** Images in the siblings just before the begin marker (JCMS puts the lead picture there). */
function leadingImages(begin: AnyNode): AnyNode[] {
  const lead: AnyNode[] = [];
  for (let n = begin.prev; n; n = n.prev) {
    const text = textOf(n).replace(/\s+/g, '');
    const hasImage = isElement(n) && (n.name === 'img' || [...elements([n])].some((e) => e.name === 'img'));
    if (hasImage && text.length < 40) lead.unshift(n);
    else if (text !== '') break;
  }
  return lead;
}

const key = (nodes: readonly AnyNode[]): string => nodes.map(textOf).join('').replace(/\s+/g, '');

function pick(marker: Marker, areas: ContentArea[]): Found {
  const distinct: ContentArea[] = [];
  for (const area of areas) {
    const k = key(area.nodes);
    if (!distinct.some((d) => key(d.nodes) === k)) distinct.push(area);
  }
  const substantial = distinct.filter((a) => key(a.nodes).length >= MIN_SECOND);
  if (substantial.length >= 2) {
    return {
      second: {
        marker,
        first: key(substantial[0]!.nodes).slice(0, 20),
        second: key(substantial[1]!.nodes).slice(0, 20),
      },
    };
  }
  return { area: substantial[0] ?? distinct[0] };
}

/** Outermost elements matching the test (a marker nested in another is the same area). */
const outermost = (els: Element[]): Element[] =>
  els.filter((el) => !els.some((other) => other !== el && contains(other, el)));

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const childrenArea = (marker: Marker, el: Element): ContentArea => ({
  marker,
  nodes: [...el.children],
  leading: [],
  start: el,
});

export function findContent($: CheerioAPI): Found {
  const root = $.root().toArray();
  const all = comments(root);
  const begins = all.filter((c) => JCMS_BEGIN.test((c as { data: string }).data.trim()));
  if (begins.length) {
    return pick(
      'jcms',
      begins.map((begin) => ({
        marker: 'jcms',
        nodes: between(begin, (n) => n.type === 'comment' && JCMS_END.test(n.data.trim())),
        leading: leadingImages(begin),
        start: begin.prev && leadingImages(begin).length ? leadingImages(begin)[0]! : begin,
      })),
    );
  }
  const metaStarts = $('meta')
    .toArray()
    .filter((m) => (m.attribs.name ?? '').toLowerCase() === 'contentstart');
  if (metaStarts.length) {
    const isEnd = (n: AnyNode): boolean =>
      isElement(n) && n.name === 'meta' && (n.attribs.name ?? '').toLowerCase() === 'contentend';
    return pick(
      'content-meta',
      metaStarts.map((m) => ({ marker: 'content-meta', nodes: between(m, isEnd), leading: [], start: m })),
    );
  }
  const byId = (id: string): Element[] =>
    $('[id]')
      .toArray()
      .filter((el) => el.attribs.id!.toLowerCase() === id);
  const zoom = outermost(byId('zoom'));
  if (zoom.length)
    return pick(
      'zoom',
      zoom.map((el) => childrenArea('zoom', el)),
    );
  const trs = outermost($('.TRS_Editor, .TRS_UEDITOR, .trs_editor, .trs_ueditor').toArray());
  if (trs.length)
    return pick(
      'trs',
      trs.map((el) => childrenArea('trs', el)),
    );
  const ucap = outermost(byId('ucap-content'));
  if (ucap.length)
    return pick(
      'ucap',
      ucap.map((el) => childrenArea('ucap', el)),
    );
  return {};
}
