/**
 * On an article opened from a search result (?hl=…): marks the query's occurrences in the title
 * and text with <mark>, scrolls to the first, and offers a button that clears them. Opened any
 * other way, the page does nothing more than read its URL.
 */
import { arrivalTerms, withoutArrival } from '../lib/search/arrival-marks.ts';
import { findOccurrences, type Term } from '../lib/search/match.ts';
import { ui } from '../lib/i18n/zh-CN.ts';

function markText(node: Text, terms: readonly Term[]): HTMLElement[] {
  const spans = findOccurrences(node.data, terms);
  const marks: HTMLElement[] = [];
  let rest = node;
  let offset = 0;
  for (const { start, end } of spans) {
    const found = rest.splitText(start - offset);
    rest = found.splitText(end - start);
    offset = end;
    const mark = document.createElement('mark');
    mark.className = 'arrival-mark';
    found.replaceWith(mark);
    mark.append(found);
    marks.push(mark);
  }
  return marks;
}

function markArticle(article: HTMLElement, terms: readonly Term[]): HTMLElement[] {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes.flatMap((node) => markText(node, terms));
}

const terms = arrivalTerms(location.search);
const article = document.querySelector<HTMLElement>('[data-arrival-marks]');
if (terms.length && article) {
  const marks = markArticle(article, terms);
  if (marks.length) {
    const bar = document.createElement('p');
    bar.className = 'arrival-bar';
    bar.setAttribute('role', 'status');
    bar.textContent = ui.arrivalMarked(terms.map((t) => t[0]).join(' '), marks.length);
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = ui.arrivalClear;
    clear.addEventListener('click', () => {
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      article.normalize();
      history.replaceState(history.state, '', withoutArrival(location.href));
      bar.remove();
      // The button is gone: focus goes to the article's title rather than to the page's start.
      const title = article.querySelector('h1');
      title?.setAttribute('tabindex', '-1');
      title?.focus();
    });
    bar.append(' ', clear);
    article.before(bar);
    marks[0]!.scrollIntoView({ block: 'center' });
  }
}
