import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { sameArticle } from './same-article.ts';

// The GBK, GB18030 and UTF-16 scrapes are made here from the UTF-8 fixtures, as the sites serve them.
const SOURCES = [
  'tests/fixtures/raw/variants/two-copies.txt',
  'content/raw/2024-03-15-zhejiang-ip-joint-meeting.txt',
];

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const ENCODINGS: Array<[string, (text: string) => Uint8Array, string]> = [
  ['UTF-8', (t) => Buffer.from(t, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from(BOM_UTF8), Buffer.from(t, 'utf8')]), 'utf-8-bom'],
  ['UTF-8, CRLF line ends', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8'],
  ['UTF-8, CR line ends', (t) => Buffer.from(t.replace(/\n/g, '\r'), 'utf8'), 'utf-8'],
  ['UTF-16LE with BOM', (t) => iconv.encode(t, 'utf-16le', { addBOM: true }), 'utf-16le'],
  ['UTF-16BE with BOM', (t) => iconv.encode(t, 'utf-16be', { addBOM: true }), 'utf-16be'],
  ['UTF-16LE without BOM, CRLF', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'utf-16le'), 'utf-16le'],
  ['UTF-16BE without BOM', (t) => iconv.encode(t, 'utf-16be'), 'utf-16be'],
  ['GBK', (t) => iconv.encode(t, 'gbk'), 'gb18030'],
  ['GBK, CRLF line ends', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'gbk'), 'gb18030'],
  ['GB18030', (t) => iconv.encode(t, 'gb18030'), 'gb18030'],
];

describe.each(SOURCES)('%s in every encoding', (path) => {
  const text = readFileSync(path, 'utf8');
  const reference = ingestRaw(Buffer.from(text, 'utf8'), path);

  it.each(ENCODINGS)('%s gives the same article and says which encoding it read', (_, encode, encoding) => {
    const bytes = encode(text);
    const result = ingestRaw(bytes, path);
    expect(result.encoding).toBe(encoding);
    expect(sameArticle(result)).toEqual(sameArticle(reference));
    expect(result.copies).toBe(reference.copies);
  });

  it('records the digest of the bytes as scraped, so each encoding keeps its own provenance', () => {
    const gbk = ingestRaw(iconv.encode(text, 'gbk'), path);
    expect(gbk.article.raw.sha256).not.toBe(reference.article.raw.sha256);
  });
});

describe('GBK text that is not valid UTF-8 is never read as UTF-8', () => {
  it('decodes a short GBK scrape with characters outside GB2312', () => {
    const text =
      '镕基同志出席会议\n来源：国务院办公厅\n发布日期：2024-03-15\n朱镕基同志强调，要𠀀抓好落实。\n';
    const result = ingestRaw(iconv.encode(text, 'gb18030'), 'rare.txt');
    expect(result.encoding).toBe('gb18030');
    expect(result.article.title).toBe('镕基同志出席会议');
    expect(result.body).toContain('朱镕基同志强调，要𠀀抓好落实。');
  });
});
