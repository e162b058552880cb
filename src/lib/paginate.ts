/**
 * Lists paginated from their oldest item, so that a full page never changes as newer items
 * arrive: adding one article to a built archive rewrites a list's front and its newest page,
 * not every page (a redeploy uploads a handful of files). Page 1 holds the oldest items; the
 * list's front (home, /tags/X/, …) shows the newest `size` items and is the only page that
 * shows the list's length.
 */
export interface Page<T> {
  /** Newest first. */
  items: T[];
  /** 1 = the oldest items; undefined = the list's front (its newest items). */
  page?: number;
  /** The page just newer than this one; undefined on a stable page means the front. */
  newer?: number;
  /** The page holding the items just older than these, if any. */
  older?: number;
  /** How many items the list holds: on the front only, since it would change every page. */
  totalItems?: number;
}

export interface Pages<T> {
  front: Page<T>;
  /** Pages 1…P counted from the oldest; none when the front holds the whole list. */
  pages: Page<T>[];
}

/** `newestFirst` (the site's order) cut into pages of `size` counted from its oldest item. */
export function paginate<T>(newestFirst: readonly T[], size: number): Pages<T> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = newestFirst.length;
  const count = Math.ceil(total / size);
  const front: Page<T> = {
    items: newestFirst.slice(0, size),
    totalItems: total,
    ...(count > 1 ? { older: count - 1 } : {}),
  };
  if (count <= 1) return { front, pages: [] };
  const pages = Array.from({ length: count }, (_, i): Page<T> => {
    const page = i + 1;
    // Page `page` holds the items (page - 1) * size … page * size - 1 counted from the oldest.
    const end = total - (page - 1) * size;
    return {
      items: newestFirst.slice(Math.max(0, end - size), end),
      page,
      ...(page < count ? { newer: page + 1 } : {}),
      ...(page > 1 ? { older: page - 1 } : {}),
    };
  });
  return { front, pages };
}
