import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/search/browser/url-state.ts';
import { facetsFor, passesFilters } from '../../../src/search/browser/facets.ts';

describe('URL state', () => {
  it('round-trips query, filters and sort', () => {
    const search =
      '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83&source=%E7%9C%81%E6%95%99%E8%82%B2%E5%8E%85&year=2024&year=2023&sort=date';
    const state = readState(search);
    expect(state).toEqual({
      q: '知识产权',
      sort: 'date',
      scope: 'all',
      range: {},
      selected: { source: ['省教育厅'], year: ['2024', '2023'], tag: [] },
      ignored: [],
    });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('round-trips the advanced search: title only and a range of days', () => {
    const state = readState('?q=知识产权&in=title&from=2024-01-01&to=2024-06-30&source=省政府');
    expect(state).toMatchObject({
      scope: 'title',
      range: { from: '2024-01-01', to: '2024-06-30' },
      selected: { source: ['省政府'] },
      ignored: [],
    });
    expect(writeState(state)).toBe(
      `?q=${encodeURIComponent('知识产权')}&in=title&from=2024-01-01&to=2024-06-30&source=${encodeURIComponent('省政府')}`,
    );
    expect(readState(writeState(state))).toEqual(state);
    expect(readState('?q=x&from=2024-01-01').range).toEqual({ from: '2024-01-01' });
  });

  it('ignores what is not a day, a reversed range and an unknown scope, and says so', () => {
    expect(readState('?q=x&from=2024-02-30&to=昨天')).toMatchObject({
      range: {},
      ignored: [
        { kind: 'not-a-day', param: 'from', value: '2024-02-30' },
        { kind: 'not-a-day', param: 'to', value: '昨天' },
      ],
    });
    expect(readState('?q=x&from=2024-02-29&to=2024-3-1')).toMatchObject({ range: { from: '2024-02-29' } });
    expect(readState('?q=x&from=%202024-06-30%20').range).toEqual({ from: '2024-06-30' });
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024/06/30', '0000-00-00'])
      expect(readState(`?q=x&from=${bad}`).ignored).toEqual([
        { kind: 'not-a-day', param: 'from', value: bad },
      ]);
    expect(readState('?q=x&from=2024-06-30&to=2024-01-01')).toMatchObject({
      range: {},
      ignored: [{ kind: 'reversed-range', from: '2024-06-30', to: '2024-01-01' }],
    });
    expect(readState('?q=x&in=body')).toMatchObject({
      scope: 'all',
      ignored: [{ kind: 'unknown-scope', value: 'body' }],
    });
    // Ignored values are not written back.
    expect(writeState(readState('?q=x&from=bad&in=body'))).toBe('?q=x');
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
