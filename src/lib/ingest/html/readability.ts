/**
 * The fallback for pages without a publishing system's markers: Mozilla's Readability (the
 * Firefox Reader View extractor) over linkedom, a light DOM. Chosen by measuring on the corpus
 * (docs/ingest.md): as accurate as over jsdom on these pages and several times faster.
 */
import { Readability } from '@mozilla/readability';
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { parseHTML } from 'linkedom';
import { isFurnitureClass } from './dom.ts';

/** Chinese says in 100 characters what English says in 500 (Readability's default threshold). */
const CHAR_THRESHOLD = 100;

/** Furniture is short: a block of more text than this is never taken for it, whatever its class. */
const FURNITURE_TEXT_MAX = 40;

/**
 * The article's nodes as Readability finds them, or undefined when it finds none. Readability
 * drops class names, so share bars and like counters (+1) are taken out by theirs beforehand.
 */
export function readableContent(html: string): AnyNode[] | undefined {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('[class]')]) {
    if (
      isFurnitureClass(el.getAttribute('class') ?? '', true) &&
      (el.textContent ?? '').trim().length <= FURNITURE_TEXT_MAX
    )
      el.remove();
  }
  const article = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD }).parse();
  if (!article?.content) return undefined;
  return load(article.content).root().contents().toArray();
}
