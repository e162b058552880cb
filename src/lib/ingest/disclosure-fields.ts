/**
 * The 政府信息公开 fields of a policy document (索引号, 发文机关, 发文字号, 主题分类, 成文日期,
 * 有效性, 公开方式, and fields of any other name), read from the header fields of every copy of a
 * scrape. Synonyms fill one field (文件编号 = 发文字号, 组配分类 = 主题分类…). Every copy that states
 * a field must agree with the others once normalised (a 文号 in any bracket is one 文号); two
 * synonyms with different values in one header are two facts, so the second is kept under its own name.
 */
import type { Disclosure } from '../article.ts';
import { shanghaiDay } from '../dates.ts';
import { findDocumentNumber } from '../../search/contract/document-number.ts';
import { DISCLOSURE_KEYS, type DisclosureKey } from './disclosure-keys.ts';
import { IngestError } from './errors.ts';
import { parsePublishTime, stripChrome, type Field } from './header.ts';
import { toFullwidthPunctuation } from './punctuation.ts';

/** A header field, its line, and which copy of the scrape stated it. */
export type LocatedField = Field & { line: number; copy?: number };

type Named = Exclude<DisclosureKey, 'title'>;

const FIELD_OF = new Map(DISCLOSURE_KEYS);

const HINTS: Record<Named, string> = {
  indexNumber: 'write it as the page shows it, e.g. "索引号：11330000002482075R/2024-00123"',
  issuer: 'write the issuing body, e.g. "发文机关：浙江省市场监督管理局"',
  documentNumber: 'write it like "发文字号：浙市监〔2024〕12号" (any bracket around the year)',
  topic: 'write the category, e.g. "主题分类：市场监管"',
  writtenOn: 'write the day, e.g. "成文日期：2024-03-10"',
  validity: 'write it as the page shows it, e.g. "有效性：有效"',
  disclosureMethod: 'write it as the page shows it, e.g. "公开方式：主动公开"',
};

const ORDER = [
  'indexNumber',
  'issuer',
  'documentNumber',
  'topic',
  'writtenOn',
  'validity',
  'disclosureMethod',
] as const satisfies readonly Named[];

/** One field's value → its stored form, or a reason it cannot be read. */
function readValue(field: Named, raw: string): string | undefined {
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

interface Found {
  value: string;
  line: number;
  raw: string;
  key: string;
  copy: number | undefined;
}

export function readDisclosure(fields: readonly LocatedField[], rawPath: string): Disclosure | undefined {
  const found = new Map<Named, Found>();
  const others = new Map<string, Found>();
  const disagree = (key: string, first: Found, field: LocatedField): never => {
    throw new IngestError(
      rawPath,
      `the copies disagree on ${key}: "${first.raw}" (line ${first.line}) and "${field.value}"`,
      'check whether the file holds two different documents and split it',
      field.line,
    );
  };
  const keepOther = (field: LocatedField, value: string): void => {
    const first = others.get(field.key);
    if (!first)
      others.set(field.key, { value, line: field.line, raw: field.value, key: field.key, copy: field.copy });
    else if (first.value !== value) disagree(field.key, first, field);
  };
  const consider = (name: Named, field: LocatedField): void => {
    if (field.value.trim() === '') return;
    const value = readValue(name, field.value);
    if (value === undefined) {
      throw new IngestError(rawPath, `cannot read ${field.key} "${field.value}"`, HINTS[name], field.line);
    }
    const first = found.get(name);
    if (!first)
      found.set(name, { value, line: field.line, raw: field.value, key: field.key, copy: field.copy });
    else if (first.value === value) return;
    // One header naming two values by two synonyms (主题分类 and 组配分类): both are kept.
    else if (first.copy === field.copy && first.key !== field.key) keepOther(field, value);
    else disagree(field.key, first, field);
  };
  for (const field of fields) {
    const name = field.kind === 'disclosure' ? FIELD_OF.get(field.key) : undefined;
    if (name && name !== 'title') consider(name, field);
    else if (field.kind === 'other' || field.kind === 'author') {
      const value = toFullwidthPunctuation(stripChrome(field.value).trim());
      if (value !== '') keepOther(field, value);
    }
  }
  if (found.size === 0 && others.size === 0) return undefined;
  // On 信息公开 pages the publishing body (发布机构) is the issuer.
  if (found.size > 0 && !found.has('issuer')) {
    const publisher = fields.find((f) => f.kind === 'publisher' && f.value.trim() !== '');
    if (publisher) consider('issuer', publisher);
  }
  // A fixed key order, so the frontmatter is written byte-identically every time.
  const disclosure: Disclosure = {};
  for (const name of ORDER) {
    const v = found.get(name)?.value;
    if (v !== undefined) disclosure[name] = v;
  }
  if (others.size > 0)
    disclosure.others = [...others.values()].map((f) => ({ label: f.key, value: f.value }));
  return disclosure;
}
