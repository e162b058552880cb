import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';

const BAD = 'tests/fixtures/raw/bad';

/** The IngestError thrown for these bytes (fails the test when nothing is thrown). */
function failure(bytes: Uint8Array, file: string): IngestError {
  try {
    ingestRaw(bytes, file);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${file} was ingested, but should have failed`);
}

const fixture = (name: string) => failure(readFileSync(`${BAD}/${name}`), `${BAD}/${name}`);

describe('bad input fails with the file, the line where there is one, and what to do', () => {
  it('an empty file', () => {
    const error = failure(new Uint8Array(), 'raw/empty.txt');
    expect(error.message).toBe(
      'raw/empty.txt: the file is empty. Check the scrape and fetch the page again.',
    );
  });

  it('a binary file (a PNG saved as .txt)', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0,
      0, 0xc8, 0x08, 0x06, 0, 0, 0,
    ]);
    expect(failure(png, 'raw/photo.txt').message).toMatch(
      /^raw\/photo\.txt: the file is binary .*Pass the \.txt scrape of the page/,
    );
  });

  it('an unreadable encoding: GBK with bytes no encoding can read, with the line', () => {
    const bytes = Buffer.concat([
      iconv.encode('某区召开工作会议\n来源：某区政府\n', 'gbk'),
      Buffer.from([0xff, 0xfe, 0xfd, 0x0a]),
    ]);
    const error = failure(bytes, 'raw/broken.txt');
    expect(error.message).toMatch(/^raw\/broken\.txt:3: the encoding is unreadable/);
    expect(error.hint).toContain('save the scrape as UTF-8');
  });

  it('Latin-1 text, which would decode to nonsense', () => {
    const error = failure(iconv.encode('Réunion à Genève\nSource: mairie\n', 'latin1'), 'raw/latin.txt');
    expect(error.message).toMatch(/^raw\/latin\.txt:1: the encoding is unreadable/);
  });

  it('a UTF-8 byte order mark over bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode('某区召开工作会议', 'gbk')]);
    expect(failure(bytes, 'raw/bom.txt').message).toMatch(/byte order mark but is not valid UTF-8/);
  });

  it('no title: only header and page chrome', () => {
    expect(fixture('no-title.txt').message).toMatch(
      /no-title\.txt: no title found.*starts with the article title/,
    );
  });

  it('a paragraph where the title should be', () => {
    const error = fixture('paragraph-first.txt');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/:1: no recognisable title.*on its own line/);
  });

  it('no publish date', () => {
    expect(fixture('no-date.txt').message).toMatch(
      /no-date\.txt:1: no publish date found .*Add a line such as "发布日期: 2024-03-15 09:58"/,
    );
  });

  it('copies that disagree: the line of the sentence only one copy has', () => {
    const error = fixture('copies-disagree.txt');
    expect(error.line).toBe(13);
    expect(error.message).toContain('会议要求，要压实企业主体责任。');
    expect(error.hint).toContain('two different articles');
  });

  it('copies that disagree on the date', () => {
    const text =
      '某区召开工作会议\n来源：某区政府\n发布日期：2024-03-15 09:58\n会议要求抓好落实。\n某区召开工作会议\n来源：某区政府\n发布日期：2024-03-16 09:58\n会议要求抓好落实。\n';
    const error = failure(Buffer.from(text), 'raw/dates.txt');
    expect(error.line).toBe(7);
    expect(error.message).toContain('disagree on the publish date');
  });
});
