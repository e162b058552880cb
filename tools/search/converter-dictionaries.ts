/**
 * The dictionaries of the converter in src/search/browser/traditional/to-simplified.ts (opencc-js, Taiwan →
 * Mainland: "tw2s"), for the generator and test of src/search/browser/traditional/convertible-chars.data.ts.
 * Node only: never bundled for the page.
 */
import type { Dictionary } from '../../src/search/browser/traditional/convertible-chars.ts';

export async function converterDictionaries(): Promise<Dictionary[]> {
  const { configs } = await import('opencc-js/preset/t2cn');
  const config = configs.tw2s as unknown as {
    normalizationChain?: Dictionary[][];
    conversionChain: Dictionary[][];
  };
  if (!config)
    throw new Error('opencc-js has no tw2s config: check src/search/browser/traditional/to-simplified.ts');
  const dictionaries = [...(config.normalizationChain ?? []).flat(), ...config.conversionChain.flat()];
  if (dictionaries.some((d) => typeof d !== 'string'))
    throw new Error(
      'opencc-js tw2s dictionaries are no longer "from to|…" strings: update convertible-chars.ts',
    );
  return dictionaries;
}
