/**
 * The state of the header search box's completions (联想), an ARIA 1.2 combobox (role=combobox with a
 * listbox of options): what each key does, kept apart from the DOM so it can be tested alone.
 * The input keeps focus throughout; the active option is named by aria-activedescendant.
 */
import type { Completion } from './completion.ts';

export interface ComboboxState {
  /** What the reader typed (the options complete it). */
  typed: string;
  options: readonly Completion[];
  /** The listbox is shown. */
  open: boolean;
  /** The highlighted option, or -1: none, the typed text stands. */
  active: number;
}

export type ComboboxEvent =
  | { type: 'typed'; text: string }
  | { type: 'options'; typed: string; options: readonly Completion[] }
  | { type: 'key'; key: 'ArrowDown' | 'ArrowUp' | 'Escape' | 'Enter' }
  | { type: 'pick'; index: number }
  | { type: 'blur' };

export interface ComboboxStep {
  state: ComboboxState;
  /** Text to put in the input, when the step changes it. */
  value?: string;
  /** Search for this text now (Enter on an option, or a click on one). */
  submit?: string;
  /** The key was handled here: the page must not act on it too (no form submit, no caret move). */
  handled: boolean;
}

export const closedBox = (typed = ''): ComboboxState => ({ typed, options: [], open: false, active: -1 });

/** The next state after an event, and what the page must do. */
export function comboboxStep(state: ComboboxState, event: ComboboxEvent): ComboboxStep {
  const count = state.options.length;
  switch (event.type) {
    case 'typed':
      return { state: { ...state, typed: event.text, active: -1 }, handled: false };
    case 'options':
      // Options for an older text than the one now typed arrive late: they are dropped.
      if (event.typed !== state.typed) return { state, handled: false };
      return {
        state: { ...state, options: event.options, open: event.options.length > 0, active: -1 },
        handled: false,
      };
    case 'pick': {
      const option = state.options[event.index];
      if (!option) return { state, handled: false };
      return { state: closedBox(option.text), value: option.text, submit: option.text, handled: true };
    }
    case 'blur':
      return { state: { ...state, open: false, active: -1 }, handled: false };
    case 'key':
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (count === 0) return { state, handled: false };
          if (!state.open) {
            const active = event.key === 'ArrowDown' ? 0 : count - 1;
            return {
              state: { ...state, open: true, active },
              value: state.options[active]!.text,
              handled: true,
            };
          }
          // Past either end the highlight returns to the typed text, then goes round.
          const step = event.key === 'ArrowDown' ? 1 : -1;
          const next = state.active + step;
          const active = next >= count ? -1 : next < -1 ? count - 1 : next;
          const value = active === -1 ? state.typed : state.options[active]!.text;
          return { state: { ...state, active }, value, handled: true };
        }
        case 'Escape':
          if (state.open)
            return { state: { ...state, open: false, active: -1 }, value: state.typed, handled: true };
          // A second Escape clears the box, as for a native search field.
          return { state: closedBox(), value: '', handled: state.typed !== '' };
        case 'Enter': {
          const option = state.open ? state.options[state.active] : undefined;
          if (!option) return { state: { ...state, open: false }, handled: false };
          return { state: closedBox(option.text), value: option.text, submit: option.text, handled: true };
        }
      }
  }
}
