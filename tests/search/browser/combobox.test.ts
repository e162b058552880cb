import { describe, expect, it } from 'vitest';
import {
  closedBox,
  comboboxStep,
  type ComboboxEvent,
  type ComboboxState,
} from '../../../src/search/browser/header-box/combobox.ts';
import type { Completion } from '../../../src/search/browser/header-box/completion.ts';

const OPTIONS: Completion[] = [
  { text: '杭州市人民政府', kind: 'source' },
  { text: '杭州市', kind: 'word' },
  { text: '杭州湾', kind: 'word' },
];

const run = (events: ComboboxEvent[], from: ComboboxState = closedBox()) => {
  let state = from;
  const steps = events.map((event) => {
    const step = comboboxStep(state, event);
    state = step.state;
    return step;
  });
  return { state, steps, last: steps.at(-1)! };
};

const typedHangzhou: ComboboxEvent[] = [
  { type: 'typed', text: '杭州' },
  { type: 'options', typed: '杭州', options: OPTIONS },
];

describe('the header box’s completions (联想)', () => {
  it('open when options for the typed text arrive, with none highlighted', () => {
    const { state } = run(typedHangzhou);
    expect(state).toMatchObject({ open: true, active: -1, typed: '杭州' });
  });

  it('drop options that arrive for text no longer typed', () => {
    const { state } = run([
      { type: 'typed', text: '杭州' },
      { type: 'typed', text: '杭州湾' },
      { type: 'options', typed: '杭州', options: OPTIONS },
    ]);
    expect(state.open).toBe(false);
  });

  it('move with the arrow keys, show the option in the box, and come back to the typed text past either end', () => {
    const down = { type: 'key', key: 'ArrowDown' } as const;
    const up = { type: 'key', key: 'ArrowUp' } as const;
    const { steps } = run([...typedHangzhou, down, down, down, down, up]);
    expect(steps.slice(2).map((s) => [s.state.active, s.value, s.handled])).toEqual([
      [0, '杭州市人民政府', true],
      [1, '杭州市', true],
      [2, '杭州湾', true],
      [-1, '杭州', true],
      [2, '杭州湾', true],
    ]);
  });

  it('search for the highlighted option on Enter, and let the form submit the typed text otherwise', () => {
    const chosen = run([...typedHangzhou, { type: 'key', key: 'ArrowDown' }, { type: 'key', key: 'Enter' }]);
    expect(chosen.last).toMatchObject({ submit: '杭州市人民政府', handled: true, state: { open: false } });
    const typed = run([...typedHangzhou, { type: 'key', key: 'Enter' }]);
    expect(typed.last).toMatchObject({ handled: false, state: { open: false } });
    expect(typed.last.submit).toBeUndefined();
  });

  it('close on Escape and restore the typed text; a second Escape clears the box', () => {
    const { steps } = run([
      ...typedHangzhou,
      { type: 'key', key: 'ArrowDown' },
      { type: 'key', key: 'Escape' },
      { type: 'key', key: 'Escape' },
    ]);
    expect(steps[3]).toMatchObject({ value: '杭州', handled: true, state: { open: false, active: -1 } });
    expect(steps[4]).toMatchObject({ value: '', state: { typed: '', options: [] } });
  });

  it('reopen with the arrow keys after closing, and search for an option picked with the pointer', () => {
    const reopened = run([...typedHangzhou, { type: 'blur' }, { type: 'key', key: 'ArrowUp' }]);
    expect(reopened.last).toMatchObject({ value: '杭州湾', state: { open: true, active: 2 } });
    const picked = run([...typedHangzhou, { type: 'pick', index: 1 }]);
    expect(picked.last).toMatchObject({ submit: '杭州市', value: '杭州市' });
  });

  it('leave the arrow keys to the input when there is nothing to offer', () => {
    expect(
      run([
        { type: 'typed', text: '鲸' },
        { type: 'key', key: 'ArrowDown' },
      ]).last.handled,
    ).toBe(false);
  });
});
