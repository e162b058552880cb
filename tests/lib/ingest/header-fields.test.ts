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

describe('header fields of any name', () => {
  const lines = ingestFixture('synonyms-lines.txt');
  const table = ingestFixture('padded-table.txt');

  it('maps synonyms to one field: 信息分类 = 主题分类, 发布单位 = 发文机关, 生成日期 = 成文日期, 时效性 = 有效性, 公开范围 = 公开方式', () => {
    const expected = {
      issuer: '某市应急管理局',
      documentNumber: '某应急〔2024〕7号',
      topic: '安全生产',
      writtenOn: '2024-04-02',
      validity: '有效',
      disclosureMethod: '主动公开',
    };
    expect(lines.article.disclosure).toMatchObject(expected);
    expect(table.article.disclosure).toMatchObject({ ...expected, indexNumber: '002482075/2024-00088' });
  });

  it('keeps fields of names it does not know in the frontmatter, in the page’s order, and out of body and summary', () => {
    expect(lines.article.disclosure?.others).toEqual([
      { label: '公开时限', value: '长期公开' },
      { label: '责任部门', value: '安全生产基础处' },
    ]);
    expect(table.article.disclosure?.others).toEqual([{ label: '公开时限', value: '长期公开' }]);
    for (const result of [lines, table]) {
      const text = bodyText(result) + result.article.summary;
      for (const key of ['公开时限', '责任部门', '信息分类', '发布单位', '生成日期', '时效性'])
        expect(text).not.toContain(key);
    }
    expect(lines.fileText).toContain('others:\n    - label: 公开时限\n      value: 长期公开\n');
  });

  it('takes the source from 来源 when a header gives both 来源 and 发布机构, else from the issuing body', () => {
    expect(table.article.source).toBe('某市应急管理局办公室');
    expect(lines.article.source).toBe('某市应急管理局');
  });

  it('leaves body sentences with a colon in the body, in both layouts alike', () => {
    expect(markdownToText(lines.body)).toEqual(markdownToText(table.body));
    expect(markdownToText(lines.body)).toEqual([
      '各县（市、区）应急管理局：',
      '为切实做好安全生产工作，现将有关事项通知如下：一、检查时间：2024年4月至6月。',
      '二、检查内容：企业主体责任落实情况。',
      '联系人：王某，电话：0571-88888888。',
    ]);
  });

  it('reads several fields on one line and padded table keys, and leaves a quoted headline alone', () => {
    const result = ingestText(
      '王毅：中方愿同各方加强合作\n来源：新华社  记者：张三  编辑：李四\n发布时间：2024-05-06 08:00\n\n经验分享：基层治理的做法。\n',
    );
    expect(result.article.title).toBe('王毅：中方愿同各方加强合作');
    expect(result.article.source).toBe('新华社');
    expect(result.article.disclosure?.others).toEqual([
      { label: '记者', value: '张三' },
      { label: '编辑', value: '李四' },
    ]);
    expect(bodyText(result)).toBe('经验分享：基层治理的做法。');
  });
});
