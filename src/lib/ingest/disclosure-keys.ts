/**
 * The header keys of a policy document's 政府信息公开 block (索引号, 发文字号, 成文日期…) and the
 * article field each fills. A table of its own, without imports, so header.ts can list these
 * keys beside its own and disclosure-fields.ts can read their values.
 */
export type DisclosureKey =
  | 'indexNumber'
  | 'issuer'
  | 'documentNumber'
  | 'topic'
  | 'writtenOn'
  | 'validity'
  | 'disclosureMethod'
  | 'title';

// Each province names the fields its own way: synonyms fill one field.
export const DISCLOSURE_KEYS: ReadonlyArray<readonly [string, DisclosureKey]> = [
  ['索引号', 'indexNumber'],
  ['发文机关', 'issuer'],
  ['发文单位', 'issuer'],
  ['发布单位', 'issuer'],
  ['发文字号', 'documentNumber'],
  ['文件编号', 'documentNumber'],
  ['文号', 'documentNumber'],
  ['主题分类', 'topic'],
  ['组配分类', 'topic'],
  ['信息分类', 'topic'],
  ['成文日期', 'writtenOn'],
  ['成文时间', 'writtenOn'],
  ['生成日期', 'writtenOn'],
  ['有效性', 'validity'],
  ['时效性', 'validity'],
  ['效力状态', 'validity'],
  ['公开方式', 'disclosureMethod'],
  ['公开范围', 'disclosureMethod'],
  // gov.cn repeats the title inside the table; the title line above the text is the one kept.
  ['标题', 'title'],
];
