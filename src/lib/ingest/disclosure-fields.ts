/**
 * The 政府信息公开 fields of a policy document (索引号, 发文机关, 发文字号, 主题分类, 成文日期,
 * 有效性), read from the header fields of every copy of a scrape. Every copy that states a field
 * must agree with the others once normalised (a 文号 in any bracket is one 文号).
 */
import type { Disclosure } from '../article.ts';
import { shanghaiDay } from '../dates.ts';
import { findDocumentNumber } from '../document-number.ts';
import { DISCLOSURE_KEYS, type DisclosureKey } from './disclosure-keys.ts';
import { IngestError } from './errors.ts';
import { parsePublishTime, stripChrome, type Field } from './header.ts';
import { toFullwidthPunctuation } from './punctuation.ts';

type LocatedField = Field & { line: number };

const FIELD_OF = new Map(DISCLOSURE_KEYS);

/** The key a 发布机构 line also fills: on 信息公开 pages the publishing body is the issuer. */
const ISSUER_AS_SOURCE = '发布机构';

const HINTS: Record<Exclude<DisclosureKey, 'title'>, string> = {
  indexNumber: 'write it as the page shows it, e.g. "索引号：11330000002482075R/2024-00123"',
  issuer: 'write the issuing body, e.g. "发文机关：浙江省市场监督管理局"',
  documentNumber: 'write it like "发文字号：浙市监〔2024〕12号" (any bracket around the year)',
  topic: 'write the category, e.g. "主题分类：市场监管"',
  writtenOn: 'write the day, e.g. "成文日期：2024-03-10"',
  validity: 'write it as the page shows it, e.g. "有效性：有效"',
};

/** One field's value → its stored form, or a reason it cannot be read. */
function readValue(field: Exclude<DisclosureKey, 'title'>, raw: string): string | undefined {
  const text = stripChrome(raw).trim();
  switch (field) {
    case 'documentNumber':
      // Read from the raw value: stripChrome takes a bracketed year for a view counter.
      return findDocumentNumber(raw);
    case 'writtenOn': {
      const time = parsePublishTime(text);
      return time && shanghaiDay(time.iso);
    }
    case 'indexNumber':
      return text.normalize('NFKC').replace(/\s+/g, '') || undefined;
    default:
      return toFullwidthPunctuation(text) || undefined;
  }
}

export function readDisclosure(fields: readonly LocatedField[], rawPath: string): Disclosure | undefined {
  const found = new Map<string, { value: string; line: number; raw: string }>();
  const consider = (name: Exclude<DisclosureKey, 'title'>, field: LocatedField): void => {
    if (field.value.trim() === '') return;
    const value = readValue(name, field.value);
    if (value === undefined) {
      throw new IngestError(rawPath, `cannot read ${field.key} "${field.value}"`, HINTS[name], field.line);
    }
    const first = found.get(name);
    if (!first) found.set(name, { value, line: field.line, raw: field.value });
    else if (first.value !== value) {
      throw new IngestError(
        rawPath,
        `the copies disagree on ${field.key}: "${first.raw}" (line ${first.line}) and "${field.value}"`,
        'check whether the file holds two different documents and split it',
        field.line,
      );
    }
  };
  for (const field of fields) {
    const name = field.kind === 'disclosure' ? FIELD_OF.get(field.key) : undefined;
    if (name && name !== 'title') consider(name, field);
  }
  if (found.size === 0) return undefined;
  if (!found.has('issuer')) {
    const publisher = fields.find((f) => f.kind === 'source' && f.key === ISSUER_AS_SOURCE);
    if (publisher) consider('issuer', publisher);
  }
  const value = (name: keyof Disclosure) => found.get(name)?.value;
  // A fixed key order, so the frontmatter is written byte-identically every time.
  const disclosure: Disclosure = {};
  for (const name of ['indexNumber', 'issuer', 'documentNumber', 'topic', 'writtenOn', 'validity'] as const) {
    const v = value(name);
    if (v !== undefined) disclosure[name] = v;
  }
  return disclosure;
}
