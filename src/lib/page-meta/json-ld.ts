/** schema.org NewsArticle for an article page, and its safe serialisation into a <script> element. */
import type { Disclosure } from '../article.ts';
import { toShanghaiIso } from '../dates.ts';

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
  /** 政府信息公开 fields of a policy document. */
  disclosure?: Disclosure;
  site: { name: string; url: string };
}

/** 索引号 and 文号 as schema.org identifiers, 发文机关 as creator, 成文日期, 主题分类 and 有效性. */
function disclosureJsonLd(d: Disclosure): Record<string, unknown> {
  const identifiers = [
    d.indexNumber && { '@type': 'PropertyValue', name: '索引号', value: d.indexNumber },
    d.documentNumber && { '@type': 'PropertyValue', name: '发文字号', value: d.documentNumber },
  ].filter(Boolean);
  return {
    ...(identifiers.length ? { identifier: identifiers } : {}),
    ...(d.issuer ? { creator: { '@type': 'GovernmentOrganization', name: d.issuer } } : {}),
    ...(d.writtenOn ? { dateCreated: d.writtenOn } : {}),
    ...(d.topic ? { genre: d.topic } : {}),
    ...(d.validity ? { creativeWorkStatus: d.validity } : {}),
  };
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
    ...(input.disclosure ? disclosureJsonLd(input.disclosure) : {}),
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
