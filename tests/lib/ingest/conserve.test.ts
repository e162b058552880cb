import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, toBlocks } from '../../../src/lib/ingest/body.ts';
import { checkConservation } from '../../../src/lib/ingest/conserve.ts';
import type { DroppedLine, SourceLine } from '../../../src/lib/ingest/lines.ts';
import { sentences } from '../../../src/search/contract/sentences.ts';

const lines = (first: number, ...texts: string[]): SourceLine[] =>
  texts.map((text, i) => ({ no: first + i, text }));

// Line 1 title, 2 header, 3–6 copy 1, 7 repeated title, 8–11 copy 2.
const title = { no: 1, text: '某区召开工作会议' };
const copy1 = lines(
  3,
  '会议指出,绿水青山就是金山银山。',
  '图片.jpg',
  '要抓好落实。',
  '绿水青山就是金山银山。',
);
const copy2 = lines(
  8,
  '会议指出，绿水青山就是金山银山。',
  '图片.jpg',
  '要抓好落实。',
  '绿水青山就是金山银山。',
);
const dropped: DroppedLine[] = [
  { no: 2, text: '来源：某区政府', reason: 'header' },
  { no: 7, text: title.text, reason: 'duplicate copy' },
  ...copy2.map((l) => ({ ...l, reason: 'duplicate copy' as const })),
];
const input = {
  textLines: Array.from({ length: 11 }, (_, i) => i + 1),
  title,
  copies: [copy1, copy2],
  keptIndex: 0,
  dropped,
  markdown: blocksToMarkdown(toBlocks(copy1)),
};

describe('checkConservation', () => {
  it('passes when the article holds one copy, its repeated sentence twice, and every other line is listed', () => {
    expect(checkConservation(input)).toBeUndefined();
  });

  it('fails when a repeated sentence was collapsed to one', () => {
    const markdown = blocksToMarkdown(toBlocks(copy1.slice(0, 3)));
    expect(checkConservation({ ...input, markdown })?.problem).toMatch(
      /missing from the article: "绿水青山就是金山银山。"/,
    );
  });

  it('fails when a sentence appears twice in the article but once in the copy', () => {
    const markdown = blocksToMarkdown(toBlocks([...copy1, copy1[2]!]));
    expect(checkConservation({ ...input, markdown })?.problem).toMatch(/extra sentence 5: "要抓好落实。"/);
  });

  it('fails when an image is lost', () => {
    const markdown = blocksToMarkdown(toBlocks(copy1.filter((l) => l.text !== '图片.jpg')));
    expect(checkConservation({ ...input, markdown })?.problem).toMatch(/differs/);
  });

  it('fails when a raw line is neither in the article nor listed as dropped', () => {
    const problem = checkConservation({ ...input, dropped: dropped.filter((d) => d.no !== 2) });
    expect(problem).toMatchObject({ line: 2 });
    expect(problem?.problem).toContain('neither in the article nor listed as dropped');
  });

  it('fails when another copy holds a sentence the article lacks, naming the copy and line', () => {
    const longer = [...copy2.slice(0, 3), { no: 11, text: '要加强宣传。' }];
    expect(checkConservation({ ...input, copies: [copy1, longer] })).toMatchObject({
      copyIndex: 1,
      line: 11,
    });
  });

  it('allows only punctuation width and spaces to change', () => {
    const markdown = blocksToMarkdown(toBlocks(copy1)).replace('金山银山', '金山 银山');
    expect(checkConservation({ ...input, markdown })).toBeUndefined();
    const changed = blocksToMarkdown(toBlocks(copy1)).replace('金山银山', '金山银水');
    expect(checkConservation({ ...input, markdown: changed })).toBeDefined();
  });
});

describe('sentences', () => {
  it('splits at 。！？； and keeps closing quotes with their sentence', () => {
    expect(sentences(['他说：“好。”我们走吧！真的？是；', '没有句号'])).toEqual([
      '他说：“好。”',
      '我们走吧！',
      '真的？',
      '是；',
      '没有句号',
    ]);
  });
});
