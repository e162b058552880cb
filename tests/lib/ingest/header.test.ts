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
    ['２０２４－０３－１５　０９：５８', '2024-03-15T09:58:00+08:00', true],
    ['2024年03月15日 09时58分', '2024-03-15T09:58:00+08:00', true],
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

  it.each([
    '字体:[',
    ']',
    '【打印本页】 【关闭窗口】',
    '[大 中 小]',
    '【字号：大 中 小】 【打印】 【关闭】',
    '当前位置：首页 > 新闻中心 > 部门动态',
    '首页 > 新闻中心 > 部门动态',
    '分享到：微信 微博 QQ空间',
    '扫一扫在手机打开当前页',
    '浏览次数：1024',
  ])('knows page chrome: %s', (line) => {
    expect(classifyLine(line)).toMatchObject({ furnitureOnly: true });
  });

  it.each([
    '会上,省市场监管局党委书记讲话',
    '资金来源:财政拨款',
    '时间：3月20日上午 地点：杭州',
    '日期不详的会议',
    '经验分享：基层治理的做法',
    '首页设计大赛在杭州开幕',
  ])('keeps article text: %s', (line) => {
    expect(classifyLine(line).furnitureOnly).toBe(false);
  });
});
