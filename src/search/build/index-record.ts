/**
 * What the search index holds for one article: a small HTML document built from the article's
 * data, not the built page. Pagefind then parses about 2 KB per article instead of a whole page,
 * and the text arrives already split into words (segment.ts). The title stays an <h1>, so
 * Pagefind weights a match in the title above one in the text, as it did for the page.
 */
import type { Article } from '../../lib/article.ts';
import { shanghaiYearMonth } from '../../lib/archive.ts';
import { formatPublished, shanghaiDay, toShanghaiIso } from '../../lib/dates.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { markdownToText } from '../../lib/markdown.ts';
import { paths } from '../../lib/urls.ts';
import { ui } from '../../lib/i18n/zh-CN.ts';
import {
  DAY_FILTER,
  FACET_FILTERS,
  HIDDEN_WORDS_MARK,
  META,
  PUBLISHED_SORT,
} from '../contract/index-fields.ts';
import { hiddenWordsOf, segmentWords } from '../contract/segment.ts';

export interface IndexedArticle {
  id: string;
  data: Article;
  body: string;
}

export interface SearchRecord {
  /** The article's URL from the site root; the search page adds the base path. */
  url: string;
  html: string;
  /**
   * The searchable texts of `html` (title, identifiers, paragraphs, hidden words), already split
   * into words as Pagefind indexes them: what the route files list (route-writer.ts), without reading
   * the HTML back.
   */
  words: string[];
}

const element = (tag: string, attributes: string, text: string): string =>
  `<${tag}${attributes}>${escapeHtml(text)}</${tag}>`;

/** An article's searchable text, plain and split into words: split once, for the index and the vocabulary. */
export interface SegmentedText {
  title: string;
  paragraphs: string[];
  /** segmentWords of each. */
  titleWords: string;
  paragraphWords: string[];
}

export function segmentArticle({ data, body }: Pick<IndexedArticle, 'data' | 'body'>): SegmentedText {
  const paragraphs = markdownToText(body);
  return {
    title: data.title,
    paragraphs,
    titleWords: segmentWords(data.title),
    paragraphWords: paragraphs.map(segmentWords),
  };
}

export function searchRecord(
  article: IndexedArticle,
  { titleWords, paragraphWords }: SegmentedText = segmentArticle(article),
): SearchRecord {
  const { id, data } = article;
  const { title, source, publishedAt, dateOnly, tags, disclosure } = data;
  const published = toShanghaiIso(publishedAt);
  // Shown with each result, read by the search page from Pagefind's meta, filters and sort.
  const fields = [
    element('span', ` data-pagefind-meta="${META.title}"`, title),
    element('span', ` data-pagefind-meta="${META.source}"`, source),
    element('span', ` data-pagefind-meta="${META.date}"`, formatPublished(publishedAt, dateOnly)),
    element('span', ` data-pagefind-meta="${META.published}"`, published),
    element('span', ` data-pagefind-sort="${PUBLISHED_SORT}"`, published),
    element('span', ` data-pagefind-filter="${FACET_FILTERS.source}"`, source),
    element(
      'span',
      ` data-pagefind-filter="${FACET_FILTERS.year}"`,
      String(shanghaiYearMonth(publishedAt).year),
    ),
    // The day, for the advanced search's date range (Pagefind has no range filter).
    element('span', ` data-pagefind-filter="${DAY_FILTER}"`, shanghaiDay(publishedAt)),
    ...tags.map((tag) => element('span', ` data-pagefind-filter="${FACET_FILTERS.tag}"`, tag)),
  ];
  // Only the title, the paragraphs and the words hidden inside them are searchable; labels and dates are not.
  const hidden = hiddenWordsOf([titleWords, ...paragraphWords].join(' ').split(' '));
  // A policy document is looked up by its 文号 (in the GB/T 9704 form, as query.ts rewrites a
  // typed one) or 索引号: weighted like the title, so the document itself comes first.
  const identifiers = [
    disclosure?.documentNumber && `${ui.disclosureLabels.documentNumber}：${disclosure.documentNumber}`,
    disclosure?.indexNumber && `${ui.disclosureLabels.indexNumber}：${disclosure.indexNumber}`,
  ].flatMap((line) => (line ? [segmentWords(line)] : []));
  // Last, after a mark the search page cuts at: findable, never shown or matched as text.
  const hiddenWords = hidden.length ? [`${HIDDEN_WORDS_MARK} ${hidden.join(' ')}`] : [];
  const text = [
    element('h1', '', titleWords),
    ...identifiers.map((words) => element('p', ' data-pagefind-weight="10"', words)),
    ...[...paragraphWords, ...hiddenWords].map((words) => element('p', '', words)),
  ];
  return {
    url: `/${paths.article(id)}`,
    html: `<html><body>${fields.join('')}<main data-pagefind-body>${text.join('')}</main></body></html>`,
    words: [titleWords, ...identifiers, ...paragraphWords, ...hiddenWords],
  };
}
