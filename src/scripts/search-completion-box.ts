/**
 * Fills the header box's listbox as the reader types, from the compile-time vocabulary and title
 * files (src/search/browser/header-box/completion.ts), and drives it with the keys of an ARIA 1.2 combobox
 * (src/search/browser/header-box/combobox.ts). Loaded on the box's first focus (search-completion.ts).
 */
import { closedBox, comboboxStep, type ComboboxEvent } from '../search/browser/header-box/combobox.ts';
import { completions, completionFiles } from '../search/browser/header-box/completion.ts';
import {
  MANIFEST_FILE,
  type SearchDataManifest,
  type VocabularyEntry,
} from '../search/contract/data-files.ts';
import { ui } from '../lib/i18n/zh-CN.ts';
import { searchDataFetcher } from '../search/browser/data-fetch.ts';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Escape', 'Enter']);

export function attachCompletions(form: HTMLFormElement, input: HTMLInputElement, list: HTMLElement): void {
  const base = form.dataset.base ?? '/';
  const status = form.querySelector<HTMLElement>('[data-completion-status]');
  const fetchData = searchDataFetcher(base);
  const fetchJson = <T>(path: string) => fetchData(path) as Promise<T>;
  let state = closedBox(input.value);

  const optionId = (i: number): string => `${list.id}-${i}`;
  function render(): void {
    list.replaceChildren(
      ...state.options.map((option, i) => {
        const item = document.createElement('li');
        item.id = optionId(i);
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(i === state.active));
        item.textContent = option.text;
        return item;
      }),
    );
    list.hidden = !state.open;
    input.setAttribute('aria-expanded', String(state.open));
    if (state.active >= 0) input.setAttribute('aria-activedescendant', optionId(state.active));
    else input.removeAttribute('aria-activedescendant');
  }

  function apply(event: ComboboxEvent): boolean {
    const step = comboboxStep(state, event);
    const announce = event.type === 'options' && step.state !== state;
    state = step.state;
    if (step.value !== undefined) input.value = step.value;
    render();
    if (announce && status) status.textContent = state.open ? ui.completionsCount(state.options.length) : '';
    if (step.submit !== undefined) form.requestSubmit();
    return step.handled;
  }

  async function complete(typed: string): Promise<void> {
    try {
      const paths = completionFiles(typed, await fetchJson<SearchDataManifest>(MANIFEST_FILE));
      const entries = (await Promise.all(paths.map((p) => fetchJson<VocabularyEntry[]>(p)))).flat();
      apply({ type: 'options', typed, options: completions(typed, entries) });
    } catch {
      // No completions (data missing or offline): the box still searches as a plain form.
      apply({ type: 'options', typed, options: [] });
    }
  }

  input.addEventListener('input', () => {
    apply({ type: 'typed', text: input.value });
    if (input.value.trim()) void complete(input.value);
    else apply({ type: 'options', typed: input.value, options: [] });
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing || !KEYS.has(event.key)) return;
    if (apply({ type: 'key', key: event.key as 'ArrowDown' | 'ArrowUp' | 'Escape' | 'Enter' }))
      event.preventDefault();
  });
  input.addEventListener('blur', () => apply({ type: 'blur' }));
  // Keeps focus in the input, so a click on an option is not a blur that closes the list first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest('[role="option"]');
    if (item) apply({ type: 'pick', index: [...list.children].indexOf(item) });
  });
  if (input.value.trim()) void complete(input.value);
}
