import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../../src/search/contract/data-files.ts';
import { editCost, sameSoundTest, closestCorrections } from '../../../src/search/browser/corrections.ts';

const readings = { quan: '全权泉', chan: '产', ye: '业', zhi: '知', shi: '识' };
const sameSound = sameSoundTest(readings);
const entries: VocabularyEntry[] = [
  ['知识产业', 9, 'word'],
  ['知识产权', 3, 'tag'],
  ['知识', 20, 'word'],
  ['省知识产权局', 2, 'source'],
];

describe('closestCorrections', () => {
  it('corrects to the archive word a 同音字 slip stands for, before other near words', () => {
    expect(closestCorrections('知识产全', entries, sameSound).map((s) => s.text)).toEqual([
      '知识产权',
      '知识产业',
    ]);
  });

  it('weighs a same-sound swap at half an edit', () => {
    expect(editCost('知识产全', '知识产权', sameSound)).toBe(0.5);
    expect(editCost('知识产全', '知识产业', sameSound)).toBe(1);
    expect(editCost('知识', '知识产权', sameSound)).toBe(2);
  });

  it('offers nothing that is not in the archive, nor the query itself, nor far words', () => {
    expect(closestCorrections('知识产权', entries, sameSound).map((s) => s.text)).toEqual(['知识产业']);
    expect(closestCorrections('鲸鱼', entries, sameSound)).toEqual([]);
    expect(closestCorrections('知', entries, sameSound)).toEqual([]);
  });

  it('allows more edits in a long query, such as a title', () => {
    const title: VocabularyEntry = ['杭州第19届亚运会圆满闭幕', 1, 'title'];
    expect(closestCorrections('杭州第19届亚运会园满闭目', [title], sameSound)).toEqual([
      { text: title[0], kind: 'title', cost: 2 },
    ]);
  });
});
