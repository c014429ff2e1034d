import { type Row } from '../checks/column-profile';
import { SnapshotFileError } from './reports.errors';

/** Rows of a snapshot file: JSON lines, one object per row (as ingestion writes them). */
export function parseSnapshotFile(bytes: Buffer): Row[] {
  const text = bytes.toString('utf8');
  const rows: Row[] = [];
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
        throw new SnapshotFileError(`line ${line} of the snapshot is not JSON`, error);
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new SnapshotFileError(`line ${line} of the snapshot is not an object`);
      rows.push(row as Row);
    }
    start = end + 1;
    line++;
  }
  return rows;
}
