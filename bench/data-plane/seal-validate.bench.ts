/**
 * Seal and validate a large snapshot of real flights: the ingestion and validation services run as
 * their own processes on the local broker, Postgres and file store.
 *   1. publish N real January flights as RecordIngested (a product service streaming them);
 *   2. time until ingestion has stored them all (records/s over Kafka at this scale);
 *   3. time to seal them into one snapshot (POST .../snapshots);
 *   4. time until validation's report is there, and the report's own duration.
 *
 *   npm run bench:data-plane                 500,000 rows
 *   BENCH_ROWS=100000 npm run bench:data-plane
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBus, type OutgoingEvent } from '@loopgate/bus';
import { unwrap } from '@loopgate/client';
import { FLIGHTS_SPEC, flightRow, readFlights } from '@loopgate/datasets';
import { machine, startService, stopServices, until } from '../harness';
import { testAuthority, testClient } from '@loopgate/testing';

const ROWS = Number(process.env.BENCH_ROWS ?? 500_000);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const INGESTION = 'http://127.0.0.1:3911';
const VALIDATION = 'http://127.0.0.1:3912';

async function main(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `bench_${suffix}.`;
  const bus = new EventBus({ brokers: BROKERS.split(','), service: 'bench', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  // The services verify the benches' tokens against this key, as they would governance's.
  await testAuthority().publishKey(bus);
  const env = {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    DATABASE_URL,
    KAFKA_BROKERS: BROKERS,
    ARTIFACT_STORE_URI: `file://${mkdtempSync(join(tmpdir(), 'bench-artifacts-'))}`,
  };
  const services = [startService('ingestion', 3911, env), startService('validation', 3912, env)];
  const api = testClient({ ingestion: INGESTION, validation: VALIDATION });
  const flights = { params: { path: { datasetId: 'flights' } } };
  try {
    await until('ingestion', async () => (await api.ingestion.GET('/health/ready')).response.ok);
    await until('validation', async () => (await api.validation.GET('/health/ready')).response.ok);
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...flights, body: FLIGHTS_SPEC }));
    const rows = (await readFlights(0, ROWS)).map(flightRow);

    const publishStart = Date.now();
    for (let from = 0; from < rows.length; from += 5_000) {
      const batch: OutgoingEvent[] = rows.slice(from, from + 5_000).map((values) => ({
        type: 'RecordIngested',
        payload: {
          datasetId: 'flights',
          specVersion: 1,
          entityId: values.flightId,
          eventTime: values.date,
          values,
          source: 'KAFKA',
          batchId: null,
        },
      }));
      await bus.publish(batch);
    }
    const published = Date.now();
    await until(
      'every record stored',
      async () => (await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', flights))).records === rows.length,
    );
    const stored = Date.now();

    const { snapshots } = await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/snapshots', flights));
    const sealed = Date.now();
    const report = await until('the validation report', async () => {
      const { data, response } = await api.validation.GET('/v1/snapshots/{snapshotId}/report', {
        params: { path: { snapshotId: snapshots[0].snapshotId } },
      });
      return (response.ok && data) || null;
    });
    const validated = Date.now();

    const result = {
      rows: rows.length,
      publishSeconds: (published - publishStart) / 1000,
      storedSeconds: (stored - publishStart) / 1000,
      kafkaRecordsPerSecond: Math.round(rows.length / ((stored - publishStart) / 1000)),
      sealSeconds: (sealed - stored) / 1000,
      snapshotMegabytes: +(snapshots[0].sizeBytes / 1e6).toFixed(1),
      sealToReportSeconds: (validated - sealed) / 1000,
      validationMs: report.durationMs,
      verdict: report.verdict,
      machine: machine(),
    };
    console.log(`data plane: ${rows.length} real flights, ingestion and validation in their own processes`);
    console.log(
      `  over Kafka: ${result.kafkaRecordsPerSecond.toLocaleString()} records/s stored (${result.storedSeconds} s; publishing took ${result.publishSeconds} s)`,
    );
    console.log(`  seal:       ${result.sealSeconds} s (${result.snapshotMegabytes} MB)`);
    console.log(
      `  validate:   ${result.validationMs} ms in the service; ${result.sealToReportSeconds} s from seal to report (verdict ${result.verdict})`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await stopServices(services, ['ingestion', 'validation'], suffix, DATABASE_URL);
    await bus.disconnect();
    await bus.admin.deleteTopicsWithPrefix(prefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
