/**
 * The product as far as it is built: starts the ingestion service on the local Kafka and Postgres
 * (deploy/local/up.sh must have run), streams a slice of the real flights data (vega-datasets'
 * flights-3m.parquet, January 2001) into it over HTTP as a product service would, and reads back
 * what the service counted from the ingest.records topic.
 *
 *   DEMO_ROWS=20000 (default)  how many January flights to send
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const ROWS = Number(process.env.DEMO_ROWS ?? 20_000);
const BATCH = 2_000;
const PORT = Number(process.env.PORT ?? 3001);
const BASE = `http://127.0.0.1:${PORT}`;
const DATASET = 'flights';

// hyparquet is ESM-only; this keeps the CommonJS build from turning import() into require().
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

interface FlightRow {
  date: Date;
  delay: bigint | number;
  distance: bigint | number;
  origin: string;
  destination: string;
}

async function readFlights(count: number): Promise<FlightRow[]> {
  const { parquetReadObjects, asyncBufferFromFile } = await importEsm<typeof import('hyparquet')>('hyparquet');
  const { compressors } = await importEsm<typeof import('hyparquet-compressors')>('hyparquet-compressors');
  // The package exports only its index; the data file sits beside it in the package directory.
  const packageDir = join(dirname(require.resolve('vega-datasets')), '..');
  const file = await asyncBufferFromFile(join(packageDir, 'data/flights-3m.parquet'));
  return (await parquetReadObjects({ file, compressors, rowStart: 0, rowEnd: count })) as FlightRow[];
}

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main(): Promise<void> {
  const service = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'services/ingestion/src/main.ts')], {
    env: { ...process.env, PORT: String(PORT), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<string>((resolve) => service.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
  try {
    await waitFor('ingestion to be ready', async () => ((await fetch(`${BASE}/health/ready`)).ok ? true : null));
    console.log(`[demo] ingestion is ready on ${BASE}`);

    const flights = await readFlights(ROWS);
    console.log(`[demo] read ${flights.length} real flights of January 2001 from flights-3m.parquet`);
    const before = await fetch(`${BASE}/v1/datasets/${DATASET}/stats`).then((r) => (r.ok ? r.json() : { recordCount: 0 }));

    const started = Date.now();
    let accepted = 0;
    let duplicates = 0;
    for (let from = 0; from < flights.length; from += BATCH) {
      const records = flights.slice(from, from + BATCH).map((f, i) => ({
        entityId: `flight-${from + i}`,
        eventTime: f.date.getTime(),
        values: { delay: Number(f.delay), distance: Number(f.distance), origin: f.origin, destination: f.destination },
      }));
      const response = await fetch(`${BASE}/v1/records`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `demo-flights-${from}-${from + records.length}` },
        body: JSON.stringify({ datasetId: DATASET, records }),
      });
      if (!response.ok) throw new Error(`POST /v1/records answered ${response.status}: ${await response.text()}`);
      const receipt = (await response.json()) as { accepted: number; duplicate: boolean };
      if (receipt.duplicate) duplicates += receipt.accepted;
      else accepted += receipt.accepted;
    }
    const postSeconds = (Date.now() - started) / 1000;
    console.log(`[demo] sent ${flights.length} records in ${postSeconds.toFixed(1)} s: ${accepted} new, ${duplicates} already accepted by an earlier run (same Idempotency-Key)`);

    const expected = before.recordCount + accepted;
    const stats = await waitFor('the records to be counted from the topic', async () => {
      const body = await (await fetch(`${BASE}/v1/datasets/${DATASET}/stats`)).json();
      return body.recordCount >= expected ? body : null;
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`[demo] ingest.records -> ingestion counted ${stats.recordCount} flights (${stats.firstEventTime} .. ${stats.lastEventTime})`);
    if (accepted > 0) console.log(`[demo] ${Math.round(accepted / seconds)} records/s from HTTP through the outbox, Kafka and back into Postgres`);
    console.log('[demo] next stages (validation, features, training, registry, serving, monitoring) arrive with their issues');
  } finally {
    service.kill('SIGTERM');
    // Nest closes the app (consumer, outbox relay, Kafka, Postgres) and then re-raises the signal.
    console.log(`[demo] ingestion shut down after SIGTERM (exit: ${await exited})`);
  }
}

main().catch((error: unknown) => {
  console.error(`[demo] FAILED: ${(error as Error).message}`);
  process.exit(1);
});
