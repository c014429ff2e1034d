// Reads rows [start, end) of vega-datasets' flights-3m.parquet and writes them to stdout as JSON.
// A plain ES module run by Node, because hyparquet is ESM-only and Jest runs tests as CommonJS.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const [start, end] = process.argv.slice(2).map(Number);
const require = createRequire(import.meta.url);
const file = await asyncBufferFromFile(join(dirname(require.resolve('vega-datasets')), '..', 'data', 'flights-3m.parquet'));
const rows = await parquetReadObjects({ file, compressors, rowStart: start, rowEnd: end });
process.stdout.write(
  JSON.stringify(rows.map((r) => ({ date: r.date.getTime(), delay: Number(r.delay), distance: Number(r.distance), origin: r.origin, destination: r.destination }))),
);
