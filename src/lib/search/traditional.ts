/**
 * Traditional → Simplified for queries, with OpenCC (opencc-js, Taiwan standard → Mainland).
 * The converter (~110 kB) is imported only when a query contains Chinese characters, and once.
 */
import { hasHan } from './query.ts';

export type Converter = (text: string) => string;

let converter: Promise<Converter> | undefined;

export function loadConverter(): Promise<Converter> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return converter;
}

/** The query in Simplified script (unchanged when it holds no Chinese characters). */
export async function toSimplified(query: string): Promise<string> {
  if (!hasHan(query)) return query;
  return (await loadConverter())(query);
}
