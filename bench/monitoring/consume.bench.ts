/**
 * Monitoring's throughput: a backlog of PredictionServed (real flights inputs, one model version with
 * its reference profile) and their LabelObserved is waiting on the topics when the monitoring service
 * starts; measured is how fast each of its consumer groups works through it (drift windows, SLO
 * windows, stored predictions with canary checks, outcomes joined and judged), in predictions/s.
 *
 *   npm run bench:monitoring      BENCH_PREDICTIONS=200000 (default)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { EventBus, type OutgoingEvent } from '@loopgate/bus';
import { readFlights } from '@loopgate/datasets';
import { canonicalDefinition, definitionVersion, referenceProfile, type FeatureDefinition } from '@loopgate/ml';
import { freePort } from '@loopgate/testing';
import { machine, startService, stopServices, until } from '../harness';

const PREDICTIONS = Number(process.env.BENCH_PREDICTIONS ?? 200_000);
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const GROUPS = {
  drift: 'predictions',
  slo: 'slo',
  'stored + canary': 'served',
  'outcomes judged': 'outcomes',
} as const;

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical'] },
  ],
};

async function main(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const prefix = `bench_${suffix}.`;
  const bus = new EventBus({ brokers: BROKERS, service: 'bench', serviceVersion: '0.0.0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  const flights = (await readFlights(0, 100_000 + PREDICTIONS)) as unknown as Array<Record<string, unknown>>;
  const snapshotId = randomBytes(32).toString('hex');
  const version = definitionVersion(definition);
  await bus.publish([
    {
      type: 'FeatureSetMaterialized',
      payload: {
        featureSetId: 'flights-delay',
        version,
        snapshotId,
        datasetId: 'flights',
        trainingSet: { uri: 'file:///t', sha256: 'a'.repeat(64), sizeBytes: 1 },
        rowCount: 100_000,
        profile: referenceProfile(definition, flights.slice(0, 100_000)),
        definition: canonicalDefinition(definition),
        entityKey: 'flightId',
        eventTimeField: 'date',
        labelField: 'delayed',
        segmentFields: ['origin'],
        sensitiveFields: [],
        labelsWithoutFeatures: 0,
      },
    },
    {
      type: 'VersionRegistered',
      payload: {
        modelName: 'delay',
        version: 1,
        runId: randomUUID(),
        snapshotId,
        featureSetVersion: version,
        codeVersion: 'bench',
        model: { uri: 'file:///m', sha256: 'b'.repeat(64), sizeBytes: 1 },
        metrics: {},
      },
    },
  ]);
  const served = flights
    .slice(100_000)
    .map((f, i) => ({ predictionId: randomUUID(), entityId: `f-${i}`, flight: f, score: ((i * 7919) % 1000) / 1000 }));
  const publishStarted = performance.now();
  for (let from = 0; from < served.length; from += 10_000) {
    const batch = served.slice(from, from + 10_000);
    await bus.publish(
      batch.map((s): OutgoingEvent => ({
        type: 'PredictionServed',
        payload: {
          predictionId: s.predictionId,
          entityId: s.entityId,
          modelName: 'delay',
          version: 1,
          route: 'PRIMARY',
          inputs: {
            date: s.flight.date as number,
            distance: s.flight.distance as number,
            origin: s.flight.origin as string,
          },
          score: s.score,
          label: s.score >= 0.5 ? 1 : 0,
          latencyMicros: 2_000,
          segments: { origin: s.flight.origin as string },
          unseenCategories: [],
          task: 'binary',
          probabilities: {},
        },
      })),
    );
    await bus.publish(
      batch.map((s): OutgoingEvent => ({
        type: 'LabelObserved',
        payload: {
          datasetId: 'flights',
          entityId: s.entityId,
          eventTime: s.flight.date as number,
          observedAt: Date.now(),
          predictionId: s.predictionId,
          label: Number(s.flight.delay) > 15 ? 1 : 0,
        },
      })),
    );
  }
  console.log(
    `backlog: ${PREDICTIONS} PredictionServed and as many LabelObserved published in ${((performance.now() - publishStarted) / 1000).toFixed(1)} s`,
  );

  const port = await freePort();
  const started = performance.now();
  const monitoring = startService('monitoring', port, {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    KAFKA_BROKERS: BROKERS.join(','),
    DATABASE_URL,
    MONITORING_WINDOW_SIZE: '10000',
  });
  try {
    const results: string[] = [];
    const pending = new Map(Object.entries(GROUPS));
    await until(
      'every group to consume the backlog',
      async () => {
        for (const [name, group] of pending) {
          const topic = group === 'outcomes' ? `${prefix}ingest.labels` : `${prefix}serving.predictions`;
          const committed = await bus.admin.committedOffsets(`${prefix}monitoring.${group}`, topic);
          const consumed = committed.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
          if (consumed >= PREDICTIONS) {
            const seconds = (performance.now() - started) / 1000;
            results.push(
              `  ${name.padEnd(16)} ${seconds.toFixed(1)} s from start: ${Math.round(PREDICTIONS / seconds).toLocaleString()} predictions/s`,
            );
            pending.delete(name);
          }
        }
        return pending.size === 0;
      },
      1_200_000,
    );
    console.log(`monitoring (one process, start-up included) through ${PREDICTIONS} predictions and their outcomes:`);
    for (const line of results) console.log(line);
    console.log(JSON.stringify({ predictions: PREDICTIONS, machine: machine() }));
  } finally {
    await stopServices([monitoring], ['monitoring'], suffix, DATABASE_URL);
    await bus.admin.deleteTopicsWithPrefix(prefix);
    await bus.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
