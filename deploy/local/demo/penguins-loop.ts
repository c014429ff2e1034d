/**
 * The loop on a static table, as a team with such a table would run it: vega-datasets' penguins (no
 * id, no clock; sex as the sensitive field), declared twice: for the species (multi-class) and for the
 * body mass (regression).
 *
 * Species: declare the dataset without an entity key or event time, upload it once, seal, validate,
 * build the training set, train a multinomial logistic regression on a stratified split with 5-fold
 * cross-validation, and release it through the gates: the bias gate cannot measure the penguins whose
 * sex is unknown and says so; the team decides to let unmeasurable groups through, and the release
 * goes on to production. Then two models of the species trained elsewhere (a scikit-learn pipeline and
 * a LightGBM model) are imported: the platform evaluates each on the same snapshot and releases it
 * through the same gates, canary and load test.
 *
 * Body mass: the same rows with the mass as the label, a ridge regression trained on a random split
 * with 5 folds, and a scikit-learn regressor imported beside it, both released and serving values.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type FeaturesComponents,
  type IngestionComponents,
  type RegistryComponents,
  type ServingComponents,
  type TrainingComponents,
  unwrap,
} from '@loopgate/client';
import { type CheckResult, type GateResult, type LoadTestCompleted } from '@loopgate/contracts';
import { PENGUINS_SPEC, readPenguins, type Penguin } from '@loopgate/datasets';
import { type LoopContext, type LoopRun, type LoopSetting, runLoop, until } from './loop-runner';

export const PENGUINS_TEAM = 'penguins';
export const PENGUINS_DATASET = 'penguins';
export const PENGUINS_MODEL = 'penguins-species';
/** The models of the species trained elsewhere, by the fixture each is imported from. */
export const PENGUINS_IMPORTS = {
  'penguins-species-sklearn': 'penguins-sklearn-pipeline',
  'penguins-species-lightgbm': 'penguins-lightgbm',
} as const;
export const PENGUINS_IMPORTED_MODEL = 'penguins-species-sklearn';
export const MASS_DATASET = 'penguins-mass';
export const MASS_MODEL = 'penguins-mass-ridge';
export const MASS_IMPORTED_MODEL = 'penguins-mass-sklearn-gbr';
/** The team's models trained elsewhere, exported with skl2onnx and onnxmltools, and their manifests (libs/ml/test/fixtures/imported/build_fixtures.py). */
const IMPORTED_FILES = join(__dirname, '../../../libs/ml/test/fixtures/imported');

type DatasetSpec = IngestionComponents['schemas']['DatasetSpec'];
type FeatureSetRequest = FeaturesComponents['schemas']['FeatureSetRequest'];
type ModelConfig = TrainingComponents['schemas']['ModelConfigRequest'];
type PromotionPolicy = RegistryComponents['schemas']['PromotionPolicy'];
type Run = TrainingComponents['schemas']['Run'];
type Prediction = ServingComponents['schemas']['Prediction'];

export const PENGUINS_FEATURE_SET: FeatureSetRequest = {
  featureSetId: 'penguins-species',
  datasetId: PENGUINS_DATASET,
  features: [
    { kind: 'numeric', name: 'beak_length', source: 'beakLengthMm', impute: 'median', standardize: true },
    { kind: 'numeric', name: 'beak_depth', source: 'beakDepthMm', impute: 'median', standardize: true },
    { kind: 'numeric', name: 'flipper_length', source: 'flipperLengthMm', impute: 'median', standardize: true },
    { kind: 'numeric', name: 'body_mass', source: 'bodyMassG', impute: 'median', standardize: true },
    { kind: 'categorical', name: 'island', source: 'island', minFrequency: 1, encoding: 'onehot' },
  ],
};

/** 344 rows: a seeded sample of each species' share is held out, and 5 folds say how much the metrics vary. */
export const PENGUINS_MODEL_CONFIG: ModelConfig = {
  featureSetId: PENGUINS_FEATURE_SET.featureSetId,
  task: 'multiclass',
  algorithm: 'logistic_regression',
  seed: 42,
  split: 'stratified',
  holdoutFraction: 0.25,
  folds: 5,
  minSegmentSize: 10,
};

