/**
 * Article HTML for feeds: the markdown-it rendering the pages use, sanitised to a small
 * allowlist (feed readers run no CSP of ours) and with every link and image made absolute.
 */
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from './escape-html.ts';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'code',
  'pre',
  'a',
  'img',
  'figure',
  'figcaption',
  'span',
  'hr',
];

/** Sanitised HTML with links resolved against the article's absolute URL. */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (value: string | undefined): string | undefined => {
    if (!value) return value;
    try {
      return new URL(value, pageUrl).href;
    } catch {
      return undefined;
    }
  };
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolute(attribs.href) ?? '' } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolute(attribs.src) ?? '' } }),
    },
  });
}

/**
 * Plain text (a title, a summary) for a feed element that readers may render as HTML: escaped
 * once for HTML here, and once more for XML by the feed writer, so "<script>" stays text everywhere.
 */
export function feedText(text: string): string {
  return escapeHtml(text);
}
