import { LoopgateError } from '@loopgate/errors';

export interface Page<T, C = string> {
  readonly items: T[];
  /** Pass back as the cursor for the next page; null on the last page. */
  readonly next: C | null;
}

export const MAX_PAGE_SIZE = 500;

/** Parses `?limit=`: an integer from 1 to 500, 50 when absent. */
export function parseLimit(raw: string | undefined, fallback = 50): number {
  if (raw === undefined) return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new LoopgateError({ code: 'http.invalid_limit', message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`, kind: 'invalid' });
  }
  return limit;
}

/** Parses `?before=` of a list paginated by a timestamp: the `next` of the previous page. */
export function parseDateCursor(raw: string | undefined): Date | null {
  if (raw === undefined) return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new LoopgateError({ code: 'http.invalid_cursor', message: '`before` must be the `next` of a previous page', kind: 'invalid' });
  return date;
}

/** Fetches one row more than asked to know whether there is a next page. */
export function toPage<R, T, C>(rows: R[], limit: number, view: (row: R) => T, cursor: (item: T) => C): Page<T, C> {
  const items = rows.slice(0, limit).map(view);
  return { items, next: rows.length > limit ? cursor(items[items.length - 1]) : null };
}