export const PENGUINS_POLICY: PromotionPolicy = {
  minMetrics: { accuracy: 0.9, log_loss: 0.3 },
  maxBias: { accuracy_difference: 0.1 },
  minSegmentSize: 10,
  unmeasured: 'fail',
  loadTestRequiredFor: ['PRODUCTION'],
  approval: 'never',
  autoRelease: { canaryPercent: 10, toProduction: true },
};

/** The same table, the body mass its label. */
export const MASS_SPEC = { ...PENGUINS_SPEC, labelField: 'bodyMassG' };

export const MASS_FEATURE_SET: FeatureSetRequest = {
  featureSetId: 'penguins-mass',
  datasetId: MASS_DATASET,
  features: PENGUINS_FEATURE_SET.features.filter((f) => f.source !== 'bodyMassG'),
};

export const MASS_MODEL_CONFIG: ModelConfig = {
  featureSetId: MASS_FEATURE_SET.featureSetId,
  task: 'regression',
  algorithm: 'ridge_regression',
  seed: 42,
  split: 'random',
  holdoutFraction: 0.25,
  folds: 5,
  minSegmentSize: 10,
};

/** R² a floor, RMSE (grams) a ceiling: the registry knows which side of each is better. */
export const MASS_POLICY: PromotionPolicy = {
  minMetrics: { r2: 0.6, rmse: 500 },
  minSegmentSize: 10,
  unmeasured: 'ignore',
  loadTestRequiredFor: ['PRODUCTION'],
  approval: 'never',
  autoRelease: { canaryPercent: 10, toProduction: true },
};

/** A version through the gates, its canary and load test to production, and its answers to sampled penguins. */
export interface ReleasedModel {
  readonly run: Run;
  readonly version: number;
  readonly finalStage: string;
  readonly loadTest: LoadTestCompleted;
  readonly predictions: Prediction[];
}

export interface SealedSnapshot {
  readonly snapshotId: string;
  readonly rowCount: number;
  readonly verdict: string;
  readonly checks: CheckResult[];
}

export interface PenguinsOutcome {
  readonly spec: DatasetSpec;
  readonly snapshot: SealedSnapshot;
  readonly trainingSetRows: number;
  readonly run: Run;
  /** The gates of the first try for a canary, and those that failed. */
  readonly firstGates: { readonly passed: boolean; readonly failed: GateResult[] };
  readonly finalStage: string;
  readonly loadTest: LoadTestCompleted;
  readonly predictions: Prediction[];
  /** The models trained elsewhere, by model name: the platform's evaluation, the release and the answers to the same penguins. */
  readonly imports: Readonly<Record<string, ReleasedModel>>;
  /** The body mass: its spec, snapshot, the trained ridge regression and the imported regressor. */
  readonly mass: {
    readonly spec: DatasetSpec;
    readonly snapshot: SealedSnapshot;
    readonly trained: ReleasedModel;
    readonly imported: ReleasedModel;
  };
}

export type PenguinsLoopSetting = Omit<LoopSetting, 'objects' | 'driftWindow'>;

export async function runPenguinsLoop(
  setting: PenguinsLoopSetting,
  whileRunning?: (loop: LoopContext) => Promise<void>,
): Promise<LoopRun<PenguinsOutcome>> {
  const objects = {
    team: PENGUINS_TEAM,
    datasets: [PENGUINS_DATASET, MASS_DATASET],
    models: [PENGUINS_MODEL, ...Object.keys(PENGUINS_IMPORTS), MASS_MODEL, MASS_IMPORTED_MODEL],
  };
  return runLoop(
    { ...setting, objects, driftWindow: 100 },
    (loop) => new PenguinsLoop(loop, setting.log).run(),
    whileRunning,
  );
}

class PenguinsLoop {
  constructor(
    private readonly loop: LoopContext,
    private readonly log: (line: string) => void,
  ) {}

  /** The team lead's client: declarations and policies. */
  private get lead() {
    return this.loop.access.clients.lead;
  }

  /** The product service's client: records, snapshots, predictions. */
  private get app() {
    return this.loop.access.clients.app;
  }

