/** schema.org NewsArticle for an article page, and its safe serialisation into a <script> element. */
import { toShanghaiIso } from './dates.ts';

export interface NewsArticleInput {
  title: string;
  summary: string;
  publishedAt: string;
  /** The issuing body (来源). */
  source: string;
  tags: readonly string[];
  /** Absolute URL of the article page. */
  url: string;
  wordCount: number;
  site: { name: string; url: string };
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const sourceOrganization = { '@type': 'GovernmentOrganization', name: input.source };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.summary,
    datePublished: toShanghaiIso(input.publishedAt),
    inLanguage: 'zh-CN',
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    author: sourceOrganization,
    sourceOrganization,
    // The archive republishes the release; the issuing body stays author and source.
    publisher: { '@type': 'Organization', name: input.site.name, url: input.site.url },
    keywords: input.tags.join(','),
    wordCount: input.wordCount,
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
