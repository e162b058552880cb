/**
 * Traditional → Simplified for queries, with OpenCC (opencc-js, Taiwan standard → Mainland).
 * The converter (~110 kB) is imported once, and only for a query with a character it may change
 * (convertible-chars.ts): a Simplified query such as 知识产权 is searched without waiting for it.
 */
import { memo } from '../memo.ts';
import { convertibleTest } from './convertible-chars.ts';
import { CONVERTIBLE_URO } from './convertible-chars.data.ts';

export type Converter = (text: string) => string;

/** The converter, imported once; a failed download is tried again by the next query that needs it. */
export const loadConverter: () => Promise<Converter> = memo(() =>
  import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' })),
);

/** True when the converter may change the text; false means it would return the text as it is. */
export const mayConvert = convertibleTest(CONVERTIBLE_URO);

/** Starts downloading the converter for a query that may need it, alongside Pagefind. */
export function prefetchConverter(query: string): void {
  if (mayConvert(query)) loadConverter().catch(() => {});
}

/** The query in Simplified script (unchanged, without loading the converter, when no character may change). */
export async function toSimplified(query: string): Promise<string> {
  if (!mayConvert(query)) return query;
  return (await loadConverter())(query);
}
