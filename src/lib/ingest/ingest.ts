/**
 * One raw scrape → one article: decode, split copies, read the header, build the body, check
 * that nothing was lost, validate. Pure: the CLI (scripts/ingest.ts) does the file system.
 */
import { articleSchema, describeIssues, type Article } from '../article.ts';
import { shanghaiDay } from '../dates.ts';
import { matchTags } from '../tag-vocabulary.ts';
import { blocksToMarkdown, toBlocks, type Block } from './body.ts';
import { checkConservation } from './conserve.ts';
import { decode, type Encoding } from './decode.ts';
import { readDisclosure } from './disclosure-fields.ts';
import { IngestError } from './errors.ts';
import { parsePublishTime } from './header.ts';
import { normaliseLine, normaliseLineEnds } from './normalise.ts';
import { toFullwidthPunctuation } from './punctuation.ts';
import { recordedDigest, serialiseArticle, sha256 } from '../article-file.ts';
import type { DroppedLine } from './lines.ts';
import { splitCopies, type Copy } from './split-copies.ts';
import { summarise } from './summary.ts';

export interface IngestResult {
  slug: string;
  article: Article;
  /** The complete Markdown file, frontmatter included. */
  fileText: string;
  /** The Markdown body alone. */
  body: string;
  encoding: Encoding;
  copies: number;
  dropped: DroppedLine[];
}

const paragraphsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

const fieldsOf = (copies: readonly Copy[], kind: 'source' | 'date') =>
  copies.flatMap((c) => c.fields.filter((f) => f.kind === kind && f.value !== ''));

/** The slug: publish day + a short hash of the title, stable across re-ingests and ASCII-safe for any host. */
export function slugFor(title: string, publishedAt: string): string {
  return `${shanghaiDay(publishedAt)}-${sha256(title).slice(0, 8)}`;
}

export function ingestRaw(bytes: Uint8Array, rawPath: string): IngestResult {
  const { text, encoding } = decode(bytes, rawPath);
  const lines = normaliseLineEnds(text).split('\n');
  const { title, copies, dropped } = splitCopies(lines, rawPath);
  const textLines = lines.flatMap((line, i) => (normaliseLine(line) === '' ? [] : [i + 1]));

  // Metadata: every copy that states a field must agree with the others.
  const sources = fieldsOf(copies, 'source').map((f) => ({ ...f, value: toFullwidthPunctuation(f.value) }));
  const dates = fieldsOf(copies, 'date').map((f) => ({ ...f, time: parsePublishTime(f.value)! }));
  const disclosure = readDisclosure(
    copies.flatMap((c) => c.fields),
    rawPath,
  );
  // A policy document may name only its 发文机关; that body is then its source.
  const source =
    sources[0] ?? (disclosure?.issuer ? { value: disclosure.issuer, line: title.no } : undefined);
  const date = dates[0];
  if (!date) {
    throw new IngestError(
      rawPath,
      'no publish date found in the header (looked for 发布日期, 发布时间, 日期 followed by a date)',
      'add a line such as "发布日期: 2024-03-15 09:58" under the title',
      title.no,
    );
  }
  if (!source) {
    throw new IngestError(
      rawPath,
      'no source found in the header (looked for 来源, 信息来源, 发布机构, 发文机关)',
      'add a line such as "来源: 省市场监管局" under the title',
      title.no,
    );
  }
  const otherSource = sources.find((s) => s.value !== source.value);
  if (otherSource) {
    throw new IngestError(
      rawPath,
      `the copies disagree on the source: "${source.value}" (line ${source.line}) and "${otherSource.value}"`,
      'check whether the file holds two different articles and split it',
      otherSource.line,
    );
  }
  // A copy with minutes beats one with the day only; different instants are a conflict.
  const timed = dates.filter((d) => d.time.hasTime);
  const best = timed[0] ?? date;
  const conflict = (timed.length ? timed : dates).find((d) => d.time.iso !== best.time.iso);
  if (
    conflict ||
    dates.some((d) => !d.time.hasTime && shanghaiDay(d.time.iso) !== shanghaiDay(best.time.iso))
  ) {
    const other = conflict ?? dates.find((d) => shanghaiDay(d.time.iso) !== shanghaiDay(best.time.iso))!;
    throw new IngestError(
      rawPath,
      `the copies disagree on the publish date: "${best.value}" (line ${best.line}) and "${other.value}"`,
      'check whether the file holds two different articles and split it',
      other.line,
    );
  }

  // Keep the fullest copy; conservation below proves every other copy is contained in it.
  const blocksPerCopy = copies.map((c) => toBlocks(c.body));
  const keptIndex = blocksPerCopy.reduce(
    (best, blocks, i) =>
      paragraphsOf(blocks).join('').length > paragraphsOf(blocksPerCopy[best]!).join('').length ? i : best,
    0,
  );
  const kept = blocksPerCopy[keptIndex]!;
  if (paragraphsOf(kept).length === 0) {
    throw new IngestError(
      rawPath,
      'the article has no body text under its header',
      'check that the scrape captured the article text',
      title.no,
    );
  }
  copies.forEach((copy, i) => {
    if (i !== keptIndex) for (const line of copy.body) dropped.push({ ...line, reason: 'duplicate copy' });
  });

  const body = blocksToMarkdown(kept);
  const lost = checkConservation({
    textLines,
    title,
    copies: copies.map((c) => c.body),
    keptIndex,
    dropped,
    markdown: body,
  });
  if (lost?.copyIndex !== undefined) {
    throw new IngestError(
      rawPath,
      `the copies differ: ${lost.problem} (copy ${lost.copyIndex + 1} starts at line ${copies[lost.copyIndex]!.startLine}, the kept copy at line ${copies[keptIndex]!.startLine})`,
      'check whether the file holds two different articles or a damaged copy, and fix the scrape',
      lost.line,
    );
  }
  if (lost) {
    throw new IngestError(
      rawPath,
      `conservation check failed: ${lost.problem}`,
      'report this as an ingest bug with the raw file attached',
      lost.line,
    );
  }

  const articleTitle = toFullwidthPunctuation(title.text);
  const bodyText = paragraphsOf(kept).join('\n');
  const candidate = {
    title: articleTitle,
    source: source.value,
    publishedAt: best.time.iso,
    ...(best.time.hasTime ? {} : { dateOnly: true }),
    summary: summarise(paragraphsOf(kept)),
    tags: matchTags(articleTitle, bodyText),
    images: kept.flatMap((b) =>
      b.kind === 'image' ? [{ file: b.file, caption: b.file, archived: false }] : [],
    ),
    ...(disclosure ? { disclosure } : {}),
    raw: { path: rawPath, sha256: sha256(bytes) },
  };
  const fileText = serialiseArticle(candidate, body);
  const checked = articleSchema.safeParse({ ...candidate, ingestDigest: recordedDigest(fileText) });
  if (!checked.success) {
    throw new IngestError(
      rawPath,
      `the extracted metadata is invalid:\n${describeIssues(checked.error)}`,
      'fix the raw header or the tag vocabulary',
      title.no,
    );
  }
  dropped.sort((a, b) => a.no - b.no);
  return {
    slug: slugFor(articleTitle, best.time.iso),
    article: checked.data,
    fileText,
    body,
    encoding,
    copies: copies.length,
    dropped,
  };
}
