import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../src/search/browser/abbreviation-table.ts';
import { otherSpellings, spellingGroups, tableProblems } from '../../../src/search/browser/abbreviations.ts';

const groups = spellingGroups(ABBREVIATIONS);

describe('the abbreviation table (src/search/browser/abbreviation-table.ts)', () => {
  it('has at least 60 pairs', () => {
    expect(ABBREVIATIONS.length).toBeGreaterThanOrEqual(60);
  });

  it('has no cycle, no ambiguous abbreviation and no pair that merges two bodies', () => {
    expect(tableProblems(ABBREVIATIONS)).toEqual([]);
  });

  it('catches each kind of bad entry', () => {
    expect(
      tableProblems([
        ['发改委', '发展和改革委员会'],
        ['发改委', '发展改革委员会'],
      ]),
    ).toEqual([expect.stringContaining('names two bodies')]);
    expect(
      tableProblems([
        ['人社厅', '人力社保厅'],
        ['人力社保厅', '人力资源和社会保障厅'],
      ]),
    ).toEqual([expect.stringContaining('both an abbreviation and a full name')]);
    expect(tableProblems([['市政府', '省人民政府']])).toEqual(
      expect.arrayContaining([expect.stringContaining('another level')]),
    );
    expect(tableProblems([['人社厅', '人力资源和社会保障局']])).toEqual(
      expect.arrayContaining([expect.stringContaining('kind of body')]),
    );
    expect(tableProblems([['公安厅', '人力资源和社会保障厅']])).toEqual([
      expect.stringContaining('in order'),
    ]);
  });
});

describe('otherSpellings', () => {
  it('gives the full name for an abbreviation, and every abbreviation for a full name', () => {
    expect(otherSpellings('发改委', groups)).toEqual(['发展和改革委员会', '发展改革委']);
    expect(otherSpellings('发展和改革委员会', groups)).toEqual(['发改委', '发展改革委']);
    expect(otherSpellings('市场监管局', groups)).toEqual(['市场监督管理局', '市监局']);
    expect(otherSpellings('人社厅', groups)).toEqual(['人力资源和社会保障厅', '人力社保厅']);
  });

  it('replaces a name inside a longer query', () => {
    expect(otherSpellings('省发改委', groups)).toEqual(['省发展和改革委员会', '省发展改革委']);
    expect(otherSpellings('杭州市人民政府', groups)).toEqual(['杭州市政府']);
    expect(otherSpellings('浙江省政府常务会议', groups)).toEqual(['浙江省人民政府常务会议']);
  });

  it('takes the longest name at each place', () => {
    expect(otherSpellings('省人大常委会', groups)).toEqual(['省人民代表大会常务委员会']);
  });

  it('gives nothing for a query that names no body', () => {
    expect(otherSpellings('知识产权', groups)).toEqual([]);
    expect(otherSpellings('', groups)).toEqual([]);
  });
});
