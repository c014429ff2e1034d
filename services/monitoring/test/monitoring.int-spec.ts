import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { EventCodec, HEADER } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type DriftDetected, type PredictionServed } from '@loopgate/contracts';
import { PENGUINS_SPEC, readFlights } from '@loopgate/datasets';
import {
  adaptImportedModel,
  canonicalDefinition,
  definitionVersion,
  type ImportManifest,
  referenceProfile,
  type FeatureDefinition,
} from '@loopgate/ml';
import { type ServiceUnderTest, startServiceUnderTest, testClient, waitFor } from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadMonitoringConfig, SERVICE_NAME } from '../src/monitoring.config';

type Row = Record<string, unknown>;
const codec = new EventCodec();
const WINDOW = 2_000;

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical'] },
  ],
};

describe('monitoring: drift of served inputs on Kafka and Postgres, real flights', () => {
  let service: ServiceUnderTest;
  let api: LoopgateClient;
  let january: Row[];
  let laterJanuary: Row[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadMonitoringConfig,
      module: AppModule.register,
      record: ['monitoring.signals'],
      env: {
        MONITORING_WINDOW_SIZE: String(WINDOW),
        MONITORING_MIN_WINDOW: '500',
        MONITORING_WINDOW_MS: '3600000',
        MONITORING_PREDICTION_RETENTION_MS: '1800000',
        MONITORING_RETENTION_INTERVAL_MS: '200',
      },
    });
    api = testClient({ monitoring: service.url });
    const flights = (await readFlights(0, 240_000)).map((f) => ({
      date: f.date,
      distance: f.distance,
      origin: f.origin,
    }));
    january = flights.slice(0, 100_000);
    // Spread over two days: a window of consecutive flights covers an hour or two, and the hour of
    // departure really does differ from a whole month's (drift of a too-short window, not of the source).
    laterJanuary = flights
      .slice(100_000, 240_000)
      .filter((_, i) => i % 35 === 0)
      .slice(0, 2 * WINDOW);
    // The reference, as features announces it with the training set of model v1.
    const snapshotId = randomBytes(32).toString('hex');
    const version = definitionVersion(definition);
    await service.env.bus.publish([
      {
        type: 'FeatureSetMaterialized',
        payload: {
          featureSetId: 'flights-delay',
          version,
          snapshotId,
          datasetId: 'flights',
          trainingSet: { uri: 'file:///t', sha256: 'a'.repeat(64), sizeBytes: 1 },
          rowCount: january.length,
          profile: referenceProfile(definition, january),
          definition: canonicalDefinition(definition),
          entityKey: 'flightId',
          eventTimeField: 'date',
          labelField: 'delayed',
          segmentFields: [],
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
          codeVersion: 'git:x',
          model: { uri: 'file:///m', sha256: 'b'.repeat(64), sizeBytes: 1 },
          metrics: {},
        },
      },
    ]);
    const db = service.app.get(DataSource);
    await waitFor(
      'the lineage stored',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM "${service.schema}"."reference_profiles"`))[0].n === 1 &&
        (await db.query(`SELECT count(*)::int AS n FROM "${service.schema}"."monitored_versions"`))[0].n === 1,
    );
  });

  afterAll(() => service?.stop());

  /** Predictions of v1, at the given event times (default: now); one entity keeps them on one partition, in order. */
  const serve = (
    rows: Row[],
    times: Date[] = [],
    entityId?: string,
    score = 0.3,
    unseen: (i: number) => string[] = () => [],
  ) =>
    service.env.bus.publish(
      rows.map((inputs, i): { type: 'PredictionServed'; payload: PredictionServed; time?: Date } => ({
        type: 'PredictionServed',
        payload: {
          predictionId: randomUUID(),
          entityId: entityId ?? randomUUID(),
          modelName: 'delay',
          version: 1,
          route: 'PRIMARY',
          inputs: inputs as PredictionServed['inputs'],
          score,
          label: 0,
          latencyMicros: 500,
          segments: {},
          unseenCategories: unseen(i),
          task: 'binary',
          probabilities: {},
        },
        time: times[i],
      })),
    );
  const reports = async () =>
    (
      await unwrap(
        api.monitoring.GET('/v1/models/{modelName}/drift-reports', { params: { path: { modelName: 'delay' } } }),
      )
    ).items;
  const signals = () =>
    service.messages
      .filter((m) => m.headers[HEADER.type] === 'DriftDetected')
      .map((m) => codec.decode(m.value).payload as DriftDetected);

  it('measures a window like the reference as no drift, and raises nothing', async () => {
    await serve(laterJanuary.slice(0, WINDOW));
    const [report] = await waitFor('the first report', async () => {
      const found = await reports();
      return found.length === 1 && found;
    });
    expect(report).toMatchObject({ severity: 'OK', windowSize: WINDOW, unseenCategories: { origin: 0 } });
    expect(report.features.map((f) => f.feature)).toEqual(['distance', 'origin', 'departure']);
    expect(report.features.every((f) => f.psi < 0.1)).toBe(true);
    expect(signals()).toEqual([]);
  });

  it('raises DriftDetected on shifted inputs, naming the features, thresholds and window', async () => {
    // Long flights from one airport only: the distance bins and the origin mix both move.
    await serve(
      laterJanuary
        .slice(WINDOW, 2 * WINDOW)
        .map((r) => ({ ...r, distance: Number(r.distance) * 3 + 500, origin: 'SFO' })),
    );
    const signal = await waitFor('DriftDetected', () => signals()[0]);
    expect(signal).toMatchObject({
      modelName: 'delay',
      version: 1,
      severity: 'ALERT',
      owner: 'ml-platform',
      window: { size: WINDOW },
    });
    expect(signal.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual(['distance', 'origin']);
    expect(signal.features.find((f) => f.feature === 'distance')).toMatchObject({ threshold: 0.25 });
    expect(signal.features.find((f) => f.feature === 'distance')!.ks).toBeGreaterThan(0.3);
    expect(signal.features.find((f) => f.feature === 'departure')).toMatchObject({ drifted: false });
  });

  it('closes a window that spans the time limit; a tiny one says nothing, however shifted', async () => {
    const before = (await reports()).length;
    const signalsBefore = signals().length;
    // An hour of a quiet model: 100 predictions of shifted inputs, then the first of the next hour closes the window.
    const hourAgo = Date.now() - 3 * 3_600_000;
    const at = (offsetMs: number) => new Date(hourAgo + offsetMs);
    const tiny = laterJanuary
      .slice(0, 101)
      .map((r) => ({ ...r, distance: Number(r.distance) * 3 + 500, origin: 'SFO' }));
    await serve(
      tiny,
      tiny.map((_, i) => at(i < 100 ? i * 1_000 : 3_600_000)),
      'quiet-hours',
    );
    // The next hour: 1,500 ordinary predictions across both days (the daily cycle whole; fewer would show
    // the many airports' PSI inflated by sampling alone), closed the same way, are judged.
    const next = laterJanuary.filter((_, i) => i % 2 === 0).slice(0, 1_501);
    await serve(
      next,
      next.map((_, i) => at(3_600_001 + (i < 1_500 ? i * 2_000 : 3_600_000))),
      'quiet-hours',
    );
    const found = await waitFor('the report of the second hour', async () => {
      const all = await reports();
      return all.length > before && all;
    });
    expect(found.length).toBe(before + 1); // the tiny window left no report
    expect(found[0]).toMatchObject({ severity: 'OK', windowSize: 1_501 });
    expect(signals()).toHaveLength(signalsBefore);
  });

  it('keeps served predictions for the join only as long as the retention', async () => {
    const db = service.app.get(DataSource);
    const count = async (where: string) =>
      (
        await db.query(`SELECT count(*)::int AS n FROM "${service.schema}"."served_predictions" WHERE ${where}`, [
          Date.now() - 1_800_000,
        ])
      )[0].n as number;
    // The quiet hours above were served one to three hours ago (the retention is 30 minutes), on one partition; one more prediction now on the
    // same partition is stored after them, so once it is in, they were stored too.
    await serve(laterJanuary.slice(0, 1), [new Date()], 'quiet-hours');
    await waitFor('the newest prediction stored', async () => (await count('"served_at" >= $1')) === 2 * WINDOW + 1);
    await waitFor('the old predictions deleted', async () => (await count('"served_at" < $1')) === 0);
    expect(await count('"served_at" >= $1')).toBe(2 * WINDOW + 1);
  });

  it('raises DriftDetected on scores that moved while the inputs did not (prediction drift)', async () => {
    const before = signals().length;
    // Inputs like the reference, across both days; the scores differ from the version's first window (all 0.3).
    // Serving reported every fourth row's origin as a category the model had not seen. One entity keeps the rows in order: the
    // window may also hold the one prediction the retention test left, and then closes before this batch's last row (not an unseen one).
    await serve(laterJanuary.filter((_, i) => i % 2 === 0).slice(0, WINDOW), [], 'prediction-drift', 0.8, (i) =>
      i % 4 === 0 ? ['origin'] : [],
    );
    const signal = await waitFor(
      'DriftDetected on the scores',
      () => signals().length > before && signals()[signals().length - 1],
    );
    expect(signal.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual(['__score__']);
    expect((await reports())[0].unseenCategories).toEqual({ origin: Math.ceil(WINDOW / 4) / WINDOW });
  });

  it('measures the drift of a model trained elsewhere against its evaluation snapshot, on the raw fields it reads', async () => {
    // A scikit-learn pipeline imported by training (libs/ml/test/fixtures/imported), evaluated on a snapshot of penguins.
    const fixtures = join(__dirname, '../../../libs/ml/test/fixtures/imported');
    const manifest = JSON.parse(
      readFileSync(join(fixtures, 'penguins-sklearn-pipeline.manifest.json'), 'utf8'),
    ) as ImportManifest;
    const { model } = adaptImportedModel(readFileSync(join(fixtures, 'penguins-sklearn-pipeline.onnx')), manifest, {
      datasetId: 'penguins',
      fields: PENGUINS_SPEC.fields,
      labelField: 'species',
    });
    const penguins = (JSON.parse(readFileSync(join(fixtures, 'expected-scores.json'), 'utf8')) as { rows: Row[] }).rows;
    const snapshotId = randomBytes(32).toString('hex');
    const artifact = await service.store.put(
      Buffer.from(
        penguins.map((r, i) => `${JSON.stringify({ __row_id: String(i), __arrived_at: i, ...r })}\n`).join(''),
      ),
    );
    await service.env.bus.publish([
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId: 'penguins',
          specVersion: 1,
          rowCount: penguins.length,
          eventTimeFrom: 0,
          eventTimeTo: penguins.length,
          schemaFingerprint: 'f',
          artifact,
          sealReason: 'REQUEST',
        },
      },
      {
        type: 'VersionRegistered',
        payload: {
          modelName: 'penguins-imported',
          version: 1,
          runId: randomUUID(),
          snapshotId,
          featureSetVersion: 'onnx:0123456789abcdef',
          codeVersion: 'git:x',
          model: await service.store.put(Buffer.from(model)),
          metrics: {},
        },
      },
    ]);
    const db = service.app.get(DataSource);
    // Snapshot and version arrive on two topics, in either order; predictions of the version come later.
    const known = async (table: string, where: string) =>
      (await db.query(`SELECT count(*)::int AS n FROM "${service.schema}"."${table}" WHERE ${where}`, [snapshotId]))[0]
        .n === 1;
    await waitFor(
      'the version and its snapshot known',
      async () =>
        (await known('sealed_snapshots', 'snapshot_id = $1')) && known('monitored_versions', 'snapshot_id = $1'),
    );
    // Beaks 20 mm longer than any penguin of the snapshot, everything else as it was.
    const shifted = Array.from({ length: WINDOW }, (_, i) => penguins[i % penguins.length]).map(
      ({ species: _s, sex: _x, ...r }) => ({
        ...r,
        beakLengthMm: r.beakLengthMm === null ? null : Number(r.beakLengthMm) + 20,
      }),
    );
    await service.env.bus.publish(
      shifted.map((inputs): { type: 'PredictionServed'; payload: PredictionServed } => ({
        type: 'PredictionServed',
        payload: {
          predictionId: randomUUID(),
          entityId: 'penguin',
          modelName: 'penguins-imported',
          version: 1,
          route: 'PRIMARY',
          inputs: inputs as PredictionServed['inputs'],
          score: 0.9,
          label: null,
          latencyMicros: 500,
          segments: {},
          unseenCategories: [],
          task: 'multiclass',
          probabilities: {},
        },
      })),
    );
    const signal = await waitFor('DriftDetected of the imported model', () =>
      signals().find((d) => d.modelName === 'penguins-imported'),
    );
    expect(signal.features.map((f) => f.feature).sort()).toEqual([
      'beakDepthMm',
      'beakLengthMm',
      'bodyMassG',
      'flipperLengthMm',
      'island',
    ]);
    expect(signal.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual(['beakLengthMm']);
    // The reference was taken once, when the first window needed it, and kept.
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM "${service.schema}"."reference_profiles" WHERE snapshot_id = $1`,
          [snapshotId],
        )
      )[0].n,
    ).toBe(1);
  });
});
