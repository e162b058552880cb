import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';
import { sameArticle } from './same-article.ts';

const FIXTURES = 'tests/fixtures/raw/variants';
const ingestFixture = (name: string) => ingestRaw(readFileSync(`${FIXTURES}/${name}`), `${FIXTURES}/${name}`);
const utf8 = (text: string) => new TextEncoder().encode(text);

// One policy document scraped in three header layouts: a gov.cn table (two fields a line, padded
// keys, 标题 repeated, no 来源), a 信息公开 list (one field a line, 发布机构), and a page plus its
// print view (fields beside 来源 and page chrome, 【2024】 in one copy and 〔2024〕 in the other).
const POLICY_LAYOUTS = ['policy-govcn-table.txt', 'policy-zj-lines.txt', 'policy-two-copies.txt'];

describe('政府信息公开 fields of a policy document', () => {
  const reference = ingestFixture('policy-govcn-table.txt');

  it('reads 索引号, 发文机关, 发文字号 in the GB/T 9704 form, 主题分类, 成文日期 and 有效性', () => {
    expect(reference.article.disclosure).toEqual({
      indexNumber: '11330000002482075R/2024-00123',
      issuer: '浙江省市场监督管理局',
      documentNumber: '浙市监〔2024〕12号',
      topic: '市场监管、安全生产监管\\其他',
      writtenOn: '2024-03-10',
      validity: '有效',
    });
    // The table gave no 来源: the issuing body is the source. 发布日期 gave only the day.
    expect(reference.article.source).toBe('浙江省市场监督管理局');
    expect(reference.article.publishedAt).toBe('2024-03-15T00:00:00+08:00');
    expect(reference.article.dateOnly).toBe(true);
    expect(reference.fileText).toContain('documentNumber: 浙市监〔2024〕12号\n');
  });

  it.each(POLICY_LAYOUTS)('%s gives the same article, its header lines dropped as header', (name) => {
    const result = ingestFixture(name);
    expect(sameArticle(result)).toEqual(sameArticle(reference));
    const header = result.dropped.filter((d) => d.reason === 'header').map((d) => d.text);
    expect(header.some((t) => t.includes('索引号') || t.includes('索 引 号') || t.includes('文号'))).toBe(
      true,
    );
    // Conservation: every non-blank line is the title, a dropped line, or a line of the article.
    const raw = readFileSync(`${FIXTURES}/${name}`, 'utf8').split('\n');
    const kept = new Set(markdownToText(result.body));
    const dropped = new Set(result.dropped.map((d) => d.no));
    raw.forEach((line, i) => {
      if (line.trim() === '' || line === result.article.title || dropped.has(i + 1)) return;
      expect(kept.has(line.trim().replace(/\s+/g, ' '))).toBe(true);
    });
  });

  it('keeps the document text alone: no header field reaches the body', () => {
    const text = markdownToText(reference.body).join('\n');
    for (const key of ['索引号', '发文字号', '主题分类', '成文日期', '有效性', '标题'])
      expect(text).not.toContain(key);
    expect(markdownToText(reference.body)).toHaveLength(7);
  });

  it('leaves disclosure out of an ordinary news release', () => {
    const result = ingestFixture('one-copy.txt');
    expect(result.article.disclosure).toBeUndefined();
    expect(result.fileText).not.toContain('disclosure');
  });

  it('stops when copies disagree on the 文号, naming the line', () => {
    const text =
      '关于某事的通知\n来源：某局\n发布日期：2024-03-15\n文号：某发〔2024〕1号\n现将有关事项通知如下。\n' +
      '关于某事的通知\n来源：某局\n发布日期：2024-03-15\n文号：某发〔2024〕2号\n现将有关事项通知如下。\n';
    expect(() => ingestRaw(utf8(text), 'two-numbers.txt')).toThrow(
      /two-numbers\.txt:9: the copies disagree on 文号: "某发〔2024〕1号" \(line 4\) and "某发〔2024〕2号"/,
    );
  });

  it('stops on a 文号 or 成文日期 it cannot read, saying how to write it', () => {
    const scrape = (line: string) =>
      utf8(`关于某事的通知\n来源：某局\n发布日期：2024-03-15\n${line}\n现将有关事项通知如下。\n`);
    expect(() => ingestRaw(scrape('文号：第十二号'), 'bad.txt')).toThrow(
      /bad\.txt:4: cannot read 文号 "第十二号". Write it like "发文字号：浙市监〔2024〕12号"/,
    );
    expect(() => ingestRaw(scrape('成文日期：三月十日'), 'bad.txt')).toThrow(
      /bad\.txt:4: cannot read 成文日期/,
    );
  });
});