  async run(): Promise<PenguinsOutcome> {
    const spec = await this.declare(PENGUINS_DATASET, PENGUINS_SPEC, PENGUINS_FEATURE_SET);
    this.log(
      `dataset '${PENGUINS_DATASET}' spec v${spec.version}: no entity key or event time, so rows are identified by their content (${spec.entityKey}) and dated by arrival (${spec.eventTimeField}); label '${spec.labelField}' (classes ${(PENGUINS_SPEC.fields[0].allowedValues ?? []).join(', ')})`,
    );
    await this.configure(PENGUINS_MODEL, PENGUINS_MODEL_CONFIG, PENGUINS_POLICY);
    this.log(
      `feature set '${PENGUINS_FEATURE_SET.featureSetId}', model '${PENGUINS_MODEL}' (multinomial logistic regression, stratified split, 5 folds) and its promotion policy declared`,
    );

    const penguins = await readPenguins();
    const snapshot = await this.uploadAndSeal(PENGUINS_DATASET, penguins);
    const materialized = await this.loop.events.waitFor(
      'the training set',
      'FeatureSetMaterialized',
      (p) => p.snapshotId === snapshot.snapshotId && p.featureSetId === PENGUINS_FEATURE_SET.featureSetId,
      180_000,
    );
    const run = await this.trainingOf(materialized.id);
    const version = await this.versionOf(run);
    const first = await this.loop.events.waitFor(
      `the gates of v${version} for a canary`,
      'GateEvaluated',
      (p) => p.modelName === PENGUINS_MODEL && p.version === version && p.targetStage === 'CANARY',
      120_000,
    );
    const failed = first.data.gates.filter((g) => !g.passed);
    this.log(
      `registry: v${version} ${first.data.passed ? 'passed' : `blocked before CANARY: ${failed.map((g) => `${g.gate}${g.segment ? ` (${g.segment})` : ''}: ${g.detail}`).join('; ')}`}`,
    );
    if (!first.data.passed) await this.letUnmeasuredThrough(version);
    const { stage: finalStage, loadTest } = await this.released(PENGUINS_MODEL, version);
    const sample = penguins.slice(0, 3).concat(penguins.slice(200, 203), penguins.slice(300, 303));
    const predictions = await this.predict(PENGUINS_MODEL, sample, 'species');

    const imports: Record<string, ReleasedModel> = {};
    for (const [modelName, fixture] of Object.entries(PENGUINS_IMPORTS)) {
      imports[modelName] = await this.importTrainedElsewhere(
        modelName,
        fixture,
        snapshot.snapshotId,
        { ...PENGUINS_POLICY, unmeasured: 'ignore' },
        sample,
        'species',
      );
    }
    return {
      spec,
      snapshot,
      trainingSetRows: materialized.data.rowCount,
      run,
      firstGates: { passed: first.data.passed, failed },
      finalStage,
      loadTest,
      predictions,
      imports,
      mass: await this.bodyMass(penguins, sample),
    };
  }

  /** The same penguins with their body mass as the label: a trained regression and an imported one, both released. */
  private async bodyMass(penguins: readonly Penguin[], sample: readonly Penguin[]): Promise<PenguinsOutcome['mass']> {
    const spec = await this.declare(MASS_DATASET, MASS_SPEC, MASS_FEATURE_SET);
    await this.configure(MASS_MODEL, MASS_MODEL_CONFIG, MASS_POLICY);
    this.log(
      `dataset '${MASS_DATASET}' (label '${spec.labelField}'), feature set '${MASS_FEATURE_SET.featureSetId}' and model '${MASS_MODEL}' (ridge regression, random split, 5 folds) declared`,
    );
    const snapshot = await this.uploadAndSeal(MASS_DATASET, penguins);
    const materialized = await this.loop.events.waitFor(
      'the training set of the mass',
      'FeatureSetMaterialized',
      (p) => p.snapshotId === snapshot.snapshotId,
      180_000,
    );
    const run = await this.trainingOf(materialized.id);
    const version = await this.versionOf(run);
    const { stage, loadTest } = await this.released(MASS_MODEL, version);
    const trained = {
      run,
      version,
      finalStage: stage,
      loadTest,
      predictions: await this.predict(MASS_MODEL, sample, 'bodyMassG'),
    };
    const imported = await this.importTrainedElsewhere(
      MASS_IMPORTED_MODEL,
      'penguins-mass-sklearn-gbr',
      snapshot.snapshotId,
      MASS_POLICY,
      sample,
      'bodyMassG',
    );
    return { spec, snapshot, trained, imported };
  }

