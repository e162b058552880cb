/**
 * The reader's font size (大 / 中 / 小) and theme, remembered in localStorage. The boot script
 * below runs in <head> of every page (injected by astro.config.mjs, hashed into the CSP), so
 * the saved choice is on <html> before first paint: no flash of the wrong theme, no jump.
 */

export const FONT_SIZES = ['large', 'medium', 'small'] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export const DEFAULT_FONT_SIZE: FontSize = 'medium';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const STORAGE_KEYS = { fontSize: 'news-archive:font-size', theme: 'news-archive:theme' } as const;

export function parseFontSize(value: unknown): FontSize {
  return FONT_SIZES.includes(value as FontSize) ? (value as FontSize) : DEFAULT_FONT_SIZE;
}

/** A saved theme, or null: follow the system. */
export function parseTheme(value: unknown): Theme | null {
  return THEMES.includes(value as Theme) ? (value as Theme) : null;
}

/**
 * Sets data-font-size and data-theme on <html> from storage. Plain ES5 so it runs anywhere;
 * storage may throw (privacy modes), and then the defaults stand.
 */
export const READING_PREFS_BOOT = `(function(){try{var d=document.documentElement,s=window.localStorage;var f=s.getItem(${JSON.stringify(
  STORAGE_KEYS.fontSize,
)});if(${JSON.stringify(FONT_SIZES)}.indexOf(f)>=0)d.setAttribute('data-font-size',f);var t=s.getItem(${JSON.stringify(
  STORAGE_KEYS.theme,
)});if(${JSON.stringify(THEMES)}.indexOf(t)>=0)d.setAttribute('data-theme',t);}catch(e){}})();`;
