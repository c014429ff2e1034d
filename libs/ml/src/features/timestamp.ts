/** The one rule for a point in time, wherever a row, a label or a request carries one. */
export const TIMESTAMP_RULE = 'epoch milliseconds, or an ISO-8601 date-time with a zone (2001-01-31T08:05:00Z)';

// What zod's iso.datetime({ offset: true }) takes: a date, a time and a zone; a date alone or a local time is ambiguous.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of a value by TIMESTAMP_RULE, or null when it follows another rule. */
export function timestampMillis(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
