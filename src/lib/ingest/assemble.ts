/**
 * The last step of every ingest, whatever the raw file was (a text scrape or a saved HTML page):
 * metadata and body blocks → the article, its Markdown file and its slug, validated by the schema.
 */
import {
  articleSchema,
  describeIssues,
  type Article,
  type ArticleImage,
  type Attachment,
  type Disclosure,
  type PageInfo,
} from '../article.ts';
import { recordedDigest, serialiseArticle, sha256 } from '../article-file.ts';
import { shanghaiDay } from '../dates.ts';
import { matchTags } from '../tag-vocabulary.ts';
import { blocksToMarkdown, paragraphsOf, type Block } from './body.ts';
import { IngestError } from './errors.ts';
import type { PublishTime } from './header.ts';
import { toFullwidthPunctuation } from './punctuation.ts';
import { summarise } from './summary.ts';

export interface ArticleParts {
  rawPath: string;
  bytes: Uint8Array;
  /** The title as read (punctuation is restored here). */
  title: string;
  /** Line (or 1) to name when the metadata is invalid. */
  titleLine: number;
  source: string;
  time: PublishTime;
  disclosure?: Disclosure;
  blocks: readonly Block[];
  attachments?: Attachment[];
  page?: PageInfo;
}

export interface Assembled {
  slug: string;
  article: Article;
  fileText: string;
  body: string;
}

/** The slug: publish day + a short hash of the title, stable across re-ingests and ASCII-safe for any host. */
export function slugFor(title: string, publishedAt: string): string {
  return `${shanghaiDay(publishedAt)}-${sha256(title).slice(0, 8)}`;
}

const imageOf = (block: Extract<Block, { kind: 'image' }>): ArticleImage => ({
  file: block.file,
  caption: block.caption ?? block.file,
  archived: block.archived ?? false,
  ...(block.url ? { url: block.url } : {}),
});

export function assembleArticle(parts: ArticleParts): Assembled {
  const { rawPath, bytes, time, blocks } = parts;
  const title = toFullwidthPunctuation(parts.title);
  const paragraphs = paragraphsOf(blocks);
  const body = blocksToMarkdown(blocks);
  const candidate = {
    title,
    source: parts.source,
    publishedAt: time.iso,
    ...(time.hasTime ? {} : { dateOnly: true }),
    summary: summarise(paragraphs),
    tags: matchTags(title, paragraphs.join('\n')),
    images: blocks.flatMap((b) => (b.kind === 'image' ? [imageOf(b)] : [])),
    ...(parts.disclosure ? { disclosure: parts.disclosure } : {}),
    ...(parts.attachments?.length ? { attachments: parts.attachments } : {}),
    ...(parts.page ? { page: parts.page } : {}),
    raw: { path: rawPath, sha256: sha256(bytes) },
  };
  const fileText = serialiseArticle(candidate, body);
  const checked = articleSchema.safeParse({ ...candidate, ingestDigest: recordedDigest(fileText) });
  if (!checked.success) {
    throw new IngestError(
      rawPath,
      `the extracted metadata is invalid:\n${describeIssues(checked.error)}`,
      'fix the raw header or the tag vocabulary',
      parts.titleLine,
    );
  }
  return { slug: slugFor(title, time.iso), article: checked.data, fileText, body };
}
