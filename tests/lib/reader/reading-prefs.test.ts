import { describe, expect, it } from 'vitest';
import {
  READING_PREFS_BOOT,
  STORAGE_KEYS,
  parseFontSize,
  parseTheme,
} from '../../../src/lib/reader/reading-prefs.ts';

function boot(stored: Record<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  const window = { localStorage: { getItem: (k: string) => stored[k] ?? null } };
  const document = { documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) } };
  new Function('window', 'document', READING_PREFS_BOOT)(window, document);
  return attributes;
}

describe('saved reading preferences', () => {
  it('fall back to 中 and the system theme for anything unknown', () => {
    expect(parseFontSize('huge')).toBe('medium');
    expect(parseFontSize('large')).toBe('large');
    expect(parseTheme('sepia')).toBeNull();
    expect(parseTheme('dark')).toBe('dark');
  });

  it('are put on <html> by the boot script, which ignores tampered values', () => {
    expect(boot({ [STORAGE_KEYS.fontSize]: 'large', [STORAGE_KEYS.theme]: 'dark' })).toEqual({
      'data-font-size': 'large',
      'data-theme': 'dark',
    });
    expect(boot({ [STORAGE_KEYS.fontSize]: '"><script>', [STORAGE_KEYS.theme]: 'x' })).toEqual({});
  });

  it('survive storage that throws', () => {
    const window = {
      get localStorage(): never {
        throw new Error('SecurityError');
      },
    };
    expect(() => new Function('window', 'document', READING_PREFS_BOOT)(window, {})).not.toThrow();
  });
});
