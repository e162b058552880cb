import { describe, expect, it } from 'vitest';
import { countCharacters, readingMinutes } from '../../../src/lib/reader/reading-stats.ts';

describe('字数 and 阅读时间', () => {
  it('counts each Han character, and each Latin word or number as one, never punctuation', () => {
    expect(countCharacters('会议在杭州召开。')).toBe(7);
    expect(countCharacters('“315”科创体系')).toBe(5);
    expect(countCharacters('2024年 GDP 增长')).toBe(5);
    expect(countCharacters('，。！？“”（）')).toBe(0);
  });

  it('rounds reading time up to whole minutes at 300 字 a minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(300)).toBe(1);
    expect(readingMinutes(1265)).toBe(5);
  });
});
