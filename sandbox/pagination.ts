/** Page slicing and the `pagination` object (docs/api.md §4). */

export interface Pagination {
  page: number;
  limit: number;
  total: number;
  /** ceil(total / limit); 0 when there is nothing to list. */
  totalPages: number;
}

/** A page past the end is an empty list with the real totals, not an error. */
export function paginate<T>(items: readonly T[], page: number, limit: number): { items: T[]; pagination: Pagination } {
  const start = (page - 1) * limit;
  return {
    items: items.slice(start, start + limit),
    pagination: { page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) },
  };
}

export type SortOrder = 'asc' | 'desc';

/**
 * Sorts a copy by `primary` in `order`; ties fall back to `tieBreak` (always in its own fixed
 * direction) so pages never shuffle between requests.
 */
export function sortBy<T>(
  items: readonly T[],
  primary: (a: T, b: T) => number,
  order: SortOrder,
  tieBreak: (a: T, b: T) => number,
): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * primary(a, b) || tieBreak(a, b));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
