/**
 * A page's DOM (htmlparser2 through cheerio/slim: fast, forgiving, keeps comments in place) →
 * the lines a reader sees: block elements and <br> end a line, a table row is one line, an
 * image is a line of its own. Scripts, styles, forms, frames and hidden elements are not text.
 */
import type { AnyNode, Element } from 'domhandler';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'canvas',
  'audio',
  'video',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'head',
  'title',
  'meta',
  'link',
  'map',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'caption',
  'figure',
  'figcaption',
  'center',
  'address',
  'hr',
  'form',
  'fieldset',
  'body',
  'html',
]);

export const isElement = (node: AnyNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

export const attrOf = (node: Element, name: string): string | undefined => node.attribs[name];

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by the page itself (hidden attribute, display:none): furniture such as "Produced By" links. */
export const isHidden = (el: Element): boolean =>
  el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? '');

/** Share bars, like buttons, print and font-size tools, QR codes: furniture by a class of their own. */
const FURNITURE_CLASS =
  /^(?:bdsharebuttonbox|share(?:-?(?:bar|btns?|buttons?|list|icons?))?|zan(?:-i)?|dianzan|praise|toolbar|fontsize|font-size|qrcode|ewm)$/i;
/**
 * A part of a class name that widgets carry (share-wx-item, zan-wap, article-like). Pages also put
 * a date in a share_box, so this is read only where a short block is dropped as a whole.
 */
const FURNITURE_PART = /(?:^|[-_])(?:share|zan|dianzan|praise|like|qrcode|ewm)(?:$|[-_])/i;
/** Does a class attribute name page furniture (with byPart, in any part of a class name)? */
export const isFurnitureClass = (classes: string, byPart = false): boolean =>
  classes.split(/\s+/).some((token) => FURNITURE_CLASS.test(token) || (byPart && FURNITURE_PART.test(token)));
const hasFurnitureClass = (el: Element): boolean => isFurnitureClass(el.attribs.class ?? '');

export const isSkipped = (el: Element): boolean =>
  SKIPPED.has(el.name) || isHidden(el) || hasFurnitureClass(el);

export type Line =
  | {
      kind: 'text';
      text: string;
      node: AnyNode;
      /** All of the line's text is the text of links (a share button, 返回首页>>, a related link). */
      linkOnly: boolean;
    }
  | { kind: 'image'; el: Element }
  | { kind: 'caption'; text: string; el: Element };

export interface FlattenOptions {
  /** Stop before this node (the start of the content area), for the lines above it. */
  stopAt?: AnyNode;
  /** Called for every link (a[href]) met. */
  onLink?: (el: Element) => void;
}

/** Does a table cell hold blocks (a layout table) rather than one value? */
const holdsBlocks = (el: Element): boolean =>
  el.children.some((c) => isElement(c) && (BLOCKS.has(c.name) || c.name === 'img' || holdsBlocks(c)));

const LABEL_CELL = /^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,7}$/;

/**
 * The page's lines in document order. Returns true from the inner walk when stopAt was reached.
 */
export function flatten(nodes: readonly AnyNode[], options: FlattenOptions = {}): Line[] {
  const lines: Line[] = [];
  let current = '';
  let currentNode: AnyNode | undefined;
  let linkDepth = 0;
  let outsideLinks = false;
  const flush = (): void => {
    // Line breaks in the source are spaces to a reader, as everywhere in HTML.
    const text = current.replace(/[\r\n]+/g, ' ');
    if (text.trim() !== '' && currentNode)
      lines.push({ kind: 'text', text, node: currentNode, linkOnly: !outsideLinks });
    current = '';
    currentNode = undefined;
    outsideLinks = false;
  };
  const append = (text: string, node: AnyNode): void => {
    currentNode ??= node;
    current += text;
    if (linkDepth === 0 && text.trim() !== '') outsideLinks = true;
  };
  const row = (tr: Element): string => {
    // A 信息公开 table puts a label in one cell and its value in the next, often without a colon.
    const cells = tr.children.filter(
      (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th') && !isSkipped(c),
    );
    return cells
      .map((cell, i) => {
        const text = textOf(cell).replace(/\s+/g, ' ').trim();
        // Labels and values alternate: a label sits in an even cell.
        return i % 2 === 0 && LABEL_CELL.test(text) && i + 1 < cells.length ? `${text}：` : text;
      })
      .join(' ');
  };
  const visit = (node: AnyNode): boolean => {
    if (node === options.stopAt) return true;
    if (node.type === 'text') {
      append(node.data, node);
      return false;
    }
    if (!isElement(node) || isSkipped(node)) return false;
    const name = node.name;
    if (name === 'br') {
      flush();
      return false;
    }
    if (name === 'img') {
      flush();
      lines.push({ kind: 'image', el: node });
      return false;
    }
    if (name === 'a' && node.attribs.href !== undefined) options.onLink?.(node);
    if (name === 'figcaption') {
      flush();
      lines.push({ kind: 'caption', text: textOf(node), el: node });
      return false;
    }
    if (name === 'tr' && !node.children.some((c) => isElement(c) && holdsBlocks(c))) {
      flush();
      append(row(node), node);
      node.children.forEach((c) => collectLinks(c, options.onLink));
      flush();
      return false;
    }
    const block = BLOCKS.has(name) || ((name === 'td' || name === 'th') && holdsBlocks(node));
    if (block) flush();
    if (name === 'a') linkDepth++;
    const stopped = node.children.some(visit);
    if (name === 'a') linkDepth--;
    if (stopped) return true;
    if (block) flush();
    else if (name === 'td' || name === 'th') append(' ', node);
    return false;
  };
  for (const node of nodes) if (visit(node)) break;
  flush();
  return lines;
}

function collectLinks(node: AnyNode, onLink: FlattenOptions['onLink']): void {
  if (!onLink || !isElement(node) || isSkipped(node)) return;
  if (node.name === 'a' && node.attribs.href !== undefined) onLink(node);
  node.children.forEach((c) => collectLinks(c, onLink));
}

/** The text of a node, scripts and hidden elements left out. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || isSkipped(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** Every element under the nodes, in document order. */
export function* elements(nodes: readonly AnyNode[]): Generator<Element> {
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
