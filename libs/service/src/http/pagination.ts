export interface Page<T, C = string> {
  readonly items: T[];
  /** Pass back as the cursor for the next page; null on the last page. */
  readonly next: C | null;
}

export const MAX_PAGE_SIZE = 500;

/** Fetches one row more than asked to know whether there is a next page. */
export function toPage<R, T, C>(rows: R[], limit: number, view: (row: R) => T, cursor: (item: T) => C): Page<T, C> {
  const items = rows.slice(0, limit).map(view);
  return { items, next: rows.length > limit ? cursor(items[items.length - 1]) : null };
}
