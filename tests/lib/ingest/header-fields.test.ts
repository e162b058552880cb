/**
 * 信息公开 headers of any field names: a Zhejiang header with the province's own names
 * (组配分类, 文件编号), synonyms that fill one field, fields the project has no name for, and
 * body sentences with a colon that must stay in the body.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';

const DIR = 'tests/fixtures/raw/headers';
const ingestFixture = (name: string) => ingestRaw(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
const ingestText = (text: string) => ingestRaw(new TextEncoder().encode(text), 'header.txt');
const bodyText = (result: ReturnType<typeof ingestRaw>) => markdownToText(result.body).join('\n');

const ZJ_FIELDS = {
  indexNumber: '11330000002482075R/2024-00031',
  issuer: '浙江省市场监督管理局',
  documentNumber: '浙市监知〔2024〕3号',
  validity: '有效',
};

describe('a Zhejiang 信息公开 header with the province’s own field names', () => {
  it('reads a 组配分类 line and the 发布机构 and 来源 lines after it (it used to stop: "no source found")', () => {
    const result = ingestFixture('zj-zupei.txt');
    expect(result.article.source).toBe('省市场监管局（省知识产权局）');
    expect(result.article.publishedAt).toBe('2024-03-05T10:30:00+08:00');
    expect(result.article.disclosure).toEqual({
      ...ZJ_FIELDS,
      topic: '规范性文件',
      writtenOn: '2024-03-01',
    });
  });

  it('keeps 文件编号, 有效性 and 来源 out of the body and the summary, and 来源 beats 发布机构', () => {
    const result = ingestFixture('zj-no-zupei.txt');
    const text = bodyText(result);
    for (const key of ['文件编号', '有效性', '来源', '发布机构', '索引号']) expect(text).not.toContain(key);
    // It used to read 文件编号：浙市监知[2024]3号有效性：有效.
    expect(result.article.summary).toMatch(/^各市、县（市、区）市场监管局，省局各处室：现将/);
    expect(result.article.source).toBe('省市场监管局（省知识产权局）');
    expect(result.article.disclosure).toEqual(ZJ_FIELDS);
    expect(markdownToText(result.body)).toHaveLength(3);
  });
});
