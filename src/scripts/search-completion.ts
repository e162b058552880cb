/**
 * The header search box's completions (联想). This part ships with every page and stays tiny: it
 * makes the input an ARIA 1.2 combobox and, on first focus, loads the code and data that fill it
 * (search-completion-box.ts), so an article's first view does not grow. Without JavaScript the box
 * is a plain form.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-completion]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLElement>('[role="listbox"]');
  if (!input || !list) continue;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.addEventListener(
    'focus',
    () =>
      void import('./search-completion-box.ts').then(({ attachCompletions }) =>
        attachCompletions(form, input, list),
      ),
    { once: true },
  );
}