  /** The dataset's spec, then its feature set once the features service knows the spec. */
  private async declare(
    datasetId: string,
    spec: IngestionComponents['schemas']['DatasetSpecRequest'],
    featureSet: FeatureSetRequest,
  ): Promise<DatasetSpec> {
    const registered = await unwrap(
      this.lead.ingestion.POST('/v1/datasets/{datasetId}/specs', { params: { path: { datasetId } }, body: spec }),
    );
    // Refused until the features service has the spec from its topic: asked again until then.
    await until(`the features service to know dataset '${datasetId}'`, () =>
      unwrap(this.lead.features.POST('/v1/feature-sets', { body: featureSet })),
    );
    return registered;
  }

  /** The model's training config and its promotion policy. */
  private async configure(modelName: string, config: ModelConfig, policy: PromotionPolicy): Promise<void> {
    await unwrap(this.lead.training.PUT('/v1/models/{modelName}', { params: { path: { modelName } }, body: config }));
    await unwrap(
      this.lead.registry.PUT('/v1/models/{modelName}/policy', { params: { path: { modelName } }, body: policy }),
    );
  }

  /** Every penguin in one request, sealed at once, and validation's verdict; a quarantine stops the loop with the failed checks. */
  private async uploadAndSeal(datasetId: string, penguins: readonly Penguin[]): Promise<SealedSnapshot> {
    const dataset = { params: { path: { datasetId } } };
    await unwrap(
      this.app.ingestion.POST('/v1/datasets/{datasetId}/records', {
        ...dataset,
        body: { records: [...penguins] },
        headers: { 'idempotency-key': `${datasetId}-all` },
      }),
    );
    await until(
      `ingestion to store the penguins of '${datasetId}'`,
      async () =>
        (await unwrap(this.app.ingestion.GET('/v1/datasets/{datasetId}/stats', dataset))).records >= penguins.length,
      120_000,
    );
    const {
      snapshots: [sealed],
    } = await unwrap(this.app.ingestion.POST('/v1/datasets/{datasetId}/snapshots', dataset));
    const verdict = await until(
      'the validation verdict',
      async () =>
        this.loop.events.ofType('SnapshotValidated', (p) => p.snapshotId === sealed.snapshotId)[0] ??
        this.loop.events.ofType('SnapshotQuarantined', (p) => p.snapshotId === sealed.snapshotId)[0],
      120_000,
    );
    const { checks } = verdict.data;
    const snapshot = { ...sealed, verdict: (verdict.data as { verdict?: string }).verdict ?? 'QUARANTINED', checks };
    this.log(
      `snapshot ${sealed.snapshotId.slice(0, 12)} of ${sealed.rowCount} penguins: ${snapshot.verdict}; ${checks
        .filter((c) => c.measured !== null && c.measured > 0 && c.check !== 'label.missing_rate')
        .map((c) => `${c.check}${c.field ? ` ${c.field}` : ''}: ${c.detail}`)
        .join('; ')}`,
    );
    if (verdict.type === 'SnapshotQuarantined')
      throw new Error(
        `the snapshot of '${datasetId}' was quarantined: ${JSON.stringify(checks.filter((c) => c.status === 'FAIL'))}`,
      );
    return snapshot;
  }

  private async versionOf(run: Run): Promise<number> {
    return (
      await this.loop.events.waitFor(
        `the version of run ${String(run.runId).slice(0, 8)}`,
        'VersionRegistered',
        (p) => p.runId === run.runId,
        60_000,
      )
    ).data.version;
  }

