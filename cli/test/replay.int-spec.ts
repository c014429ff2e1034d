import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { EventCodec, HEADER } from '@loopgate/bus';
import { type TrainingCompleted } from '@loopgate/contracts';
import { FLIGHTS_SPEC, readFlightsOfMonth } from '@loopgate/datasets';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS, waitFor } from '@loopgate/testing';
import { ReplayNamespace } from '../src/replay/replay-namespace';
import { type ReplayReport } from '../src/replay/replay';

const ROOT = join(__dirname, '../..');
const codec = new EventCodec();
const MODEL = 'delay-replayed';
const FEATURE_SET = {
  featureSetId: 'flights-replayed',
  datasetId: 'flights',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};

/**
 * An original run (ingestion to registry, every stage a process) on two snapshots of real flights, then
 * `loopgate replay` of its records and outcomes into a namespace of its own: the same snapshots, training
 * sets, model bytes and gate results come out. Then a replay of one training set by offsets.
 */
describe('loopgate replay', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const environment = {
    kafkaBrokers: TEST_KAFKA_BROKERS.join(','),
    databaseUrl: TEST_DATABASE_URL,
    artifactStoreUri: `file://${mkdtempSync(join(tmpdir(), 'replay-artifacts-'))}`,
  };
  const original = new ReplayNamespace(`original-${suffix}`, environment);
  let recorder: ReturnType<typeof original.bus.recorder>;
  let token: string;

  const call = async (
    stage: 'ingestion' | 'features' | 'training' | 'registry',
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await fetch(`${original.urls[stage]}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ records: number; labels: number }>;
  };
  const completed = () =>
    recorder.messages
      .filter((m) => m.headers[HEADER.type] === 'TrainingCompleted')
      .map((m) => codec.decode(m.value).payload as TrainingCompleted);
  const replayCommand = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [
        '-r',
        join(ROOT, 'tools/register.js'),
        join(ROOT, 'cli/src/loopgate.ts'),
        'replay',
        ...args,
        '--json',
        '--idle-ms',
        '3000',
      ],
      {
        env: {
          ...process.env,
          KAFKA_BROKERS: environment.kafkaBrokers,
          DATABASE_URL: environment.databaseUrl,
          ARTIFACT_STORE_URI: environment.artifactStoreUri,
          LOOPGATE_TOKEN: token,
          LOG_LEVEL: 'error',
          TOPIC_PREFIX: original.prefix,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, report: JSON.parse(stdout) as ReplayReport, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        report: (error.stdout ? JSON.parse(error.stdout) : null) as ReplayReport,
        stderr: error.stderr,
      }),
    );
  const sources = () =>
    ['ingestion', 'features', 'training', 'registry']
      .map((stage) => `${stage}=${original.urls[stage as 'ingestion']}`)
      .join(',');

  beforeAll(async () => {
    await original.create();
    recorder = original.bus.recorder([`${original.prefix}training.runs`]);
    await recorder.start();
    await original.start(['ingestion', 'validation', 'features', 'training', 'registry'], () => undefined);
    token = await original.authority.token({ name: 'product-team' });
    // Halves of 2,500 flights: origin's PSI between them is noise over 0.25 (many rare airports), not a shift.
    await call('ingestion', 'POST', '/v1/datasets/flights/specs', {
      ...FLIGHTS_SPEC,
      checks: { psiWarn: 0.4, psiFail: 0.8 },
    });
    await waitFor('features to know the spec', () =>
      call('features', 'POST', '/v1/feature-sets', FEATURE_SET).then(
        () => true,
        () => false,
      ),
    );
    await call('training', 'PUT', `/v1/models/${MODEL}`, {
      featureSetId: FEATURE_SET.featureSetId,
      algorithm: 'gbdt',
      params: { maxIterations: '20' },
      seed: 7,
      minSegmentSize: 50,
    });
    await call('registry', 'PUT', `/v1/models/${MODEL}/policy`, {
      minMetrics: { auc: 0.5 },
      autoRelease: { canaryPercent: 10, toProduction: false },
    });
    let sent = 0;
    // Two snapshots of January (alternate flights: alike, so validation accepts the second against the first).
    const january = await readFlightsOfMonth(1, 5_000);
    for (const part of [1, 2]) {
      const flights = january.filter((_, i) => i % 2 === part - 1);
      const id = (i: number) => `2001-1-${part}-${i}`;
      await call('ingestion', 'POST', '/v1/datasets/flights/records', {
        records: flights.map((f, i) => ({
          flightId: id(i),
          date: f.date,
          distance: f.distance,
          origin: f.origin,
          destination: f.destination,
        })),
      });
      await call('ingestion', 'POST', '/v1/datasets/flights/labels', {
        labels: flights.map((f, i) => ({ entityId: id(i), eventTime: f.date, label: f.delay > 15 })),
      });
      sent += flights.length;
      await waitFor(
        'ingestion to hold the month',
        async () => {
          const s = await call('ingestion', 'GET', '/v1/datasets/flights/stats');
          return s.records >= sent && s.labels >= sent;
        },
        { timeoutMs: 60_000 },
      );
      await call('ingestion', 'POST', '/v1/datasets/flights/snapshots', {});
      await waitFor(
        `the model of part ${part}`,
        () => completed().length >= part || recorder.messages.some((m) => m.headers[HEADER.type] === 'TrainingFailed'),
        { timeoutMs: 120_000 },
      );
    }
  }, 400_000);

  afterAll(async () => {
    await recorder?.stop();
    await original.stop();
    await original.remove();
  });

  it('replays the records and outcomes: the same snapshots, training sets, model bytes and gates', async () => {
    const { code, report, stderr } = await replayCommand(['--namespace', `replay-${suffix}`, '--source', sources()]);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(report.plan.stages).toEqual(['ingestion', 'validation', 'features', 'training', 'registry']);
    expect(report.copied).toMatchObject({
      inputs: 10_000,
      seals: 2,
      declarations: { specs: 1, featureSets: 1, models: 1, policies: 1 },
    });
    const models = report.outputs.filter((o) => o.type === 'TrainingCompleted');
    expect(models.map((o) => o.replayed)).toEqual(completed().map((c) => `${MODEL}: model sha256 ${c.model.sha256}`));
    expect(report.outputs.filter((o) => !o.same)).toEqual([]);
    expect(new Set(report.outputs.map((o) => o.type))).toEqual(
      new Set([
        'SnapshotSealed',
        'SnapshotValidated',
        'FeatureSetMaterialized',
        'TrainingCompleted',
        'VersionRegistered',
        'GateEvaluated',
        'StageChanged',
      ]),
    );
    // Without --keep the namespace goes: its topics and schemas.
    expect(await original.bus.admin.topicsWithPrefix(`replay-${suffix}.`)).toEqual([]);
    const client = new Client({ connectionString: environment.databaseUrl });
    await client.connect();
    const schemas = await client.query(
      `SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE $1`,
      [`replay_${suffix}_%`],
    );
    await client.end();
    expect(schemas.rows).toEqual([]);
  }, 400_000);

  it('replays one training set by offsets: training alone reproduces its model byte for byte', async () => {
    const { code, report } = await replayCommand([
      '--topics',
      'features.sets',
      '--stages',
      'training',
      '--from',
      '0:0',
      '--to',
      '0:1',
      '--namespace',
      `replay-sets-${suffix}`,
      '--source',
      sources(),
    ]);
    expect(code).toBe(0);
    expect(report.plan.stages).toEqual(['training']);
    expect(report.outputs.find((o) => o.type === 'TrainingCompleted')).toEqual({
      type: 'TrainingCompleted',
      position: 1,
      original: `${MODEL}: model sha256 ${completed()[0]!.model.sha256}`,
      replayed: `${MODEL}: model sha256 ${completed()[0]!.model.sha256}`,
      same: true,
    });
  }, 400_000);
});
