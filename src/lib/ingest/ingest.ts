/**
 * One raw file → one article. A text scrape: decode, split copies, read the header, build the
 * body, check that nothing was lost. A saved HTML page (html/): decode by its charset, read its
 * metadata and its content area. Both end in assemble.ts. Pure: the CLI (scripts/ingest.ts) does
 * the file system.
 */
import { shanghaiDay } from '../dates.ts';
import { assembleArticle } from './assemble.ts';
import { blocksToMarkdown, paragraphsOf, toBlocks } from './body.ts';
import { checkConservation } from './conserve.ts';
import { decode } from './decode.ts';
import { readDisclosure } from './disclosure-fields.ts';
import { IngestError } from './errors.ts';
import { parsePublishTime } from './header.ts';
import { isHtmlPath } from './html/detect.ts';
import { ingestHtml } from './html/ingest-html.ts';
import { normaliseLine, normaliseLineEnds } from './normalise.ts';
import { toFullwidthPunctuation } from './punctuation.ts';
import type { DroppedLine } from './lines.ts';
import { splitCopies, type Copy } from './split-copies.ts';
import type { IngestOptions, IngestResult } from './result.ts';

export type { IngestOptions, IngestResult } from './result.ts';

export { slugFor } from './assemble.ts';

const fieldsOf = (copies: readonly Copy[], kind: 'source' | 'publisher' | 'date') =>
  copies.flatMap((c) => c.fields.filter((f) => f.kind === kind && f.value !== ''));

export function ingestRaw(bytes: Uint8Array, rawPath: string, options: IngestOptions = {}): IngestResult {
  if (isHtmlPath(rawPath)) return ingestHtml(bytes, rawPath, options.savedFiles);
  return ingestText(bytes, rawPath);
}

function ingestText(bytes: Uint8Array, rawPath: string): IngestResult {
  const { text, encoding } = decode(bytes, rawPath);
  const lines = normaliseLineEnds(text).split('\n');
  const { title, copies, dropped } = splitCopies(lines, rawPath);
  const textLines = lines.flatMap((line, i) => (normaliseLine(line) === '' ? [] : [i + 1]));

  // Metadata: every copy that states a field must agree with the others.
  // 来源 is the source; else 发布机构; a policy document may name only its 发文机关, then that body.
  const stated = fieldsOf(copies, 'source');
  const sources = (stated.length ? stated : fieldsOf(copies, 'publisher')).map((f) => ({
    ...f,
    value: toFullwidthPunctuation(f.value),
  }));
  const dates = fieldsOf(copies, 'date').map((f) => ({ ...f, time: parsePublishTime(f.value)! }));
  const disclosure = readDisclosure(
    copies.flatMap((c, i) => c.fields.map((f) => ({ ...f, copy: i }))),
    rawPath,
  );
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
      'no source found in the header (looked for 来源, 信息来源, 发布机构, 发文机关, 发布单位)',
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

  const assembled = assembleArticle({
    rawPath,
    bytes,
    title: title.text,
    titleLine: title.no,
    source: source.value,
    time: best.time,
    ...(disclosure ? { disclosure } : {}),
    blocks: kept,
  });
  dropped.sort((a, b) => a.no - b.no);
  return {
    ...assembled,
    encoding,
    copies: copies.length,
    dropped,
  };
}
