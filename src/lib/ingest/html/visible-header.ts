/**
 * The header a reader sees above the content: the title, then a few lines with 来源, 发布日期
 * (with or without a label: 2019-12-10 07:57:40 来源：新华网), 信息公开 fields, and chrome such as
 * 字体 大中小 or share buttons around them. The title line is the nearest line above the content
 * that the page's own title (ArticleTitle or <title>) contains; where there is none, the nearest
 * line above the run of field lines. gov.cn puts its 信息公开 table above the title: the field
 * lines just above the title are read too, and its 标题 field names the title where no line does.
 */
import { classifyLine, parsePublishTime, type Field } from '../header.ts';
import { comparisonKey } from '../lines.ts';
import { normaliseLine } from '../normalise.ts';
import type { Line } from './dom.ts';

export interface VisibleHeader {
  title?: string;
  /** True when the page's own title bears the visible title out; else it is only the line above the fields. */
  titleConfirmed: boolean;
  /** Fields in page order (line = position among the lines read, 1-based). */
  fields: Array<Field & { line: number }>;
  /** A date written without a label in the lines under the title (新闻 pages: 2019-09-23 07:48). */
  bareDate?: string;
  /** The 标题 field of a 信息公开 table (gov.cn's policy pages name the document there). */
  tableTitle?: string;
}

const TITLE_MAX = 120;
const MIN_TITLE_KEY = 6;
const DATE_IN_TEXT =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?/;
/** A label with nothing after it (主 题 词：, an empty table cell): a field line, never a title. */
const EMPTY_FIELD = /^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,7}\s*[:：]$/;
const isFieldLine = (text: string): boolean => EMPTY_FIELD.test(text) || classifyLine(text).fieldsOnly;
/** Only header lines carry these; unknown-name fields only on lines that are fields alone. */
const HEADER_KINDS = new Set(['source', 'publisher', 'date', 'disclosure', 'author']);

/** Where the title line is: the nearest line that the page's own title bears out. */
function titleIndex(texts: readonly string[], knownTitles: readonly string[]): number {
  const keys = knownTitles.map(comparisonKey).filter(Boolean);
  for (let i = texts.length - 1; i >= 0; i--) {
    const key = comparisonKey(texts[i]!);
    if (key.length > TITLE_MAX || isFieldLine(texts[i]!)) continue;
    if (keys.some((k) => k === key || (key.length >= MIN_TITLE_KEY && k.includes(key)))) return i;
  }
  return -1;
}

export function readVisibleHeader(
  linesAbove: readonly Line[],
  knownTitles: readonly string[],
): VisibleHeader {
  const texts = linesAbove.flatMap((l) => (l.kind === 'text' ? [normaliseLine(l.text)] : [])).filter(Boolean);
  const fields: VisibleHeader['fields'] = [];
  const fieldsOf = (i: number, all: boolean): void => {
    const cls = classifyLine(texts[i]!);
    const kept = cls.fields.filter((f) => HEADER_KINDS.has(f.kind) || (all && cls.fieldsOnly));
    fields.push(...kept.map((f) => ({ ...f, line: i + 1 })));
  };
  const tableTitle = texts
    .flatMap((text) => classifyLine(text).fields)
    .find((f) => f.kind === 'disclosure' && f.key === '标题')?.value;
  let at = titleIndex(texts, tableTitle ? [...knownTitles, tableTitle] : knownTitles);
  const titleConfirmed = at !== -1;
  if (at === -1) {
    // No title to go by: the run of field lines just above the content, and the line above it.
    at = texts.length - 1;
    while (at >= 0 && isFieldLine(texts[at]!)) at--;
    if (at >= 0 && (texts[at]!.length > TITLE_MAX || /[。；]$/.test(texts[at]!))) at = -1;
  }
  // Fields just above the title (a 信息公开 table), in page order.
  let top = at - 1;
  while (top >= 0 && isFieldLine(texts[top]!)) top--;
  for (let i = top + 1; i < at; i++) fieldsOf(i, true);
  // Under the title every line is header: a source or a date in it counts even beside other text.
  let bareDate: string | undefined;
  for (let i = Math.max(at + 1, 0); i < texts.length; i++) {
    fieldsOf(i, true);
    const date = DATE_IN_TEXT.exec(texts[i]!)?.[0];
    if (!bareDate && date && parsePublishTime(date)) bareDate = date;
  }
  return {
    ...(at >= 0 ? { title: texts[at] } : {}),
    titleConfirmed,
    fields,
    ...(bareDate ? { bareDate } : {}),
    ...(tableTitle ? { tableTitle } : {}),
  };
}
