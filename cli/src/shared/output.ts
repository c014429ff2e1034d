import Table from 'cli-table3';

export interface Output {
  /** --json: machine-readable output for scripts. */
  readonly json: boolean;
  write(text: string): void;
}

export type Column<T> = readonly [header: string, value: (item: T) => unknown];

/** A list as a table for people, or as JSON for scripts (the API's own items). */
export function printList<T>(
  out: Output,
  items: readonly T[],
  columns: ReadonlyArray<Column<T>>,
  next?: string | null,
): void {
  if (out.json) return out.write(`${JSON.stringify(next === undefined ? items : { items, next }, null, 2)}\n`);
  if (items.length === 0) return out.write('(none)\n');
  const table = new Table({ head: columns.map(([header]) => header), style: { head: [], border: [] } });
  for (const item of items) table.push(columns.map(([, value]) => cell(value(item))));
  out.write(`${table.toString()}\n${next ? `more: --before ${next}\n` : ''}`);
}

/** One object: its fields, one per line, for people; JSON for scripts. */
export function printObject(
  out: Output,
  value: unknown,
  fields?: ReadonlyArray<Column<Record<string, unknown>>>,
): void {
  if (out.json || !fields) return out.write(`${JSON.stringify(value, null, 2)}\n`);
  const width = Math.max(...fields.map(([header]) => header.length));
  out.write(
    `${fields.map(([header, read]) => `${header.padEnd(width)}  ${cell(read(value as Record<string, unknown>))}`).join('\n')}\n`,
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
