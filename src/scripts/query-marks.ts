/**
 * An article opened from a search result (?hl=知识产权) marks the query in its title and text
 * with <mark>, as the search matched it (folded fullwidth and case, every spelling searched),
 * scrolls to the first, and offers 清除高亮. Loaded only when the parameter is there, so the
 * article's first view does not carry it; the canonical link is never touched.
 */
import { ui } from '../lib/i18n/zh-CN.ts';
import { containsAll, findOccurrences, type Term } from '../search/browser/match.ts';
import { readMarkedTerms, withoutMarks } from '../search/browser/query-marks/link.ts';
import { spansInNodes } from '../search/browser/query-marks/text-nodes.ts';

const MARK_ATTRIBUTE = 'data-query-mark';

function textNodes(region: Element): Text[] {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps every occurrence of the terms in the region's text in <mark> (one per text node it
 * spans); returns how many occurrences there were.
 */
function markIn(region: Element, terms: readonly Term[]): number {
  const nodes = textNodes(region);
  const spans = findOccurrences(nodes.map((n) => n.data).join(''), terms);
  const pieces = spansInNodes(
    nodes.map((n) => n.data.length),
    spans,
  );
  // From the last piece back, so the offsets of earlier pieces in the same node stay valid.
  for (const piece of pieces.reverse()) {
    const range = document.createRange();
    range.setStart(nodes[piece.node]!, piece.start);
    range.setEnd(nodes[piece.node]!, piece.end);
    const mark = document.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    range.surroundContents(mark);
  }
  return spans.length;
}

function clearMarks(article: HTMLElement): void {
  for (const mark of article.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
    const parent = mark.parentNode!;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

export function markQuery(): void {
  const terms = readMarkedTerms(location.search);
  const article = document.querySelector<HTMLElement>('article.article');
  if (terms.length === 0 || !article) return;
  const regions = [article.querySelector('h1'), article.querySelector('.prose')].filter(
    (r): r is Element => r !== null,
  );
  // The note names only the spellings the article holds (not a Traditional original it lacks).
  const text = regions.map((r) => r.textContent ?? '').join('\n');
  const found = terms.filter((term) => containsAll(text, [term])).map((term) => term[0]!);
  const occurrences = regions.reduce((n, region) => n + markIn(region, terms), 0);
  if (occurrences === 0) return;

  const clear = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'control',
    textContent: ui.queryMarksClear,
  });
  const note = Object.assign(document.createElement('p'), {
    textContent: ui.queryMarksFound(found, occurrences),
  });
  const bar = Object.assign(document.createElement('div'), { className: 'notice query-marks' });
  bar.append(note, clear);
  article.prepend(bar);
  clear.addEventListener('click', () => {
    clearMarks(article);
    bar.remove();
    // Reloading the plain article shows no marks; the canonical link was always the plain URL.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${withoutMarks(location.search)}${location.hash}`,
    );
    // The button is gone: the keyboard goes on from the article's title.
    const heading = article.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });
  article.querySelector(`mark[${MARK_ATTRIBUTE}]`)!.scrollIntoView({ block: 'center' });
}
