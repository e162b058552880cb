/**
 * Generated and hand-written archives as article Markdown files (a folder like content/articles,
 * for builds with CONTENT_DIR), written the way ingest writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment, Disclosure } from '../../src/lib/article.ts';
import { serialiseArticle, sha256 } from '../../src/lib/article-file.ts';
import { shanghaiIso } from '../../src/lib/dates.ts';
import { slugFor } from '../../src/lib/ingest/ingest.ts';
import { SEARCH_ARCHIVE } from './search-archive.ts';

export interface ArticleSpec {
  title: string;
  source: string;
  publishedAt: string;
  /** The source gave only a day. */
  dateOnly?: boolean;
  summary: string;
  tags: string[];
  paragraphs: readonly string[];
  /** Where the raw scrape would be; its digest stands in for the scrape's. */
  rawPath: string;
  /** The 政府信息公开 fields of a policy document. */
  disclosure?: Disclosure;
  /** The 文号 of another policy document the text cites. */
  citesDocumentNumber?: string;
  /** A picture saved beside the article (archived), shown after the first paragraph. */
  picture?: { file: string; caption: string };
  /** The files its page offered under 附件. */
  attachments?: Attachment[];
}

/** An article file and what tests check it by. */
export interface ArchiveArticle {
  slug: string;
  fileName: string;
  text: string;
  title: string;
  source: string;
  publishedAt: string;
  dateOnly: boolean;
  disclosure?: Disclosure;
  citesDocumentNumber?: string;
  /** The picture's file and its bytes, written into the article's own folder. */
  picture?: { file: string; caption: string; bytes: Uint8Array };
}

/** A 1×1 PNG: a picture for the archives' articles to show. */
export const ARCHIVE_PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function archiveArticle(spec: ArticleSpec): ArchiveArticle {
  const { title, source, publishedAt, summary, tags, rawPath, disclosure, citesDocumentNumber } = spec;
  const { picture, attachments } = spec;
  const dateOnly = spec.dateOnly ?? false;
  const [first, ...rest] = spec.paragraphs;
  const blocks = picture ? [first!, `![${picture.caption}](<${picture.file}>)`, ...rest] : spec.paragraphs;
  const text = serialiseArticle(
    {
      title,
      source,
      publishedAt,
      summary,
      tags,
      images: picture ? [{ ...picture, archived: true }] : [],
      ...(disclosure ? { disclosure } : {}),
      ...(attachments ? { attachments } : {}),
      raw: { path: rawPath, sha256: sha256(rawPath) },
      ...(dateOnly ? { dateOnly: true } : {}),
    },
    blocks.join('\n\n') + '\n',
  );
  const slug = slugFor(title, publishedAt);
  return {
    slug,
    fileName: `${slug}.md`,
    text,
    title,
    source,
    publishedAt,
    dateOnly,
    ...(disclosure ? { disclosure } : {}),
    ...(citesDocumentNumber ? { citesDocumentNumber } : {}),
    ...(picture ? { picture: { ...picture, bytes: ARCHIVE_PICTURE } } : {}),
  };
}

/** Writes each article into dir (created if missing); returns them. */
export function writeArticles(dir: string, articles: Iterable<ArchiveArticle>): ArchiveArticle[] {
  mkdirSync(dir, { recursive: true });
  const written: ArchiveArticle[] = [];
  for (const article of articles) {
    writeFileSync(join(dir, article.fileName), article.text);
    if (article.picture) {
      mkdirSync(join(dir, article.slug), { recursive: true });
      writeFileSync(join(dir, article.slug, article.picture.file), article.picture.bytes);
    }
    written.push(article);
  }
  return written;
}

/** Writes the search-quality archive (search-archive.ts) into dir; returns article key → slug. */
export function writeSearchArchive(dir: string): Record<string, string> {
  const slugs: Record<string, string> = {};
  for (const article of SEARCH_ARCHIVE) {
    const [written] = writeArticles(dir, [
      archiveArticle({
        title: article.title,
        source: article.source,
        publishedAt: shanghaiIso(...article.date),
        summary: article.paragraphs[0]!,
        tags: article.tags,
        paragraphs: article.paragraphs,
        rawPath: `search-archive/${article.key}`,
        ...(article.picture ? { picture: article.picture } : {}),
        ...(article.attachments ? { attachments: article.attachments } : {}),
      }),
    ]);
    slugs[article.key] = written!.slug;
  }
  return slugs;
}
