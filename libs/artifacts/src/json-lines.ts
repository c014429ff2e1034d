import { MalformedJsonLinesError } from './artifacts.errors';

export type JsonRow = Record<string, unknown>;

/** Rows of a JSON-lines artifact (snapshots, training sets): one object per line, blank lines skipped. */
export function parseJsonLines(bytes: Buffer, what = 'artifact'): JsonRow[] {
  const text = bytes.toString('utf8');
  const rows: JsonRow[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      let row: unknown;
      try {
        row = JSON.parse(text.slice(start, end));
      } catch (error) {
        throw new MalformedJsonLinesError(`line ${line} of the ${what} is not JSON`, error);
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        throw new MalformedJsonLinesError(`line ${line} of the ${what} is not an object`);
      rows.push(row as JsonRow);
    }
    start = end + 1;
    line++;
  }
  return rows;
}
