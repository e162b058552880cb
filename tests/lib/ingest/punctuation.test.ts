import { describe, expect, it } from 'vitest';
import { toFullwidthPunctuation } from '../../../src/lib/ingest/punctuation.ts';

describe('toFullwidthPunctuation', () => {
  it.each([
    ['3月11日上午,2024年浙江', '3月11日上午，2024年浙江'],
    ['来源: 省市场监管局(省知识产权局)', '来源：省市场监管局（省知识产权局）'],
    ['是吗?好!', '是吗？好！'],
    ['一是;二是', '一是；二是'],
    ['发布(2024)3号', '发布（2024）3号'],
    ['计划(Plan A)实施', '计划（Plan A）实施'],
    ['政(政)!', '政（政）！'],
    ['(注)?', '（注）？'],
  ])('converts ASCII marks beside Chinese: %s', (input, expected) => {
    expect(toFullwidthPunctuation(input)).toBe(expected);
  });

  it.each([
    ['共1,000件'],
    ['09:58开会'],
    ['Hello, world (test)!'],
    ['见 https://www.zj.gov.cn/a,b?x=1 页面'],
    ['访问 www.gov.cn/index.html?a=1 了解'],
  ])('leaves digits, Latin text and URLs alone: %s', (input) => {
    expect(toFullwidthPunctuation(input)).toBe(input);
  });
});