  /** The version in production, or the load test that kept it in its canary. */
  private async released(modelName: string, version: number): Promise<{ stage: string; loadTest: LoadTestCompleted }> {
    const released = await until(
      `${modelName} v${version} in production, or its load test failed`,
      async () => {
        const failedLoadTest = this.loop.events.ofType(
          'LoadTestCompleted',
          (p) => p.modelName === modelName && p.version === version && p.verdict === 'FAIL',
        )[0];
        if (failedLoadTest) return { stage: 'CANARY', loadTest: failedLoadTest.data };
        const { stage } = await unwrap(
          this.lead.registry.GET('/v1/models/{modelName}/versions/{version}', {
            params: { path: { modelName, version } },
          }),
        );
        const loadTest = this.loop.events
          .ofType('LoadTestCompleted', (p) => p.modelName === modelName && p.version === version)
          .at(-1)?.data;
        return stage === 'PRODUCTION' && { stage, loadTest: loadTest! };
      },
      300_000,
    );
    const { loadTest } = released;
    if (released.stage !== 'PRODUCTION')
      throw new Error(
        `the load test of ${modelName} v${version} failed: p99 ${loadTest.p99Ms} ms, error rate ${loadTest.errorRate}`,
      );
    // The registry's word is the command; serving answers with the version once it says it has activated it.
    await this.loop.events.waitFor(
      `serving to activate ${modelName} v${version}`,
      'DeploymentActivated',
      (p) => p.modelName === modelName && p.version === version && p.role === 'PRIMARY',
      60_000,
    );
    this.log(
      `registry: ${modelName} v${version} in PRODUCTION after a load test on its own dataset's rows (${loadTest.verdict}, p99 ${loadTest.p99Ms} ms at ${Math.round(loadTest.rps)} rps)`,
    );
    return released;
  }

  /**
   * A model the team trained elsewhere: uploaded with its manifest, evaluated by the platform on the
   * snapshot (its own figures, not the team's), then released as a trained one is.
   */
  private async importTrainedElsewhere(
    modelName: string,
    fixture: string,
    snapshotId: string,
    policy: PromotionPolicy,
    sample: readonly Penguin[],
    label: keyof Penguin,
  ): Promise<ReleasedModel> {
    const model = { params: { path: { modelName } } };
    await unwrap(this.lead.registry.PUT('/v1/models/{modelName}/policy', { ...model, body: policy }));
    const manifest: TrainingComponents['schemas']['ImportManifest'] = {
      ...(JSON.parse(await readFile(join(IMPORTED_FILES, `${fixture}.manifest.json`), 'utf8')) as Omit<
        TrainingComponents['schemas']['ImportManifest'],
        'evaluationSnapshotId'
      >),
      evaluationSnapshotId: snapshotId,
    };
    const form = new FormData();
    form.append('model', new Blob([await readFile(join(IMPORTED_FILES, `${fixture}.onnx`))]), `${fixture}.onnx`);
    form.append('manifest', JSON.stringify(manifest));
    // Multipart with the model's bytes, which the typed body (a string field) cannot hold: the FormData goes as it is (openapi-fetch passes it through).
    const run = await unwrap(
      this.lead.training.POST('/v1/models/{modelName}/imports', { ...model, body: form as never }),
    );
    const { metrics, effectiveParams } = figuresOf(run);
    const figures =
      run.task === 'regression'
        ? `RMSE ${metrics.rmse.toFixed(1)}, R² ${metrics.r2.toFixed(3)}`
        : `accuracy ${metrics.accuracy.toFixed(3)}, log loss ${metrics.log_loss.toFixed(3)}`;
    this.log(
      `training: ${modelName} imported (${effectiveParams.producer}, sha256 ${String(effectiveParams.sourceSha256).slice(0, 12)}), evaluated by the platform on ${run.holdoutRows} rows: ${figures}`,
    );
    const version = await this.versionOf(run);
    const { stage, loadTest } = await this.released(modelName, version);
    return { run, version, finalStage: stage, loadTest, predictions: await this.predict(modelName, sample, label) };
  }

