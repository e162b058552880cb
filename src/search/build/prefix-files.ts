/**
 * Data cut into files by key prefix (compile time), so one lookup fetches one small file: keys
 * are grouped by their first character, and a group whose file would pass the gzip budget is
 * split by the next character, so files stay small however large the archive grows and however
 * many keys share a beginning (我省…). A key is in the file of its longest listed prefix
 * (longestPrefix); keys no longer than a split prefix stay in that prefix's own file.
 */
import { gzipSync } from 'node:zlib';

export const gzipBytes = (text: string): number => gzipSync(text).length;

const chars = (text: string): string[] => Array.from(text);

/** `render`: the file's content for a group of keys. Returns prefix → content. */
export function splitByPrefix(
  keys: readonly string[],
  render: (group: readonly string[]) => string,
  budget: number,
): Map<string, string> {
  const files = new Map<string, string>();
  const groupBy = (group: readonly string[], length: number): Map<string, string[]> => {
    const groups = new Map<string, string[]>();
    for (const key of group) {
      const prefix = chars(key).slice(0, length).join('');
      const members = groups.get(prefix);
      if (members) members.push(key);
      else groups.set(prefix, [key]);
    }
    return groups;
  };
  const place = (prefix: string, group: readonly string[]): void => {
    const length = chars(prefix).length;
    const content = render(group);
    if (gzipBytes(content) <= budget || group.every((k) => chars(k).length <= length)) {
      files.set(prefix, content);
      return;
    }
    const own = group.filter((k) => chars(k).length <= length);
    if (own.length) files.set(prefix, render(own));
    const longer = group.filter((k) => chars(k).length > length);
    for (const [next, members] of groupBy(longer, length + 1)) place(next, members);
  };
  for (const [prefix, group] of groupBy([...new Set(keys)].sort(), 1)) place(prefix, group);
  return files;
}
