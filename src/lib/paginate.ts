/** Split a list into pages of `size`; page numbers start at 1. An empty list still has one (empty) page. */
export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    totalPages,
    totalItems: items.length,
  }));
}