  /** The run the training set caused, to its end. */
  private async trainingOf(materializedEventId: string): Promise<Run> {
    const requested = await until(
      'the training request of the training set',
      async () => this.loop.events.ofType('TrainingRequested').find((e) => e.causationId === materializedEventId),
      60_000,
    );
    const done = await until(
      'the training run to end',
      async () =>
        this.loop.events.ofType('TrainingCompleted', (p) => p.requestId === requested.data.requestId)[0] ??
        this.loop.events.ofType('TrainingFailed', (p) => p.requestId === requested.data.requestId && !p.willRetry)[0],
      600_000,
    );
    if (done.type === 'TrainingFailed')
      throw new Error(`training failed: ${(done.data as unknown as { message: string }).message}`);
    const run = await unwrap(
      this.lead.training.GET('/v1/runs/{runId}', {
        params: { path: { runId: (done.data as { runId: string }).runId } },
      }),
    );
    const { metrics, effectiveParams } = figuresOf(run);
    const cv = run.crossValidation;
    if (!cv) throw new Error(`run ${run.runId} of ${run.modelName} has no cross-validation`);
    const headline = run.task === 'regression' ? 'rmse' : 'accuracy';
    const figures =
      run.task === 'regression'
        ? `RMSE ${metrics.rmse.toFixed(1)} g, R² ${metrics.r2.toFixed(3)}`
        : `accuracy ${metrics.accuracy.toFixed(3)}, macro F1 ${metrics.macro_f1.toFixed(3)}, log loss ${metrics.log_loss.toFixed(3)}`;
    this.log(
      `training: run ${run.runId.slice(0, 8)} of ${run.modelName} on ${run.trainRows} rows, ${run.holdoutRows} held out (${effectiveParams.split}): ${figures}; over ${cv.folds} folds ${headline} ${cv.metrics[headline].mean.toFixed(3)} ± ${cv.metrics[headline].std.toFixed(3)}`,
    );
    return run;
  }

  /** The team's decision: a group too small to measure is recorded and let through, and the version is tried for a canary again. */
  private async letUnmeasuredThrough(version: number): Promise<void> {
    await unwrap(
      this.lead.registry.PUT('/v1/models/{modelName}/policy', {
        params: { path: { modelName: PENGUINS_MODEL } },
        body: { ...PENGUINS_POLICY, unmeasured: 'ignore' },
      }),
    );
    await unwrap(
      this.lead.registry.POST('/v1/models/{modelName}/versions/{version}/promotions', {
        params: { path: { modelName: PENGUINS_MODEL, version } },
        body: {
          targetStage: 'CANARY',
          trafficPercent: 10,
          reason: 'the sex of 11 penguins is unknown: too few to measure, recorded as not measured',
        },
      }),
    );
    this.log(
      `team: unmeasurable groups are recorded and let through (policy unmeasured: ignore); v${version} promoted to CANARY`,
    );
  }

  /** The sampled penguins without their label, as a product would send them. */
  private async predict(modelName: string, penguins: readonly Penguin[], label: keyof Penguin): Promise<Prediction[]> {
    const rows = penguins.map((p) => Object.fromEntries(Object.entries(p).filter(([field]) => field !== label)));
    const { predictions } = await unwrap(
      this.app.serving.POST('/v1/models/{modelName}/predict', { params: { path: { modelName } }, body: { rows } }),
    );
    const answer = (p: Prediction) =>
      p.task === 'regression' ? `${Math.round(p.value ?? NaN)} g` : `${p.class} (${(p.score * 100).toFixed(0)}%)`;
    this.log(
      `serving ${modelName}: ${predictions.map((p, i) => `${penguins[i][label]}${label === 'bodyMassG' ? ' g' : ''} -> ${answer(p)}`).join(', ')}`,
    );
    return predictions;
  }
}

/** The figures of a run that succeeded (training fills them in when it does). */
function figuresOf(run: Run): { metrics: Record<string, number>; effectiveParams: Record<string, string> } {
  const { metrics, effectiveParams } = run;
  if (!metrics || !effectiveParams)
    throw new Error(
      `run ${run.runId} of ${run.modelName} has no figures (${run.status}${run.errorMessage ? `: ${run.errorMessage}` : ''})`,
    );
  return { metrics, effectiveParams };
}
