/**
 * Ingestion throughput against the real broker, Postgres and file store, with the ingestion service
 * running as its own process (as in production):
 *   1. records/s over Kafka (RecordIngested published by a product service) until all are stored;
 *   2. records/s over HTTP bulk (parallel requests of 5,000 rows) until all are stored;
 *   3. seconds to seal all of them into one snapshot.
 *
 *   npm run bench:ingestion                     100,000 records per path
 *   BENCH_RECORDS=250000 npm run bench:ingestion
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBus, type OutgoingEvent } from '@loopgate/bus';
import { unwrap } from '@loopgate/client';
import { FLIGHTS_SPEC } from '@loopgate/datasets';
import { machine, startService, stopServices, until } from '../harness';
import { testAuthority, testClient } from '@loopgate/testing';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const BASE = `http://127.0.0.1:${PORT}`;

const SPEC = FLIGHTS_SPEC;

const row = (i: number) => ({
  flightId: `f${i}`,
  date: 978307200000 + i * 1000,
  distance: i % 3000,
  origin: ['SFO', 'LAX', 'ORD', 'ATL'][i % 4],
  destination: 'JFK',
});

async function main(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `bench_${suffix}.`;
  const bus = new EventBus({ brokers: BROKERS.split(','), service: 'bench', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  // The services verify the benches' tokens against this key, as they would governance's.
  await testAuthority().publishKey(bus);
  const service = startService('ingestion', PORT, {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    DATABASE_URL,
    KAFKA_BROKERS: BROKERS,
    ARTIFACT_STORE_URI: `file://${mkdtempSync(join(tmpdir(), 'bench-artifacts-'))}`,
  });
  const api = testClient({ ingestion: BASE });
  const dataset = (datasetId: string) => ({ params: { path: { datasetId } } });
  const stored = async (datasetId: string) =>
    (await unwrap(api.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset(datasetId)))).records;
  try {
    await until('ingestion to be ready', async () => (await api.ingestion.GET('/health/ready')).response.ok, 60_000);
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...dataset('kafka'), body: SPEC }));
    await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/specs', { ...dataset('http'), body: SPEC }));

    // 1. Over Kafka.
    const kafkaStart = Date.now();
    for (let from = 0; from < RECORDS; from += 5_000) {
      const batch: OutgoingEvent[] = [];
      for (let i = from; i < Math.min(RECORDS, from + 5_000); i++) {
        const values = row(i);
        batch.push({
          type: 'RecordIngested',
          payload: {
            datasetId: 'kafka',
            specVersion: 1,
            entityId: values.flightId,
            eventTime: values.date,
            values,
            source: 'KAFKA',
            batchId: null,
          },
        });
      }
      await bus.publish(batch);
    }
    const kafkaPublished = Date.now();
    await until('the Kafka records stored', async () => (await stored('kafka')) === RECORDS);
    const kafkaSeconds = (Date.now() - kafkaStart) / 1000;

    // 2. Over HTTP bulk, 4 requests in flight.
    const httpStart = Date.now();
    let next = 0;
    const lane = async () => {
      while (next < RECORDS) {
        const from = next;
        next = Math.min(RECORDS, next + 5_000);
        const records = [];
        for (let i = from; i < next; i++) records.push(row(i));
        await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/records', { ...dataset('http'), body: { records } }));
      }
    };
    await Promise.all([lane(), lane(), lane(), lane()]);
    const httpAccepted = Date.now();
    await until('the HTTP records stored', async () => (await stored('http')) === RECORDS);
    const httpSeconds = (Date.now() - httpStart) / 1000;

    // 3. Sealing.
    const sealStart = Date.now();
    const { snapshots } = await unwrap(api.ingestion.POST('/v1/datasets/{datasetId}/snapshots', dataset('kafka')));
    const sealSeconds = (Date.now() - sealStart) / 1000;

    const result = {
      records: RECORDS,
      kafkaPublishSeconds: (kafkaPublished - kafkaStart) / 1000,
      kafkaStoredSeconds: kafkaSeconds,
      kafkaRecordsPerSecond: Math.round(RECORDS / kafkaSeconds),
      httpAcceptedSeconds: (httpAccepted - httpStart) / 1000,
      httpStoredSeconds: httpSeconds,
      httpRecordsPerSecond: Math.round(RECORDS / httpSeconds),
      sealSeconds,
      snapshotBytes: snapshots[0].sizeBytes,
      machine: machine(),
    };
    console.log(`ingestion: ${RECORDS} records per path, service in its own process`);
    console.log(
      `  over Kafka:     ${result.kafkaRecordsPerSecond.toLocaleString()} records/s stored (${kafkaSeconds.toFixed(1)} s; publishing took ${result.kafkaPublishSeconds} s)`,
    );
    console.log(
      `  over HTTP bulk: ${result.httpRecordsPerSecond.toLocaleString()} records/s stored (${httpSeconds.toFixed(1)} s; accepted in ${result.httpAcceptedSeconds} s)`,
    );
    console.log(`  seal ${RECORDS} rows: ${sealSeconds.toFixed(2)} s (${(result.snapshotBytes / 1e6).toFixed(1)} MB)`);
    console.log(JSON.stringify(result));
  } finally {
    await stopServices([service], ['ingestion'], suffix, DATABASE_URL);
    await bus.disconnect();
    await bus.admin.deleteTopicsWithPrefix(prefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
