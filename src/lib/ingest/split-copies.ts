/**
 * A scrape can hold the article more than once (the page and its print view, say), each copy
 * with its own header layout. Find the title, then cut the text into copies: a copy starts at
 * a repeated title line, or at a header line carrying a publish date once body text has begun.
 */
import { IngestError } from './errors.ts';
import { classifyLine, type Field } from './header.ts';
import { comparisonKey, type DroppedLine, type SourceLine } from './lines.ts';
import { normaliseLine } from './normalise.ts';

export interface Copy {
  /** Line the copy starts on (its title, or its header when the title was not repeated). */
  startLine: number;
  fields: Array<Field & { line: number }>;
  body: SourceLine[];
}

export interface SplitResult {
  title: SourceLine;
  copies: Copy[];
  /** Lines that are not article text: header fields, page chrome, text before the title. */
  dropped: DroppedLine[];
}

const TITLE_MAX = 120;

export function splitCopies(lines: readonly string[], file: string): SplitResult {
  const numbered = lines
    .map((raw, i) => ({ no: i + 1, text: normaliseLine(raw) }))
    .filter((line) => line.text !== '');
  const dropped: DroppedLine[] = [];

  const titleIndex = numbered.findIndex((line) => {
    const cls = classifyLine(line.text);
    return cls.fields.length === 0 && !cls.fieldsOnly;
  });
  const title = numbered[titleIndex];
  if (!title) {
    throw new IngestError(
      file,
      'no title found: the file has no line of text outside the page header and chrome',
      'make sure the scrape starts with the article title',
    );
  }
  if (title.text.length > TITLE_MAX || /[。；]$/.test(title.text)) {
    throw new IngestError(
      file,
      `no recognisable title: the first line of text reads like a paragraph ("${title.text.slice(0, 30)}…")`,
      'put the article title on its own line at the top of the scrape',
      title.no,
    );
  }

  const titleKey = comparisonKey(title.text);
  const copies: Copy[] = [];
  let current: Copy = { startLine: title.no, fields: [], body: [] };
  // Lines above the title are header or chrome (the title is the first line that is neither).
  for (const line of numbered.slice(0, titleIndex)) {
    const fields = classifyLine(line.text).fields;
    current.fields.push(...fields.map((f) => ({ ...f, line: line.no })));
    dropped.push({ ...line, reason: fields.some((f) => f.kind !== 'chrome') ? 'header' : 'chrome' });
  }
  let inHeader = true;
  const startCopy = (startLine: number): void => {
    copies.push(current);
    current = { startLine, fields: [], body: [] };
    inHeader = true;
  };

  for (const line of numbered.slice(titleIndex + 1)) {
    if (comparisonKey(line.text) === titleKey) {
      startCopy(line.no);
      dropped.push({ ...line, reason: 'duplicate copy' });
      continue;
    }
    const cls = classifyLine(line.text);
    // Fields of names the project does not know count in a header block only (see header.ts).
    const isHeader = cls.fieldsOnly && cls.fields.some((f) => f.kind !== 'chrome');
    if (!inHeader && cls.furnitureOnly && isHeader && cls.fields.some((f) => f.kind === 'date')) {
      // A second header block without a repeated title: another copy begins here.
      startCopy(line.no);
    }
    if ((inHeader && cls.fieldsOnly) || (cls.furnitureOnly && cls.fields.every((f) => f.kind === 'chrome'))) {
      current.fields.push(...cls.fields.map((f) => ({ ...f, line: line.no })));
      dropped.push({ ...line, reason: isHeader ? 'header' : 'chrome' });
      continue;
    }
    inHeader = false;
    current.body.push(line);
  }
  copies.push(current);
  return { title, copies: mergeHeaderOnlyCopies(copies), dropped };
}

/**
 * A header with no body of its own (the title printed twice above one header, a header block
 * repeated under the title) belongs to the copy that follows it, or to the last copy at the end.
 */
function mergeHeaderOnlyCopies(copies: readonly Copy[]): Copy[] {
  const merged: Copy[] = [];
  let pending: Copy['fields'] = [];
  let pendingStart: number | undefined;
  for (const copy of copies) {
    if (copy.body.length === 0) {
      pending = [...pending, ...copy.fields];
      pendingStart ??= copy.startLine;
      continue;
    }
    merged.push({
      startLine: pendingStart ?? copy.startLine,
      fields: [...pending, ...copy.fields],
      body: copy.body,
    });
    pending = [];
    pendingStart = undefined;
  }
  const last = merged.at(-1);
  if (last) last.fields.push(...pending);
  else if (pending.length > 0) merged.push({ startLine: pendingStart!, fields: pending, body: [] });
  return merged;
}
