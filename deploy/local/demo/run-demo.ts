/**
 * The product as far as it is built: starts the ingestion service on the local Kafka and Postgres
 * (deploy/local/up.sh must have run), registers the flights dataset spec, streams a slice of the
 * real flights data (vega-datasets' flights-3m.parquet, January 2001) into it over HTTP as a product
 * service would, then their labels (delayed > 15 min), seals a content-addressed snapshot, and prints
 * the validation service's verdict on it.
 *
 *   DEMO_ROWS=20000 (default)  how many January flights to send
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { FLIGHTS_SPEC, readFlights } from '@loopgate/datasets';

const ROOT = join(__dirname, '../../..');
const ROWS = Number(process.env.DEMO_ROWS ?? 20_000);
const BATCH = 2_000;
const PORT = Number(process.env.PORT ?? 3001);
const VALIDATION_PORT = Number(process.env.VALIDATION_PORT ?? 3002);
const BASE = `http://127.0.0.1:${PORT}`;
const VALIDATION = `http://127.0.0.1:${VALIDATION_PORT}`;
const DATASET = 'flights';

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
async function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
async function getJson(path: string): Promise<any> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function startService(name: string, port: number): { name: string; process: ChildProcess; exited: Promise<string> } {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, `services/${name}/src/main.ts`)], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { name, process: child, exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`))) };
}

interface ValidationReport {
  verdict: string;
  status: string;
  durationMs: number;
  checks: Array<{ check: string; field: string | null; status: string; detail: string }>;
}

/** Waits for validation's verdict on a snapshot (it arrives through ingest.snapshots) and prints it. */
async function printReport(snapshotId: string): Promise<void> {
  const report = await waitFor('the validation report', async () => {
    const response = await fetch(`${VALIDATION}/v1/snapshots/${snapshotId}/report`);
    return response.ok ? ((await response.json()) as ValidationReport) : null;
  });
  const notable = report.checks.filter((c) => c.status !== 'PASS');
  console.log(`[demo] validation: ${report.verdict} (${report.status}) after ${report.checks.length} checks in ${report.durationMs} ms`);
  for (const c of notable) console.log(`[demo]   ${c.status} ${c.check}${c.field ? ` ${c.field}` : ''}: ${c.detail}`);
}

async function main(): Promise<void> {
  const services = [startService('ingestion', PORT), startService('validation', VALIDATION_PORT)];
  try {
    await waitFor('ingestion to be ready', async () => ((await fetch(`${BASE}/health/ready`)).ok ? true : null));
    await waitFor('validation to be ready', async () => ((await fetch(`${VALIDATION}/health/ready`)).ok ? true : null));
    console.log(`[demo] ingestion is ready on ${BASE}, validation on ${VALIDATION}`);

    const spec = await postJson(`/v1/datasets/${DATASET}/specs`, FLIGHTS_SPEC);
    console.log(`[demo] dataset '${DATASET}' spec v${spec.version} (${spec.specHash.slice(0, 12)}): label '${spec.labelField}' arrives later`);

    const flights = await readFlights(0, ROWS);
    console.log(`[demo] read ${flights.length} real flights of January 2001 from flights-3m.parquet`);
    const before = await getJson(`/v1/datasets/${DATASET}/stats`);

    const started = Date.now();
    let accepted = 0;
    for (let from = 0; from < flights.length; from += BATCH) {
      const records = flights.slice(from, from + BATCH).map((f, i) => ({
        flightId: `2001-${from + i}`,
        date: f.date,
        distance: f.distance,
        origin: f.origin,
        destination: f.destination,
      }));
      const receipt = await postJson(`/v1/datasets/${DATASET}/records`, { records }, { 'idempotency-key': `demo-${DATASET}-${spec.specHash.slice(0, 12)}-${from}-${from + records.length}` });
      if (!receipt.duplicate) accepted += receipt.accepted;
    }
    for (let from = 0; from < flights.length; from += 10_000) {
      const labels = flights.slice(from, from + 10_000).map((f, i) => ({ entityId: `2001-${from + i}`, eventTime: f.date, label: f.delay > 15 }));
      await postJson(`/v1/datasets/${DATASET}/labels`, { labels });
    }
    console.log(`[demo] sent ${flights.length} records (${accepted} new; the rest were accepted by an earlier run) and their labels in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const stats = await waitFor('the records and labels to be stored from the topics', async () => {
      const body = await getJson(`/v1/datasets/${DATASET}/stats`);
      return body.records >= before.records + accepted && body.labels >= flights.length ? body : null;
    });
    console.log(`[demo] ingest.records -> ${stats.records} records stored (${stats.pending} waiting for a snapshot), ${stats.labels} labels`);

    if (stats.pending > 0) {
      const sealStarted = Date.now();
      const { snapshots } = await postJson(`/v1/datasets/${DATASET}/snapshots`, {});
      for (const s of snapshots) {
        console.log(`[demo] sealed snapshot ${s.snapshotId.slice(0, 16)}: ${s.rowCount} rows, ${s.eventTimeFrom} .. ${s.eventTimeTo}, ${(s.sizeBytes / 1e6).toFixed(1)} MB in ${((Date.now() - sealStarted) / 1000).toFixed(1)} s`);
        console.log(`[demo]   ${s.uri}`);
        await printReport(s.snapshotId);
      }
    } else {
      console.log(`[demo] nothing new to seal: all ${stats.records} records are in earlier snapshots`);
    }
    console.log('[demo] next stages (features, training, registry, serving, monitoring) arrive with their issues');
  } finally {
    for (const service of services) service.process.kill('SIGTERM');
    // Nest closes each app (consumers, outbox relay, Kafka, Postgres) and then re-raises the signal.
    for (const service of services) console.log(`[demo] ${service.name} shut down after SIGTERM (exit: ${await service.exited})`);
  }
}

main().catch((error: unknown) => {
  console.error(`[demo] FAILED: ${(error as Error).message}`);
  process.exit(1);
});
