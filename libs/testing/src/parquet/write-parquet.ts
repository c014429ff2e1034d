import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface ParquetColumn {
  readonly name: string;
  /** hyparquet-writer basic type: STRING, DOUBLE, INT32, INT64, BOOLEAN, TIMESTAMP (epoch ms in the rows). */
  readonly type: 'STRING' | 'DOUBLE' | 'INT32' | 'INT64' | 'BOOLEAN' | 'TIMESTAMP';
}

/** Writes rows to a real Parquet file (for upload tests) and returns its path. */
export async function writeParquet(
  columns: readonly ParquetColumn[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
  const input = join(dir, 'rows.json');
  const output = join(dir, 'rows.parquet');
  writeFileSync(input, JSON.stringify({ columns, rows }));
  await promisify(execFile)(process.execPath, [join(__dirname, 'write-parquet.mjs'), input, output]);
  return output;
}
