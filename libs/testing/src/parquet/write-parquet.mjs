// Writes rows (a JSON file: { columns: [{ name, type }], rows: [...] }) as a Parquet file.
// A plain ES module run by Node, because hyparquet-writer is ESM-only and Jest runs tests as CommonJS.
import { readFileSync } from 'node:fs';
import { parquetWriteFile } from 'hyparquet-writer';

const [input, output] = process.argv.slice(2);
const { columns, rows } = JSON.parse(readFileSync(input, 'utf8'));
parquetWriteFile({
  filename: output,
  columnData: columns.map(({ name, type }) => ({ name, type, data: rows.map((r) => (type === 'TIMESTAMP' ? new Date(r[name]) : r[name])) })),
});
