import { describe, expect, it } from 'vitest';
import { classifyLine, parsePublishTime } from '../../../src/lib/ingest/header.ts';

describe('parsePublishTime', () => {
  it.each([
    ['2024-03-15 09:58', '2024-03-15T09:58:00+08:00', true],
    ['2024- 03- 15 09: 58', '2024-03-15T09:58:00+08:00', true],
    ['2024/3/15', '2024-03-15T00:00:00+08:00', false],
    ['2024年3月15日 09:58', '2024-03-15T09:58:00+08:00', true],
    ['2024.03.15', '2024-03-15T00:00:00+08:00', false],
    ['2024-03-15 09:58:07', '2024-03-15T09:58:07+08:00', true],
  ])('%s → %s', (input, iso, hasTime) => {
    expect(parsePublishTime(input)).toEqual({ iso, hasTime });
  });

  it('rejects dates that do not exist', () => {
    expect(parsePublishTime('2024-02-30')).toBeUndefined();
    expect(parsePublishTime('2024-03-15 25:00')).toBeUndefined();
  });
});

describe('classifyLine', () => {
  it('reads source and date from one line and treats the rest as chrome', () => {
    const cls = classifyLine(
      '来源: 省市场监管局(省知识产权局) 发布日期: 2024- 03- 15 09: 58 字体:[ ] 浏览次数:( )',
    );
    expect(cls.furnitureOnly).toBe(true);
    expect(cls.fields.map((f) => [f.kind, f.value])).toEqual([
      ['source', '省市场监管局(省知识产权局)'],
      ['date', '2024- 03- 15 09: 58'],
      ['chrome', '[ ]'],
      ['chrome', '( )'],
    ]);
  });

  it.each(['字体:[', ']', '【打印本页】 【关闭窗口】', '[大 中 小]'])('knows page chrome: %s', (line) => {
    expect(classifyLine(line)).toMatchObject({ furnitureOnly: true });
  });

  it.each([
    '会上,省市场监管局党委书记讲话',
    '资金来源:财政拨款',
    '时间：3月20日上午 地点：杭州',
    '日期不详的会议',
  ])('keeps article text: %s', (line) => {
    expect(classifyLine(line).furnitureOnly).toBe(false);
  });
});
