/**
 * The features and training services on real flights, each in its own process on the local broker,
 * Postgres and file store:
 *   1. materialization: an accepted snapshot of real flights (default: January and February 2001,
 *      966,409 rows) becomes offline-store rows, a point-in-time training set and a reference
 *      profile (rows/s);
 *   2. training: the materialization triggers a gradient-boosted-trees run in a child process with
 *      the feature definition of bench:ml; the time-based holdout is February, so its AUC compares
 *      with bench:ml's January -> February figure (BENCH_ROWS=N: the first N flights, last 20% held out);
 *   3. online store: N records streamed as RecordIngested, then single-entity lookups over HTTP
 *      (p50/p99 at 1 and 8 concurrent clients).
 *
 *   npm run bench:features
 *   BENCH_ROWS=100000 npm run bench:features
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBus, EventCodec, HEADER, type OutgoingEvent } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { type FeaturesComponents, type LoopgateClient, unwrap } from '@loopgate/client';
import { type DatasetSpecRegistered, type FeatureSetMaterialized, type TrainingCompleted } from '@loopgate/contracts';
import { flightRow, readFlights } from '@loopgate/datasets';
import { machine, startService, stopServices, until } from '../harness';
import { testAuthority, testClient } from '@loopgate/testing';

const MARCH = 966_409; // first row of March in flights-3m.parquet (sorted by date)
const FEBRUARY = 508_239;
const ROWS = Number(process.env.BENCH_ROWS ?? MARCH);
const HOLDOUT = process.env.BENCH_ROWS ? 0.2 : (MARCH - FEBRUARY) / MARCH;
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 5_000);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const FEATURES = 'http://127.0.0.1:3913';
const TRAINING = 'http://127.0.0.1:3914';

const field = (
  name: string,
  type: DatasetSpecRegistered['fields'][number]['type'],
  extra: Partial<DatasetSpecRegistered['fields'][number]> = {},
) => ({ name, type, nullable: false, min: null, max: null, allowedValues: null, ...extra });
const SPEC: DatasetSpecRegistered = {
  datasetId: 'flights',
  version: 1,
  specHash: 'bench',
  fields: [
    field('flightId', 'STRING'),
    field('date', 'TIMESTAMP'),
    field('distance', 'NUMBER'),
    field('origin', 'STRING'),
    field('destination', 'STRING'),
    field('delayed', 'INTEGER', { nullable: true }),
  ],
  entityKey: 'flightId',
  eventTimeField: 'date',
  labelField: 'delayed',
  segmentFields: ['origin'],
  sensitiveFields: [],
  freshnessSlaMs: null,
  sealing: { maxRows: null, windowMs: null },
  checks: {
    maxViolationRate: 0.01,
    maxNullRate: 0.05,
    maxDuplicateRate: 0.01,
    maxMissingLabelRate: 0.2,
    minClassShare: 0.05,
    psiWarn: 0.1,
    psiFail: 0.25,
    minRowsForShift: 1000,
  },
};
const FEATURE_SET: FeaturesComponents['schemas']['FeatureSetRequest'] = {
  featureSetId: 'flights-delay',
  datasetId: 'flights',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1_000, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination', source: 'destination', minFrequency: 1_000, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hour', 'dayOfWeek', 'hourCyclical'] },
  ],
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Lookups of `perRequest` random known entities (GET for one, POST .../lookup for more) by `clients` concurrent loops; latencies in ms. */
async function lookups(
  api: LoopgateClient,
  ids: readonly string[],
  total: number,
  clients: number,
  perRequest = 1,
): Promise<{ p50: number; p99: number; perSecond: number; entitiesPerSecond: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        next++;
        const wanted = Array.from({ length: perRequest }, () => ids[Math.floor(Math.random() * ids.length)]);
        const t = performance.now();
        // The answer is read as bytes, not parsed: the figure is the service's, not this client's JSON.parse.
        const { response } =
          perRequest === 1
            ? await api.features.GET('/v1/feature-sets/{featureSetId}/online/{entityId}', {
                params: { path: { featureSetId: 'flights-delay', entityId: wanted[0] } },
                parseAs: 'arrayBuffer',
              })
            : await api.features.POST('/v1/feature-sets/{featureSetId}/online/lookup', {
                params: { path: { featureSetId: 'flights-delay' } },
                body: { entityIds: wanted },
                parseAs: 'arrayBuffer',
              });
        if (!response.ok) throw new Error(`lookup of ${wanted.length} answered ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: +percentile(latencies, 50).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    perSecond: Math.round(total / seconds),
    entitiesPerSecond: Math.round((total * perRequest) / seconds),
  };
}

async function main(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `bench_${suffix}.`;
  const artifacts = mkdtempSync(join(tmpdir(), 'bench-artifacts-'));
  const store = new LocalArtifactStore(artifacts);
  const codec = new EventCodec();
  const bus = new EventBus({ brokers: BROKERS.split(','), service: 'bench', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  // The services verify the benches' tokens against this key, as they would governance's.
  await testAuthority().publishKey(bus);
  const recorder = bus.recorder([`${prefix}features.sets`, `${prefix}training.runs`]);
  await recorder.start();
  const env = {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    DATABASE_URL,
    KAFKA_BROKERS: BROKERS,
    ARTIFACT_STORE_URI: `file://${artifacts}`,
  };
  const services = [startService('features', 3913, env), startService('training', 3914, env)];
  const api = testClient({ features: FEATURES, training: TRAINING });
  const featureSet = { params: { path: { featureSetId: 'flights-delay' } } };
  const event = <T>(type: string) =>
    recorder.messages.filter((m) => m.headers[HEADER.type] === type).map((m) => codec.decode(m.value).payload as T)[0];
  try {
    await until('features', async () => (await api.features.GET('/health/ready')).response.ok);
    await until('training', async () => (await api.training.GET('/health/ready')).response.ok);
    await bus.publish([{ type: 'DatasetSpecRegistered', payload: SPEC }]);
    await until(
      'the spec at features',
      async () => (await api.features.POST('/v1/feature-sets', { body: FEATURE_SET })).response.status < 300,
    );
    await unwrap(
      api.training.PUT('/v1/models/{modelName}', {
        params: { path: { modelName: 'flights-delay-gbdt' } },
        body: {
          featureSetId: 'flights-delay',
          algorithm: 'gbdt',
          params: { maxIterations: '100', maxBins: '255' },
          holdoutFraction: HOLDOUT,
          minSegmentSize: 500,
        },
      }),
    );

    const rows = (await readFlights(0, ROWS)).map(flightRow);
    const artifact = await store.put(Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join('')));
    const snapshotId = randomBytes(32).toString('hex');
    await bus.publish([
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId: 'flights',
          specVersion: 1,
          rowCount: rows.length,
          eventTimeFrom: rows[0].date,
          eventTimeTo: rows[rows.length - 1].date,
          schemaFingerprint: 'bench',
          artifact,
          sealReason: 'REQUEST',
        },
      },
    ]);
    const accepted = Date.now();
    await bus.publish([
      {
        type: 'SnapshotValidated',
        payload: { snapshotId, datasetId: 'flights', reportId: 'bench', verdict: 'PASS', checks: [] },
      },
    ]);
    const materialized = await until('FeatureSetMaterialized', () =>
      event<FeatureSetMaterialized>('FeatureSetMaterialized'),
    );
    const materializedAt = Date.now();
    const [stored] = (await unwrap(api.features.GET('/v1/feature-sets/{featureSetId}/materializations', featureSet)))
      .items;
    await until('the end of the training run', () =>
      recorder.messages.some(
        (m) => m.headers[HEADER.type] === 'TrainingCompleted' || m.headers[HEADER.type] === 'TrainingFailed',
      ),
    );
    const completed = event<TrainingCompleted>('TrainingCompleted');
    if (!completed) throw new Error(`training failed: ${JSON.stringify(event('TrainingFailed'))}`);
    const trainedAt = Date.now();

    const onlineRows = rows.slice(0, Math.min(rows.length, 100_000));
    const streamStart = Date.now();
    for (let from = 0; from < onlineRows.length; from += 5_000) {
      const batch: OutgoingEvent[] = onlineRows.slice(from, from + 5_000).map((values) => ({
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
    const last = onlineRows[onlineRows.length - 1].flightId;
    await until(
      'the online store filled',
      async () =>
        (
          await api.features.GET('/v1/feature-sets/{featureSetId}/online/{entityId}', {
            params: { path: { featureSetId: 'flights-delay', entityId: last } },
          })
        ).response.ok,
    );
    const online = Date.now();
    const ids = onlineRows.map((r) => r.flightId);
    await lookups(api, ids, 500, 4); // warm-up
    const single = await lookups(api, ids, LOOKUPS, 1);
    const eight = await lookups(api, ids, LOOKUPS, 8);
    const batched = await lookups(api, ids, Math.ceil(LOOKUPS / 10), 4, 100);

    const result = {
      rows: rows.length,
      materializeSeconds: (materializedAt - accepted) / 1000,
      materializeRowsPerSecond: Math.round(rows.length / ((materializedAt - accepted) / 1000)),
      trainingSetBuildMs: stored.durationMs,
      trainingSetRows: materialized.rowCount,
      trainingSeconds: (trainedAt - materializedAt) / 1000,
      runDurationMs: completed.durationMs,
      trainRows: completed.trainRows,
      holdoutRows: completed.holdoutRows,
      auc: +completed.metrics.auc.toFixed(4),
      onlineRecords: onlineRows.length,
      onlineFillSeconds: (online - streamStart) / 1000,
      lookup1: single,
      lookup8: eight,
      lookupBatch100: batched,
      machine: machine(),
    };
    console.log(`features and training: ${rows.length} real flights, services in their own processes`);
    console.log(
      `  materialize: ${result.materializeRowsPerSecond.toLocaleString()} rows/s from verdict to FeatureSetMaterialized (${result.materializeSeconds} s; training set built in ${result.trainingSetBuildMs} ms)`,
    );
    console.log(
      `  train gbdt:  ${result.trainingSeconds} s from materialization to TrainingCompleted (run ${result.runDurationMs} ms, ${result.trainRows} train / ${result.holdoutRows} holdout rows, AUC ${result.auc})`,
    );
    console.log(
      `  online:      ${result.onlineRecords.toLocaleString()} records in ${result.onlineFillSeconds} s; lookups p50/p99 ${single.p50}/${single.p99} ms (1 client, ${single.perSecond}/s), ${eight.p50}/${eight.p99} ms (8 clients, ${eight.perSecond}/s); 100 per request: p50/p99 ${batched.p50}/${batched.p99} ms, ${batched.entitiesPerSecond.toLocaleString()} entities/s (4 clients)`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await recorder.stop();
    await stopServices(services, ['features', 'training'], suffix, DATABASE_URL);
    await bus.disconnect();
    await bus.admin.deleteTopicsWithPrefix(prefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
