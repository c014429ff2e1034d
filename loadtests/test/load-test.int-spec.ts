import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventCodec, HEADER } from '@loopgate/bus';
import { LocalArtifactStore } from '@loopgate/artifacts';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type LoadTestCompleted } from '@loopgate/contracts';
import { MODEL_DATASET, trainModel } from '@loopgate/ml';
import {
  announcedFlightsSpec,
  createTestBus,
  freePort,
  openTestDatabase,
  TEST_DATABASE_URL,
  TEST_KAFKA_BROKERS,
  testAuthority,
  type TestBus,
  testClient,
  uniqueName,
  waitFor,
} from '@loopgate/testing';
import { flightRow, readFlights } from '@loopgate/datasets';
import { loadTestAndAnnounce, rowsOfSnapshot } from '../src';

const codec = new EventCodec();

describe('a load test against a real serving process', () => {
  let env: TestBus;
  let schema: string;
  let serving: ChildProcess;
  let url: string;
  let rows: Array<Record<string, unknown>>;
  let artifactsUri: string;
  let store: LocalArtifactStore;
  let api: LoopgateClient;

  beforeAll(async () => {
    env = await createTestBus('loadtests-test');
    schema = uniqueName('serving');
    const artifacts = mkdtempSync(join(tmpdir(), 'loadtests-artifacts-'));
    artifactsUri = `file://${artifacts}`;
    store = new LocalArtifactStore(artifacts);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = testClient({ serving: url });
    serving = spawn(
      process.execPath,
      ['-r', join(__dirname, '../../tools/register.js'), join(__dirname, '../../services/serving/src/main.ts')],
      {
        env: {
          ...process.env,
          PORT: String(port),
          TOPIC_PREFIX: env.prefix,
          DATABASE_SCHEMA: schema,
          DATABASE_URL: TEST_DATABASE_URL,
          KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
          ARTIFACT_STORE_URI: `file://${artifacts}`,
          LOG_LEVEL: 'error',
          SERVING_LATENCY_BUDGET_MS: '1000',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    rows = (await readFlights(0, 20_000)).map(flightRow);
    const model = trainModel(
      rows.filter((_, i) => i % 2 === 0),
      {
        task: 'binary',
        definition: {
          featureSetId: 'flights-delay',
          features: [
            { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
            { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
            { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical'] },
          ],
        },
        labelField: 'delayed',
        algorithm: 'gbdt',
        params: { maxIterations: '30' },
        split: { strategy: 'time' as const, holdoutFraction: 0.2, seed: 42 },
        folds: null,
        segmentFields: [],
        sensitiveFields: [],
        minSegmentSize: 1,
        metadata: { [MODEL_DATASET]: 'flights' },
      },
    );
    const artifact = await store.put(Buffer.from(model.onnx));
    await waitFor('serving to be ready', async () => (await api.serving.GET('/health/ready')).response.ok, {
      timeoutMs: 60_000,
    });
    await env.bus.publish([{ type: 'DatasetSpecRegistered', payload: announcedFlightsSpec() }]);
    await env.bus.publish([
      {
        type: 'StageChanged',
        payload: {
          modelName: 'delay',
          version: 4,
          fromStage: 'CANDIDATE',
          toStage: 'CANARY',
          trafficPercent: 5,
          model: artifact,
          reason: 'load test it',
        },
      },
    ]);
    await waitFor(
      'the canary deployed',
      async () => (await unwrap(api.serving.GET('/v1/deployments'))).some((d) => d.canary !== null),
      { timeoutMs: 30_000 },
    );
  });

  /** The runner's own principal: a service that may read (predict with) every team's models. */
  const runnerToken = () =>
    testAuthority().token({ name: 'loadtests', kind: 'service', roles: [{ team: '*', role: 'viewer' }] });

  afterAll(async () => {
    serving?.kill('SIGTERM');
    if (serving && serving.exitCode === null) await new Promise((resolve) => serving.once('exit', resolve));
    await env.cleanup();
    await (await openTestDatabase([], [], schema)).cleanup();
  });

  it('replays the real rows of a snapshot against the canary at a fixed rate and announces the verdict', async () => {
    // The rows as ingestion seals them: a JSON-lines file in the artifact store, read back verified.
    const snapshot = await store.put(
      Buffer.from(
        rows
          .slice(0, 5_000)
          .map((r) => `${JSON.stringify(r)}\n`)
          .join(''),
      ),
    );
    const replayed = await rowsOfSnapshot(artifactsUri, snapshot);
    expect(replayed).toHaveLength(5_000);
    const recorder = env.bus.recorder([`${env.prefix}loadtest.results`]);
    await recorder.start();
    try {
      const plan = {
        servingUrl: url,
        modelName: 'delay',
        version: 4,
        rows: replayed,
        targetRps: 200,
        durationSeconds: 3,
        connections: 4,
        token: await runnerToken(),
      };
      const passing = await loadTestAndAnnounce(
        plan,
        { p99Ms: 1_000, maxErrorRate: 0.01, minRateShare: 0.5 },
        env.bus,
        'canary at 200 rps',
      );
      expect(passing).toMatchObject({ verdict: 'PASS', modelName: 'delay', version: 4, errorRate: 0 });
      expect(passing.requests).toBeGreaterThan(300);
      expect(passing.p99Ms).toBeGreaterThan(0);
      const failing = await loadTestAndAnnounce(
        { ...plan, durationSeconds: 1 },
        { p99Ms: 0.001, maxErrorRate: 0.01, minRateShare: 0.5 },
        env.bus,
        null,
      );
      expect(failing.verdict).toBe('FAIL');
      expect(failing.reasons[0]).toMatch(/^p99 .* ms above 0.001 ms$/);

      const announced = await waitFor(
        'both LoadTestCompleted',
        () => recorder.messages.length >= 2 && recorder.messages,
      );
      expect(announced.map((m) => m.headers[HEADER.type])).toEqual(['LoadTestCompleted', 'LoadTestCompleted']);
      const verdicts = announced
        .map((m) => codec.decode(m.value).payload as LoadTestCompleted)
        .map((e) => [e.loadTestId, e.verdict]);
      expect(verdicts).toEqual([
        [passing.loadTestId, 'PASS'],
        [failing.loadTestId, 'FAIL'],
      ]);
    } finally {
      await recorder.stop();
    }
  });

  it("measures a model of another dataset only on that dataset's rows: flights rows are refused, every one", async () => {
    // A second dataset: routes, with fields of their own (the flights' under other names).
    const routes = rows.map((r) => ({
      routeId: r.flightId,
      departure: r.date,
      miles: r.distance,
      airport: r.origin,
      late: r.delayed,
    }));
    const model = trainModel(routes, {
      task: 'binary',
      definition: {
        featureSetId: 'routes',
        features: [
          { kind: 'numeric', name: 'miles', source: 'miles', impute: 'median' },
          { kind: 'categorical', name: 'airport', source: 'airport', minFrequency: 20, encoding: 'onehot' },
        ],
      },
      labelField: 'late',
      algorithm: 'logistic_regression',
      params: {},
      split: { strategy: 'time' as const, holdoutFraction: 0.2, seed: 42 },
      folds: null,
      segmentFields: [],
      sensitiveFields: [],
      minSegmentSize: 1,
      metadata: { [MODEL_DATASET]: 'routes' },
    });
    const field = (name: string, type: 'STRING' | 'NUMBER' | 'INTEGER' | 'TIMESTAMP') => ({
      name,
      type,
      nullable: false,
      min: null,
      max: null,
      allowedValues: null,
    });
    await env.bus.publish([
      {
        type: 'DatasetSpecRegistered',
        payload: announcedFlightsSpec({
          datasetId: 'routes',
          fields: [
            field('routeId', 'STRING'),
            field('departure', 'TIMESTAMP'),
            field('miles', 'NUMBER'),
            field('airport', 'STRING'),
            field('late', 'INTEGER'),
          ],
          entityKey: 'routeId',
          eventTimeField: 'departure',
          labelField: 'late',
          segmentFields: [],
        }),
      },
    ]);
    await env.bus.publish([
      {
        type: 'StageChanged',
        payload: {
          modelName: 'routes',
          version: 1,
          fromStage: 'CANDIDATE',
          toStage: 'CANARY',
          trafficPercent: 5,
          model: await store.put(Buffer.from(model.onnx)),
          reason: 'load test it',
        },
      },
    ]);
    await waitFor(
      'the routes canary deployed',
      async () =>
        (await unwrap(api.serving.GET('/v1/deployments'))).some((d) => d.modelName === 'routes' && d.canary !== null),
      { timeoutMs: 30_000 },
    );
    const plan = {
      servingUrl: url,
      modelName: 'routes',
      version: 1,
      targetRps: 50,
      durationSeconds: 1,
      connections: 2,
      token: await runnerToken(),
    };
    const limits = { p99Ms: 1_000, maxErrorRate: 0.01, minRateShare: 0.5 };
    const onFlights = await loadTestAndAnnounce({ ...plan, rows }, limits, env.bus, null);
    expect(onFlights).toMatchObject({ verdict: 'FAIL', errorRate: 1 });
    const onRoutes = await loadTestAndAnnounce({ ...plan, rows: routes }, limits, env.bus, null);
    expect(onRoutes).toMatchObject({ verdict: 'PASS', errorRate: 0 });
  });

  it('fails a test of a version that is not deployed: every request is an error', async () => {
    const result = await loadTestAndAnnounce(
      {
        servingUrl: url,
        modelName: 'delay',
        version: 99,
        rows,
        targetRps: 50,
        durationSeconds: 1,
        connections: 2,
        token: await runnerToken(),
      },
      { p99Ms: 1_000, maxErrorRate: 0.01, minRateShare: 0.5 },
      env.bus,
      null,
    );
    expect(result.verdict).toBe('FAIL');
    expect(result.errorRate).toBe(1);
  });
});
