import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/search/url-state.ts';
import { facetsFor, passesFilters } from '../../../src/lib/search/facets.ts';

describe('URL state', () => {
  it('round-trips query, filters and sort', () => {
    const search =
      '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83&source=%E7%9C%81%E6%95%99%E8%82%B2%E5%8E%85&year=2024&year=2023&sort=date';
    const state = readState(search);
    expect(state).toEqual({
      q: '知识产权',
      sort: 'date',
      selected: { source: ['省教育厅'], year: ['2024', '2023'], tag: [] },
    });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('defaults to relevance and writes nothing for an empty state', () => {
    const state = readState('?sort=whatever');
    expect(state.sort).toBe('relevance');
    expect(writeState({ ...state, q: '' })).toBe('');
  });
});

const items = [
  {
    id: 'a',
    published: '2023-01-01T00:00:00+08:00',
    filters: { 来源: ['省教育厅'], 年份: ['2023'], 标签: ['教育'] },
  },
  {
    id: 'b',
    published: '2025-01-01T00:00:00+08:00',
    filters: { 来源: ['省教育厅'], 年份: ['2025'], 标签: ['教育', '民生'] },
  },
  {
    id: 'c',
    published: '2024-01-01T00:00:00+08:00',
    filters: { 来源: ['省经信厅'], 年份: ['2024'], 标签: ['数字经济'] },
  },
];

describe('filters and sort', () => {
  it('count each value over the results the other filters let through', () => {
    const state = readState('?q=x&source=省教育厅');
    const [source, year] = facetsFor(items, state);
    expect(source!.values).toEqual([
      { value: '省教育厅', count: 2, selected: true },
      { value: '省经信厅', count: 1, selected: false },
    ]);
    expect(year!.values.map((v) => `${v.value}:${v.count}`)).toEqual(['2025:1', '2023:1']);
  });

  it('keep any selected value of a facet, every facet', () => {
    const kept = (search: string) =>
      items.filter((i) => passesFilters(i, readState(search))).map((i) => i.id);
    expect(kept('?q=x&year=2023&year=2024')).toEqual(['a', 'c']);
    expect(kept('?q=x&source=省教育厅&tag=民生')).toEqual(['b']);
    expect(kept('?q=x&sort=date')).toEqual(['a', 'b', 'c']);
  });
});
