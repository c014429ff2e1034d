import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LocalArtifactStore } from '@loopgate/artifacts';
import { type LoopgateClient, type TrainingComponents, type TrainingPaths, unwrap } from '@loopgate/client';
import { type TrainingCompleted, type TrainingFailed, type TrainingRequested } from '@loopgate/contracts';
import { MODEL_DATASET, servingContract } from '@loopgate/ml';
import {
  announcedPenguinsSpec,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
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

type ImportManifest = TrainingComponents['schemas']['ImportManifest'];
type ImportParts =
  TrainingPaths['/v1/models/{modelName}/imports']['post']['requestBody']['content']['multipart/form-data'];

describe('models trained elsewhere, imported into training on Kafka, Postgres and onnxruntime', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let api: LoopgateClient;
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
    ({ env, store, messages } = service);
    api = testClient({ training: service.url });
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
    manifest: JSON.parse(readFileSync(join(FIXTURES, `${name}.manifest.json`), 'utf8')) as ImportManifest,
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

  function importModel(modelName: string, parts: { model?: Buffer; manifest?: unknown }) {
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
    return waitFor(
      `the import into ${modelName}`,
      async () => {
        const answer = await api.training.POST('/v1/models/{modelName}/imports', {
          params: { path: { modelName } },
          // The form goes as built above: the document types the file part as a string, and some parts are broken on purpose.
          body: form as unknown as ImportParts,
        });
        const notYet =
          answer.response.status === 409 && answer.error?.error.code === 'training.snapshot_not_accepted_yet';
        return !notYet && answer;
      },
      { intervalMs: 100 },
    );
  }

  it('imports a scikit-learn pipeline: evaluated by the platform on the snapshot, announced as a run, the same import answered with the same run', async () => {
    const snapshotId = await sealSnapshot('penguins', expected.rows);
    const { model, manifest } = fixture('penguins-sklearn-pipeline');
    const imported = await importModel('penguins-sklearn', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: snapshotId },
    });
    expect(imported.response.status).toBe(201);
    const run = await unwrap(imported);
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
    expect(run.metrics?.accuracy).toBeCloseTo(correct / 344, 10);
    expect(run.segmentMetrics?.map((s) => s.segmentValue).sort()).toEqual(['Biscoe', 'Dream', 'Torgersen']);
    expect(run.biasMetrics?.map((b) => [b.attribute, b.metric])).toEqual([['sex', 'accuracy_difference']]);

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
    expect(again.response.status).toBe(200);
    expect(again.data).toMatchObject({ runId: run.runId });
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
    expect(trees.response.status).toBe(201);
    expect(trees.data).toMatchObject({ task: 'multiclass', effectiveParams: { producer: 'OnnxMLTools 1.16.0' } });
    expect(trees.data?.metrics?.accuracy).toBeGreaterThan(0.95);

    const mass = await sealSnapshot('penguins-mass', expected.rows);
    const gbr = fixture('penguins-mass-sklearn-gbr');
    const regression = await importModel('penguins-mass', {
      model: gbr.model,
      manifest: { ...gbr.manifest, evaluationSnapshotId: mass },
    });
    expect(regression.response.status).toBe(201);
    // Two penguins have no body mass: they are not evaluated.
    expect(regression.data).toMatchObject({ task: 'regression', holdoutRows: 342 });
    const labelled = expected.rows
      .map((r, i) => [r.bodyMassG as number | null, expected.outputs['penguins-mass-sklearn-gbr'][i][0]] as const)
      .filter(([m]) => m !== null);
    const rmse = Math.sqrt(labelled.reduce((sum, [m, p]) => sum + (m! - p) ** 2, 0) / labelled.length);
    expect(regression.data?.metrics?.rmse).toBeCloseTo(rmse, 2);
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
    expect(wrong.response.status).toBe(422);
    expect(wrong.error?.error).toMatchObject({ code: 'ml.unservable_import' });
    expect(wrong.error?.error.message).toContain(
      "inputs.bill_length_mm: maps to 'beakLength', which is not a field of dataset 'penguins'",
    );
    expect(wrong.error?.error.message).toContain('inputs.body_mass_g: is a graph input the manifest maps to no field');

    const badManifest = await importModel('penguins-wrong', {
      model,
      manifest: { task: 'ranking', inputs: {}, evaluationSnapshotId: 'x' },
    });
    expect(badManifest.response.status).toBe(422);
    expect(badManifest.error?.error.code).toBe('http.invalid_request');
    expect(badManifest.error?.error.message).toMatch(
      /body\.manifest\.task: .*body\.manifest\.datasetId: .*body\.manifest\.evaluationSnapshotId: must be a snapshot id/,
    );
    expect((await importModel('penguins-wrong', { model, manifest: '{not json' })).error?.error.message).toMatch(
      /^body\.manifest: is not JSON/,
    );
    expect(
      (await importModel('penguins-wrong', { manifest: { ...manifest, evaluationSnapshotId: accepted } })).error?.error
        .message,
    ).toBe('body.model: send the ONNX file as the multipart part "model"');
    expect(
      (
        await importModel('penguins-wrong', {
          model,
          manifest: { ...manifest, datasetId: 'penguins-mass', evaluationSnapshotId: accepted },
        })
      ).error?.error.message,
    ).toBe(`manifest.datasetId: is 'penguins-mass', snapshot ${accepted} is of 'penguins'`);

    const quarantined = await sealSnapshot('penguins', expected.rows, 'SnapshotQuarantined');
    const onQuarantined = await importModel('penguins-wrong', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: quarantined },
    });
    expect(onQuarantined.response.status).toBe(409);
    expect(onQuarantined.error).toMatchObject({ error: { code: 'training.snapshot_not_accepted' } });

    // A species the model has no class for is refused with how many and which, never dropped.
    const emperors = await sealSnapshot(
      'penguins',
      expected.rows.map((r, i) => (i < 2 ? { ...r, species: 'Emperor' } : r)),
    );
    const misfit = await importModel('penguins-wrong', {
      model,
      manifest: { ...manifest, evaluationSnapshotId: emperors },
    });
    expect(misfit.response.status).toBe(422);
    expect(misfit.error).toMatchObject({ error: { code: 'training.unusable_evaluation_labels' } });
    expect(misfit.error?.error.message).toBe(
      '2 of 344 labelled rows have a species that is not one of the model\'s classes (Adelie, Chinstrap, Gentoo) ("Emperor")',
    );
    const oversized = await importModel('penguins-wrong', {
      model: Buffer.alloc(MAX_IMPORT_BYTES + 1),
      manifest: { ...manifest, evaluationSnapshotId: accepted },
    });
    expect(oversized.response.status).toBe(413);
    expect(oversized.error).toMatchObject({
      error: {
        code: 'training.import_too_large',
        message: `a part of the import is over TRAINING_MAX_IMPORT_BYTES (${MAX_IMPORT_BYTES} bytes)`,
      },
    });
    expect(
      events<TrainingCompleted>('TrainingCompleted').filter((e) => e.payload.modelName === 'penguins-wrong'),
    ).toHaveLength(0);
  });
});
