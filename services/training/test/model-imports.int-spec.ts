import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LocalArtifactStore } from '@loopgate/artifacts';
import { type TrainingCompleted, type TrainingFailed, type TrainingRequested } from '@loopgate/contracts';
import { MODEL_DATASET, servingContract } from '@loopgate/ml';
import {
  announcedPenguinsSpec,
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadTrainingConfig, SERVICE_NAME } from '../src/training.config';

const codec = new EventCodec();
/** Models a team trained elsewhere (libs/ml/test/fixtures/imported/build_fixtures.py), and what onnxruntime-python answered on every penguin. */
const FIXTURES = join(__dirname, '../../../libs/ml/test/fixtures/imported');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected-scores.json'), 'utf8')) as {
  rows: Array<Record<string, unknown>>;
  outputs: Record<string, number[][]>;
};
const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];
/** Above every fixture (the largest is 66 KB), so only the oversized upload below meets it. */
const MAX_IMPORT_BYTES = 200_000;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the assertions read a few fields of each answer

describe('models trained elsewhere, imported into training on Kafka, Postgres and onnxruntime', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let url: string;
  let store: LocalArtifactStore;
  let messages: RecordedMessage[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadTrainingConfig,
      module: AppModule.register,
      record: ['training.runs'],
      env: { TRAINING_POLL_MS: '200', TRAINING_MAX_IMPORT_BYTES: String(MAX_IMPORT_BYTES) },
    });
    ({ env, url, store, messages } = service);
    await env.bus.publish([
      { type: 'DatasetSpecRegistered', payload: announcedPenguinsSpec() },
      {
        type: 'DatasetSpecRegistered',
        payload: announcedPenguinsSpec({ datasetId: 'penguins-mass', labelField: 'bodyMassG' }),
      },
    ]);
  });

  afterAll(() => service?.stop());

  const events = <T>(type: string) =>
    messages
      .filter((m) => m.headers[HEADER.type] === type)
      .map((m) => ({
        payload: codec.decode(m.value).payload as T,
        id: m.headers[HEADER.id],
        causation: m.headers[HEADER.causationId],
      }));
  const fixture = (name: string) => ({
    model: readFileSync(join(FIXTURES, `${name}.onnx`)),
    manifest: JSON.parse(readFileSync(join(FIXTURES, `${name}.manifest.json`), 'utf8')) as Json,
  });

  /** A snapshot as ingestion seals it (the platform's row id and arrival time first), and validation's verdict on it. */
  async function sealSnapshot(
    datasetId: string,
    rows: Array<Record<string, unknown>>,
    verdict: 'SnapshotValidated' | 'SnapshotQuarantined' = 'SnapshotValidated',
  ): Promise<string> {
    const snapshotId = randomBytes(32).toString('hex');
    const lines = rows.map((r, i) =>
      JSON.stringify({ __row_id: randomBytes(32).toString('hex'), __arrived_at: 1_700_000_000_000 + i, ...r }),
    );
    const artifact = await store.put(Buffer.from(`${lines.join('\n')}\n`));
    await env.bus.publish([
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId,
          specVersion: 1,
          rowCount: rows.length,
          eventTimeFrom: 1_700_000_000_000,
          eventTimeTo: 1_700_000_000_000 + rows.length,
          schemaFingerprint: 'f',
          artifact,
          sealReason: 'REQUEST',
        },
      },
    ]);
    const reportId = randomBytes(16).toString('hex');
    await env.bus.publish([
      verdict === 'SnapshotValidated'
        ? { type: verdict, payload: { snapshotId, datasetId, reportId, verdict: 'PASS', checks: [] } }
        : { type: verdict, payload: { snapshotId, datasetId, reportId, checks: [] } },
    ]);
    return snapshotId;
  }

  async function importModel(
    modelName: string,
    parts: { model?: Buffer; manifest?: unknown },
  ): Promise<{ status: number; body: Json }> {
    const form = new FormData();
    if (parts.model) form.append('model', new Blob([parts.model]), 'model.onnx');
    if (parts.manifest !== undefined)
      form.append(
        'manifest',
        new Blob([typeof parts.manifest === 'string' ? parts.manifest : JSON.stringify(parts.manifest)], {
          type: 'application/json',
        }),
        'manifest.json',
      );
    // The snapshot's verdict may still be on its way to training: a 409 that says so is asked again.
    for (;;) {
      const response = await authorizedFetch(`${url}/v1/models/${modelName}/imports`, { method: 'POST', body: form });
      const body = (await response.json()) as Json;
      if (response.status !== 409 || body.error?.code !== 'training.snapshot_not_accepted_yet')
        return { status: response.status, body };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('imports a scikit-learn pipeline: evaluated by the platform on the snapshot, announced as a run, the same import answered with the same run', async () => {
    const snapshotId = await sealSnapshot('penguins', expected.rows);
    const { model, manifest } = fixture('penguins-sklearn-pipeline');
    const imported = await importModel('penguins-sklearn', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: snapshotId },
    });
    expect(imported.status).toBe(201);
    const run = imported.body;
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      algorithm: 'onnx_import',
      task: 'multiclass',
      classes: SPECIES,
      snapshotId,
      trainRows: 0,
      holdoutRows: 344,
      requestedBy: 'test-admin',
    });
    expect(run.effectiveParams).toMatchObject({
      producer: 'skl2onnx 1.20.0',
      sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The platform's own accuracy, from the model's answers: what onnxruntime-python's probabilities give.
    const probabilities = expected.outputs['penguins-sklearn-pipeline'];
    const correct = probabilities.filter(
      (p, i) => SPECIES[p.indexOf(Math.max(...p))] === expected.rows[i].species,
    ).length;
    expect(run.metrics.accuracy).toBeCloseTo(correct / 344, 10);
    expect(run.segmentMetrics.map((s: Json) => s.segmentValue).sort()).toEqual(['Biscoe', 'Dream', 'Torgersen']);
    expect(run.biasMetrics.map((b: Json) => [b.attribute, b.metric])).toEqual([['sex', 'accuracy_difference']]);

    const completed = await waitFor('TrainingCompleted', () =>
      events<TrainingCompleted>('TrainingCompleted').find((e) => e.payload.runId === run.runId),
    );
    const requested = events<TrainingRequested>('TrainingRequested').find(
      (e) => e.payload.requestId === run.requestId,
    )!;
    expect(completed.causation).toBe(requested.id);
    expect(requested.payload).toMatchObject({
      algorithm: 'onnx_import',
      reason: 'HUMAN_REQUEST',
      snapshotId,
      featureSetId: 'imported:penguins',
    });
    expect(completed.payload).toMatchObject({
      task: 'multiclass',
      trainingSet: null,
      holdoutRows: 344,
      metrics: run.metrics,
    });
    // What the registry will deploy is the adapted model: its inputs are the spec's fields, its dataset named.
    const contract = servingContract(await store.read(completed.payload.model));
    expect(contract.metadata[MODEL_DATASET]).toBe('penguins');
    expect(contract.inputs.map((i) => i.name).sort()).toEqual([
      'beakDepthMm',
      'beakLengthMm',
      'bodyMassG',
      'flipperLengthMm',
      'island',
    ]);

    const again = await importModel('penguins-sklearn', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: snapshotId },
    });
    expect(again).toMatchObject({ status: 200, body: { runId: run.runId } });
    expect(
      events<TrainingCompleted>('TrainingCompleted').filter((e) => e.payload.requestId === run.requestId),
    ).toHaveLength(1);

    // The import's own TrainingRequested reaches the queue too: it names a run that exists, and nothing happens.
    // Replayed into a new request, it is refused, saying why, instead of training something.
    const replayed = { ...requested.payload, requestId: `replay-${run.requestId}` };
    await env.bus.publish([{ type: 'TrainingRequested', payload: replayed }]);
    const refused = await waitFor('TrainingFailed of the replayed import', () =>
      events<TrainingFailed>('TrainingFailed').find((e) => e.payload.requestId === replayed.requestId),
    );
    expect(refused.payload).toMatchObject({ errorCode: 'training.import_not_retrained', willRetry: false });
    expect(refused.payload.message).toContain(`import the file again (POST /v1/models/penguins-sklearn/imports)`);
    expect(events<TrainingFailed>('TrainingFailed').filter((e) => e.payload.requestId === run.requestId)).toHaveLength(
      0,
    );
  });

  it('imports a LightGBM model on one [N, 4] tensor and a regressor of body mass, skipping and counting unlabelled rows', async () => {
    const species = await sealSnapshot('penguins', expected.rows);
    const lightgbm = fixture('penguins-lightgbm');
    const trees = await importModel('penguins-lightgbm', {
      model: lightgbm.model,
      manifest: { ...lightgbm.manifest, evaluationSnapshotId: species },
    });
    expect(trees.status).toBe(201);
    expect(trees.body).toMatchObject({ task: 'multiclass', effectiveParams: { producer: 'OnnxMLTools 1.16.0' } });
    expect(trees.body.metrics.accuracy).toBeGreaterThan(0.95);

    const mass = await sealSnapshot('penguins-mass', expected.rows);
    const gbr = fixture('penguins-mass-sklearn-gbr');
    const regression = await importModel('penguins-mass', {
      model: gbr.model,
      manifest: { ...gbr.manifest, evaluationSnapshotId: mass },
    });
    expect(regression.status).toBe(201);
    // Two penguins have no body mass: they are not evaluated.
    expect(regression.body).toMatchObject({ task: 'regression', holdoutRows: 342 });
    const labelled = expected.rows
      .map((r, i) => [r.bodyMassG as number | null, expected.outputs['penguins-mass-sklearn-gbr'][i][0]] as const)
      .filter(([m]) => m !== null);
    const rmse = Math.sqrt(labelled.reduce((sum, [m, p]) => sum + (m! - p) ** 2, 0) / labelled.length);
    expect(regression.body.metrics.rmse).toBeCloseTo(rmse, 2);
  });

  it('refuses an import it cannot serve or evaluate, naming what is wrong', async () => {
    const accepted = await sealSnapshot('penguins', expected.rows);
    const { model, manifest } = fixture('penguins-sklearn-pipeline');
    const wrong = await importModel('penguins-wrong', {
      model,
      manifest: {
        ...manifest,
        evaluationSnapshotId: accepted,
        inputs: { kind: 'per_field', fields: { island: 'island', bill_length_mm: 'beakLength' } },
      },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'ml.unservable_import' });
    expect(wrong.body.error.message).toContain(
      "inputs.bill_length_mm: maps to 'beakLength', which is not a field of dataset 'penguins'",
    );
    expect(wrong.body.error.message).toContain('inputs.body_mass_g: is a graph input the manifest maps to no field');

    const badManifest = await importModel('penguins-wrong', {
      model,
      manifest: { task: 'ranking', inputs: {}, evaluationSnapshotId: 'x' },
    });
    expect(badManifest.status).toBe(422);
    expect(badManifest.body.error.code).toBe('http.invalid_request');
    expect(badManifest.body.error.message).toMatch(
      /body\.manifest\.task: .*body\.manifest\.datasetId: .*body\.manifest\.evaluationSnapshotId: must be a snapshot id/,
    );
    expect((await importModel('penguins-wrong', { model, manifest: '{not json' })).body.error.message).toMatch(
      /^body\.manifest: is not JSON/,
    );
    expect(
      (await importModel('penguins-wrong', { manifest: { ...manifest, evaluationSnapshotId: accepted } })).body.error
        .message,
    ).toBe('body.model: send the ONNX file as the multipart part "model"');
    expect(
      (
        await importModel('penguins-wrong', {
          model,
          manifest: { ...manifest, datasetId: 'penguins-mass', evaluationSnapshotId: accepted },
        })
      ).body.error.message,
    ).toBe(`manifest.datasetId: is 'penguins-mass', snapshot ${accepted} is of 'penguins'`);

    const quarantined = await sealSnapshot('penguins', expected.rows, 'SnapshotQuarantined');
    expect(
      await importModel('penguins-wrong', { model, manifest: { ...manifest, evaluationSnapshotId: quarantined } }),
    ).toMatchObject({ status: 409, body: { error: { code: 'training.snapshot_not_accepted' } } });

    // A species the model has no class for is refused with how many and which, never dropped.
    const emperors = await sealSnapshot(
      'penguins',
      expected.rows.map((r, i) => (i < 2 ? { ...r, species: 'Emperor' } : r)),
    );
    const misfit = await importModel('penguins-wrong', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: emperors },
    });
    expect(misfit).toMatchObject({ status: 422, body: { error: { code: 'training.unusable_evaluation_labels' } } });
    expect(misfit.body.error.message).toBe(
      '2 of 344 labelled rows have a species that is not one of the model\'s classes (Adelie, Chinstrap, Gentoo) ("Emperor")',
    );
    const oversized = await importModel('penguins-wrong', {
      model: Buffer.alloc(MAX_IMPORT_BYTES + 1),
      manifest: { ...manifest, evaluationSnapshotId: accepted },
    });
    expect(oversized).toMatchObject({
      status: 413,
      body: {
        error: {
          code: 'training.import_too_large',
          message: `a part of the import is over TRAINING_MAX_IMPORT_BYTES (${MAX_IMPORT_BYTES} bytes)`,
        },
      },
    });
    expect(
      events<TrainingCompleted>('TrainingCompleted').filter((e) => e.payload.modelName === 'penguins-wrong'),
    ).toHaveLength(0);
  });
});
