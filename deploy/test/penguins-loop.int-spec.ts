import { type GovernanceComponents, unwrap } from '@loopgate/client';
import { type LoopRun } from '../local/demo/loop-runner';
import {
  MASS_IMPORTED_MODEL,
  MASS_MODEL,
  PENGUINS_IMPORTED_MODEL,
  PENGUINS_MODEL,
  type PenguinsOutcome,
  runPenguinsLoop,
} from '../local/demo/penguins-loop';
import { testLoopNamespace, type TestLoopNamespace } from './test-loop-namespace';

const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];

/**
 * A static multi-class table through the loop: 344 penguins without an id or a clock, every service as
 * its own process on the real broker, Postgres and onnxruntime, in a namespace of its own.
 */
describe('a table without a clock or an id, end to end (penguins)', () => {
  let loop: LoopRun<PenguinsOutcome>;
  let outcome: PenguinsOutcome;
  let importedLineage: GovernanceComponents['schemas']['PredictionLineage'];
  let test: TestLoopNamespace;

  beforeAll(async () => {
    test = await testLoopNamespace('penguins');
    loop = await runPenguinsLoop(
      {
        namespace: test.namespace,
        ports: test.ports,
        log: () => undefined,
        serviceOutput: 'ignore',
        logLevel: 'error',
      },
      async ({ events, access }) => {
        const served = events.ofType('PredictionServed', (p) => p.modelName === PENGUINS_IMPORTED_MODEL).at(-1)!;
        importedLineage = await unwrap(
          access.clients.admin.governance.GET('/v1/lineage/predictions/{predictionId}', {
            params: { path: { predictionId: served.data.predictionId } },
          }),
        );
      },
    );
    outcome = loop.result;
  }, 600_000);

  afterAll(() => test?.remove());

  it('identifies the rows by their content and dates them by their arrival', () => {
    expect(outcome.spec).toMatchObject({
      entityKey: '__row_id',
      eventTimeField: '__arrived_at',
      labelField: 'species',
    });
    // Every penguin is its own row: no two of the 344 have the same measurements, island and sex.
    expect(outcome.snapshot.rowCount).toBe(344);
    expect(outcome.trainingSetRows).toBe(344);
    const sealed = loop.events.ofType('SnapshotSealed', (p) => p.snapshotId === outcome.snapshot.snapshotId)[0];
    expect(sealed.data.eventTimeFrom).toBeGreaterThanOrEqual(loop.startedAt);
  });

  it('validates the snapshot, counting the one sex that is not an allowed value and the unknown ones', () => {
    expect(outcome.snapshot.verdict).toBe('PASS');
    const check = (name: string, field: string) =>
      outcome.snapshot.checks.find((c) => c.check === name && c.field === field);
    // One '.' among the 334 known sexes.
    expect(check('allowed_values', 'sex')).toMatchObject({ status: 'PASS', measured: 1 / 334 });
    expect(check('null_rate', 'sex')).toMatchObject({ status: 'PASS', measured: 10 / 344 });
    expect(outcome.snapshot.checks.find((c) => c.check === 'duplicates')).toMatchObject({
      status: 'PASS',
      measured: 0,
    });
  });

  it('trains a multi-class model on a stratified split and reports each metric over 5 folds', () => {
    const { run } = outcome;
    expect(run).toMatchObject({ task: 'multiclass', classes: SPECIES, trainRows: 258, holdoutRows: 86 });
    expect(run.effectiveParams).toMatchObject({ split: 'stratified', folds: '5', holdoutFraction: '0.25' });
    expect(run.metrics!.accuracy).toBeGreaterThan(0.95);
    expect(run.crossValidation!.folds).toBe(5);
    for (const metric of ['accuracy', 'macro_f1', 'log_loss']) {
      expect(run.crossValidation!.metrics[metric].std).toBeGreaterThanOrEqual(0);
      expect(Math.abs(run.crossValidation!.metrics[metric].mean - run.metrics![metric])).toBeLessThan(0.1);
    }
    // Stratified: each species keeps its share of the 344 rows (152, 68, 124) in the holdout.
    expect(run.confusionMatrix!.map((row: number[]) => row.reduce((a, b) => a + b, 0))).toEqual([38, 17, 31]);
  });

  it('blocks the release on a bias gate that names the group it could not measure', () => {
    expect(outcome.firstGates.passed).toBe(false);
    expect(outcome.firstGates.failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          gate: 'bias.accuracy_difference',
          segment: 'sex=__missing__',
          measured: null,
          detail: expect.stringContaining('the policy needs 10'),
        }),
      ]),
    );
  });

  it('releases the version once the team lets unmeasured groups through, after a load test on penguins', () => {
    expect(outcome.finalStage).toBe('PRODUCTION');
    expect(outcome.loadTest).toMatchObject({ verdict: 'PASS', errorRate: 0 });
    const stages = loop.events.ofType('StageChanged', (p) => p.modelName === PENGUINS_MODEL).map((e) => e.data.toStage);
    expect(stages).toEqual(['CANARY', 'PRODUCTION']);
  });

  it('answers each penguin with its species and the probability of each', () => {
    expect(outcome.predictions).toHaveLength(9);
    for (const p of outcome.predictions) {
      expect(Object.keys(p.probabilities!).sort()).toEqual(SPECIES);
      expect(Object.values(p.probabilities as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(p).toMatchObject({
        task: 'multiclass',
        score: Math.max(...Object.values(p.probabilities as Record<string, number>)),
      });
    }
    // Rows 0-2 are Adelie, 200-202 Chinstrap, 300-302 Gentoo in the file.
    expect(outcome.predictions.map((p) => p.class)).toEqual([
      'Adelie',
      'Adelie',
      'Adelie',
      'Chinstrap',
      'Chinstrap',
      'Chinstrap',
      'Gentoo',
      'Gentoo',
      'Gentoo',
    ]);
  });

  it('imports a scikit-learn pipeline and a LightGBM model trained elsewhere, evaluates each itself, and releases each through the same gates, canary and load test', () => {
    for (const [modelName, producer] of [
      [PENGUINS_IMPORTED_MODEL, 'skl2onnx 1.20.0'],
      ['penguins-species-lightgbm', 'OnnxMLTools 1.16.0'],
    ]) {
      const { run, finalStage, loadTest, predictions } = outcome.imports[modelName];
      expect(run).toMatchObject({
        algorithm: 'onnx_import',
        task: 'multiclass',
        classes: SPECIES,
        snapshotId: outcome.snapshot.snapshotId,
        holdoutRows: 344,
        effectiveParams: { producer },
      });
      expect(run.metrics!.accuracy).toBeGreaterThan(0.95);
      const chain = loop.events.chainTo(
        loop.events.ofType('StageChanged', (p) => p.modelName === modelName && p.toStage === 'PRODUCTION')[0].id,
      );
      expect(chain.map((e) => e.type)).toEqual([
        'TrainingRequested',
        'TrainingCompleted',
        'VersionRegistered',
        'StageChanged',
        'LoadTestCompleted',
        'StageChanged',
      ]);
      expect(finalStage).toBe('PRODUCTION');
      expect(loadTest).toMatchObject({ verdict: 'PASS', errorRate: 0 });
      expect(predictions.map((p) => p.class)).toEqual(outcome.predictions.map((p) => p.class));
    }
  });

  it("answers what produced an imported model's prediction from the audit log: who uploaded which file, of which producer, evaluated on which snapshot", () => {
    const { run } = outcome.imports[PENGUINS_IMPORTED_MODEL];
    expect(importedLineage.model.payload).toMatchObject({ modelName: PENGUINS_IMPORTED_MODEL, runId: run.runId });
    expect(importedLineage.request?.payload).toMatchObject({
      algorithm: 'onnx_import',
      requestedBy: 'penguins-lead',
      params: { sourceSha256: run.effectiveParams!.sourceSha256, producer: 'skl2onnx 1.20.0' },
    });
    expect(importedLineage.snapshot?.payload.snapshotId).toBe(outcome.snapshot.snapshotId);
    expect(importedLineage.trainingSet).toBeNull();
    expect(importedLineage.stages.map((s) => s.payload.toStage)).toEqual(['CANARY', 'PRODUCTION']);
  });

  it('takes the body mass as a regression through the same services: a ridge regression trained on a random split with 5 folds, and a regressor imported beside it', () => {
    const { spec, snapshot, trained, imported } = outcome.mass;
    expect(spec).toMatchObject({ labelField: 'bodyMassG', entityKey: '__row_id' });
    expect(snapshot).toMatchObject({ rowCount: 344, verdict: 'PASS' });
    // Two penguins have no body mass: they are neither trained on nor evaluated.
    expect(trained.run).toMatchObject({
      task: 'regression',
      algorithm: 'ridge_regression',
      trainRows: 257,
      holdoutRows: 85,
      effectiveParams: { split: 'random', folds: '5' },
    });
    expect(trained.run.metrics!.r2).toBeGreaterThan(0.6);
    expect(trained.run.crossValidation!.metrics.rmse.mean).toBeGreaterThan(0);
    expect(imported.run).toMatchObject({ task: 'regression', algorithm: 'onnx_import', holdoutRows: 342 });
    for (const released of [trained, imported]) {
      expect(released.finalStage).toBe('PRODUCTION');
      expect(released.predictions.every((p) => p.task === 'regression' && p.value! > 2_000 && p.value! < 7_000)).toBe(
        true,
      );
    }
    const stages = (modelName: string) =>
      loop.events.ofType('StageChanged', (p) => p.modelName === modelName).map((e) => e.data.toStage);
    expect(stages(MASS_MODEL)).toEqual(['CANARY', 'PRODUCTION']);
    expect(stages(MASS_IMPORTED_MODEL)).toEqual(['CANARY', 'PRODUCTION']);
  });
});
