/**
 * Bounded state under load: SOAK_RECORDS records (1,000,000) sent to ingestion over HTTP in bulk
 * requests (a 503 while its outbox backlog is full is sent again), each passing through its outbox (published, then pruned after BUS_OUTBOX_RETENTION_MS)
 * and its consumer's processed_events (pruned past BUS_DEDUPE_WINDOW_MS). Every few seconds the rows
 * of both tables are counted; at the end the script waits for one more pruning and prints the
 * largest and the last counts: bounded tables stay near rate x window, whatever was sent.
 *
 *   npm run bench:soak                          1,000,000 records, windows of 60 s, pruning every 10 s
 *   SOAK_RECORDS=200000 npm run bench:soak
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EventBus } from '@loopgate/bus';
import { unwrap } from '@loopgate/client';
import { FLIGHTS_SPEC } from '@loopgate/datasets';
import { testAuthority, testClient } from '@loopgate/testing';
import { machine, startService, stopServices, until } from '../harness';

const RECORDS = Number(process.env.SOAK_RECORDS ?? 1_000_000);
const WINDOW_MS = 60_000;
const PRUNE_EVERY_MS = 10_000;
const BATCH = 5_000;
const PARALLEL = 4;
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const PORT = Number(process.env.BENCH_PORT ?? 3921);

const row = (i: number) => ({
  flightId: `f${i}`,
  date: 978307200000 + i * 1000,
  distance: i % 3000,
  origin: ['SFO', 'LAX', 'ORD', 'ATL'][i % 4],
  destination: 'JFK',
});

interface Sample {
  readonly seconds: number;
  readonly stored: number;
  readonly outbox: number;
  /** Of the outbox's rows, those not published yet (the rest wait out their retention). */
  readonly unpublished: number;
  readonly processedEvents: number;
}

async function main(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `soak_${suffix}.`;
  const schema = `bench_ingestion_${suffix}`;
  const bus = new EventBus({ brokers: BROKERS.split(','), service: 'soak', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  await testAuthority().publishKey(bus);
  const service = startService('ingestion', PORT, {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    DATABASE_URL,
    KAFKA_BROKERS: BROKERS,
    ARTIFACT_STORE_URI: `file://${mkdtempSync(join(tmpdir(), 'soak-artifacts-'))}`,
    BUS_OUTBOX_RETENTION_MS: String(WINDOW_MS),
    BUS_DEDUPE_WINDOW_MS: String(WINDOW_MS),
    BUS_RETENTION_INTERVAL_MS: String(PRUNE_EVERY_MS),
  });
  const api = testClient({ ingestion: `http://127.0.0.1:${PORT}` });
  const dataset = { params: { path: { datasetId: 'soak' } } };
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  const started = Date.now();
  const samples: Sample[] = [];
  const sample = async (): Promise<Sample> => {
    const count = async (table: string, where = 'true') =>
      Number((await db.query(`SELECT count(*) AS n FROM "${schema}"."${table}" WHERE ${where}`)).rows[0].n);
    const taken = {
      seconds: Math.round((Date.now() - started) / 1000),
      stored: (await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset))).records,
      outbox: await count('outbox'),
      unpublished: await count('outbox', 'published_at IS NULL'),
      processedEvents: await count('processed_events'),
    };
    samples.push(taken);
    console.log(
      `  ${String(taken.seconds).padStart(4)} s  stored ${taken.stored.toLocaleString().padStart(9)}  outbox ${taken.outbox.toLocaleString().padStart(9)} (unpublished ${taken.unpublished.toLocaleString().padStart(7)})  processed_events ${taken.processedEvents.toLocaleString().padStart(9)}`,
    );
    return taken;
  };
  let sampling: NodeJS.Timeout | undefined;
  try {
    await until('ingestion to be ready', async () => (await api.ingestion.GET('/health/ready')).response.ok, 60_000);
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...dataset, body: FLIGHTS_SPEC }));
    console.log(
      `soak: ${RECORDS.toLocaleString()} records over HTTP to ingestion; outbox and dedupe windows ${WINDOW_MS / 1000} s, pruned every ${PRUNE_EVERY_MS / 1000} s`,
    );
    sampling = setInterval(() => void sample().catch(() => undefined), 5_000);
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let from = next; from < RECORDS; from = next) {
          next += BATCH;
          const records = Array.from({ length: Math.min(BATCH, RECORDS - from) }, (_, i) => row(from + i));
          await until(`records from ${from}`, async () =>
            (await api.ingestion.POST('/v1/datasets/{datasetId}/records', { ...dataset, body: { records } })).response
              .ok
              ? true
              : null,
          );
        }
      }),
    );
    await until(
      'every record stored',
      async () => (await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset))).records >= RECORDS,
    );
    const sentSeconds = (Date.now() - started) / 1000;
    // One window and one pruning past the last record: what is left is what the windows still hold.
    await until(
      'the windows to pass',
      async () => (Date.now() - started) / 1000 > sentSeconds + (WINDOW_MS + PRUNE_EVERY_MS * 2) / 1000 || null,
    );
    clearInterval(sampling);
    const last = await sample();
    const largest = (key: 'outbox' | 'unpublished' | 'processedEvents') => Math.max(...samples.map((s) => s[key]));
    const result = {
      records: RECORDS,
      storedSeconds: Math.round(sentSeconds),
      recordsPerSecond: Math.round(RECORDS / sentSeconds),
      largestOutbox: largest('outbox'),
      largestUnpublished: largest('unpublished'),
      largestProcessedEvents: largest('processedEvents'),
      lastOutbox: last.outbox,
      lastProcessedEvents: last.processedEvents,
      windowSeconds: WINDOW_MS / 1000,
      machine: machine(),
    };
    console.log(
      `  ${RECORDS.toLocaleString()} records stored in ${result.storedSeconds} s (${result.recordsPerSecond.toLocaleString()}/s); ` +
        `largest outbox ${result.largestOutbox.toLocaleString()} (unpublished ${result.largestUnpublished.toLocaleString()}), processed_events ${result.largestProcessedEvents.toLocaleString()} rows; ` +
        `${result.windowSeconds + (PRUNE_EVERY_MS * 2) / 1000} s after the last: ${result.lastOutbox.toLocaleString()} and ${result.lastProcessedEvents.toLocaleString()}`,
    );
    console.log(JSON.stringify(result));
  } finally {
    clearInterval(sampling);
    await db.end();
    await stopServices([service], ['ingestion'], suffix, DATABASE_URL);
    await bus.admin.deleteTopicsWithPrefix(prefix);
    await bus.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
