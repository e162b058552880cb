/** Moving through a page with Tab alone, as a keyboard user does. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** True when the focused element matches the selector. */
export const focusedIs = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the selector has focus; fails when 60 presses do not reach it. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60 && !(await focusedIs(page, selector)); i++) await page.keyboard.press('Tab');
  expect(await focusedIs(page, selector), `Tab reaches ${selector}`).toBe(true);
}
