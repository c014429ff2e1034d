/**
 * Serving side by side with its floors, on one machine (load generator included):
 *   1. raw onnxruntime `session.run` in this process: single rows and batches of 1,000;
 *   2. a bare Fastify hello-world under autocannon;
 *   3. the serving service (own process, real Kafka for PredictionServed): single-row predictions at
 *      fixed rates and flat out, and batches of 1,000 rows.
 * The model: gradient-boosted trees (100 at most) with their preprocessing, trained on January flights.
 *
 *   npm run bench:serving
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { EventBus } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { flightRow, readFlights } from '@loopgate/datasets';
import { feedsForRows, MODEL_DATASET, servingContract, trainModel } from '@loopgate/ml';
import { machine, startService, stopServices, until } from '../harness';
import { unwrap } from '@loopgate/client';
import { announcedFlightsSpec, testAuthority, testClient } from '@loopgate/testing';

const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SERVING = 'http://127.0.0.1:3916';
const FASTIFY_PORT = 3917;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function cannon(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ duration: SECONDS, ...options });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    rps: Math.round((result['2xx'] + failed) / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failed,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(3);
}

async function main(): Promise<void> {
  const rows = (await readFlights(0, 120_000)).map(flightRow);
  const trained = trainModel(
    rows.filter((_, i) => i % 2 === 0),
    {
      task: 'binary',
      definition: {
        featureSetId: 'flights-delay',
        features: [
          { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
          { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 100, encoding: 'onehot' },
          { kind: 'categorical', name: 'destination', source: 'destination', minFrequency: 100, encoding: 'onehot' },
          { kind: 'datetime', name: 'departure', source: 'date', parts: ['hour', 'dayOfWeek', 'hourCyclical'] },
        ],
      },
      labelField: 'delayed',
      algorithm: 'gbdt',
      params: {},
      split: { strategy: 'time' as const, holdoutFraction: 0.2, seed: 42 },
      folds: null,
      segmentFields: [],
      sensitiveFields: [],
      minSegmentSize: 1,
      metadata: { [MODEL_DATASET]: 'flights' },
    },
  );
  const requests = rows
    .slice(0, 10_000)
    .map(({ delayed: _label, flightId, ...fields }) => ({ entityId: flightId, ...fields }));

  // 1. Raw session.run in this process.
  const session = await InferenceSession.create(Buffer.from(trained.onnx));
  const contract = servingContract(trained.onnx);
  const tensors = (batch: typeof requests) =>
    Object.fromEntries(
      Object.entries(feedsForRows(contract, batch).feeds).map(([n, t]) => [n, new Tensor(t.type, t.data, t.dims)]),
    );
  const singles = requests.slice(0, 5_000).map((r) => tensors([r]));
  for (const feeds of singles.slice(0, 200)) await session.run(feeds);
  const singleLatencies: number[] = [];
  let started = performance.now();
  for (const feeds of singles) {
    const t = performance.now();
    await session.run(feeds);
    singleLatencies.push(performance.now() - t);
  }
  const rawSingle = {
    perSecond: Math.round(singles.length / ((performance.now() - started) / 1000)),
    p50: percentile(
      singleLatencies.sort((a, b) => a - b),
      50,
    ),
    p99: percentile(singleLatencies, 99),
  };
  const batches = Array.from({ length: 10 }, (_, i) => tensors(requests.slice(i * 1_000, (i + 1) * 1_000)));
  started = performance.now();
  for (let round = 0; round < 5; round++) for (const feeds of batches) await session.run(feeds);
  const rawBatchRowsPerSecond = Math.round(50_000 / ((performance.now() - started) / 1000));
  await session.release();

  // 2. Bare Fastify.
  const fastify = spawn(process.execPath, [join(__dirname, 'fastify-hello.js')], {
    env: { ...process.env, PORT: String(FASTIFY_PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await until('fastify', async () => (await fetch(`http://127.0.0.1:${FASTIFY_PORT}/`)).ok, 30_000);
  const fastifyFlat = await cannon({ url: `http://127.0.0.1:${FASTIFY_PORT}/`, connections: 32 });
  fastify.kill('SIGTERM');

  // 3. The serving service.
  const suffix = randomBytes(4).toString('hex');
  const prefix = `bench_${suffix}.`;
  const artifacts = mkdtempSync(join(tmpdir(), 'bench-artifacts-'));
  const bus = new EventBus({ brokers: BROKERS.split(','), service: 'bench', serviceVersion: '0', topicPrefix: prefix });
  await bus.ensureTopics();
  await bus.connect();
  // The services verify the benches' tokens against this key, as they would governance's.
  await testAuthority().publishKey(bus);
  const serving = startService('serving', 3916, {
    SUFFIX: suffix,
    TOPIC_PREFIX: prefix,
    DATABASE_URL,
    KAFKA_BROKERS: BROKERS,
    ARTIFACT_STORE_URI: `file://${artifacts}`,
    SERVING_LATENCY_BUDGET_MS: '1000',
  });
  const api = testClient({ serving: SERVING });
  try {
    await until('serving', async () => (await api.serving.GET('/health/ready')).response.ok, 60_000);
    const model = await new LocalArtifactStore(artifacts).put(Buffer.from(trained.onnx));
    // Serving holds rows to the spec of the model's dataset, as ingestion announces it.
    await bus.publish([{ type: 'DatasetSpecRegistered', payload: announcedFlightsSpec() }]);
    await bus.publish([
      {
        type: 'StageChanged',
        payload: {
          modelName: 'delay',
          version: 1,
          fromStage: 'CANDIDATE',
          toStage: 'PRODUCTION',
          trafficPercent: null,
          model,
          reason: 'bench',
        },
      },
    ]);
    await until(
      'the model deployed',
      async () => (await unwrap(api.serving.GET('/v1/deployments'))).some((d) => d.primary !== null),
      60_000,
    );
    const singleBodies = requests.map((r) => JSON.stringify({ rows: [r] }));
    const batchBodies = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({ rows: requests.slice(i * 1_000, (i + 1) * 1_000) }),
    );
    const rotate = (bodies: string[]) => {
      let next = 0;
      return [
        { setupRequest: (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
      ];
    };
    const predict = {
      url: `${SERVING}/v1/models/delay/predict`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testAuthority().token()}` },
    };
    await cannon({ ...predict, connections: 8, duration: 3, requests: rotate(singleBodies) }); // warm-up
    const at1000 = await cannon({ ...predict, connections: 16, overallRate: 1_000, requests: rotate(singleBodies) });
    const at2000 = await cannon({ ...predict, connections: 16, overallRate: 2_000, requests: rotate(singleBodies) });
    const flat = await cannon({ ...predict, connections: 32, requests: rotate(singleBodies) });
    const batch = await cannon({ ...predict, connections: 4, requests: rotate(batchBodies) });

    const result = {
      rawSessionSingle: rawSingle,
      rawSessionBatchRowsPerSecond: rawBatchRowsPerSecond,
      fastifyHelloWorld: fastifyFlat,
      servingSingleAt1000: at1000,
      servingSingleAt2000: at2000,
      servingSingleFlatOut: flat,
      servingBatch1000: { ...batch, rowsPerSecond: batch.rps * 1_000 },
      overheadVsFastify: +(fastifyFlat.rps / flat.rps).toFixed(1),
      machine: machine(),
    };
    console.log('serving: gradient-boosted trees with preprocessing, load generator on the same machine');
    console.log(
      `  raw session.run:        ${rawSingle.perSecond.toLocaleString()} single rows/s (p50 ${rawSingle.p50} ms, p99 ${rawSingle.p99} ms); ${rawBatchRowsPerSecond.toLocaleString()} rows/s in batches of 1,000`,
    );
    console.log(
      `  bare Fastify:           ${fastifyFlat.rps.toLocaleString()} req/s, p50 ${fastifyFlat.p50} ms, p99 ${fastifyFlat.p99} ms`,
    );
    console.log(
      `  serving, 1,000/s:       ${at1000.rps} req/s, p50 ${at1000.p50} ms, p99 ${at1000.p99} ms, ${at1000.errors} errors`,
    );
    console.log(
      `  serving, 2,000/s:       ${at2000.rps} req/s, p50 ${at2000.p50} ms, p99 ${at2000.p99} ms, ${at2000.errors} errors`,
    );
    console.log(
      `  serving, flat out:      ${flat.rps} req/s, p50 ${flat.p50} ms, p99 ${flat.p99} ms, ${flat.errors} errors (${result.overheadVsFastify}x below Fastify)`,
    );
    console.log(
      `  serving, 1,000-row batches: ${result.servingBatch1000.rowsPerSecond.toLocaleString()} rows/s, p50 ${batch.p50} ms, p99 ${batch.p99} ms`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await stopServices([serving], ['serving'], suffix, DATABASE_URL);
    await bus.disconnect();
    await bus.admin.deleteTopicsWithPrefix(prefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
