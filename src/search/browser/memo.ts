/**
 * The one way the search code keeps what it has loaded: a memo of promises by key. A load is
 * started once per key and its promise shared by every caller; a load that fails is forgotten, so
 * the next call for that key tries again (a dropped connection must not break search for the
 * rest of the visit).
 */

export interface MemoOptions {
  /** Keep only the latest key's load: a new key replaces it (the current query's matches). */
  latestOnly?: boolean;
}

/** `load` remembered by `keyOf` of its arguments (one key for all when none is given). */
export function memo<A extends unknown[], T>(
  load: (...args: A) => Promise<T>,
  keyOf: (...args: A) => string = () => '',
  { latestOnly = false }: MemoOptions = {},
): (...args: A) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (...args) => {
    const key = keyOf(...args);
    const known = kept.get(key);
    if (known) return known;
    if (latestOnly) kept.clear();
    const loading = load(...args);
    kept.set(key, loading);
    loading.catch(() => {
      if (kept.get(key) === loading) kept.delete(key);
    });
    return loading;
  };
}
