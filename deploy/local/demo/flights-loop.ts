/**
 * The whole loop on the real flights data, as a product team would run it: register the dataset, a
 * feature set, a model and its policies; stream January, train v1, release it through the gates; then
 * stream February-June month by month (records, predictions from serving, outcomes later), let
 * monitoring judge each month, retrain on the recommendation, and release or block the new version.
 * Every step is driven by the events; this file only plays the product service and waits.
 */
import {
  type FeaturesComponents,
  type MonitoringComponents,
  type RegistryComponents,
  type TrainingComponents,
  unwrap,
} from '@loopgate/client';
import { FLIGHTS_SPEC, readFlightsOfMonth, type Flight } from '@loopgate/datasets';
import { newestFirst } from './loop-clients';
import { type LoopEventLog } from './loop-events';
import { type LoopAccess } from './loop-access';
import { type InjectedFault, type LoopFault } from './loop-faults';
import { type LoopNamespace, type PipelineService } from './loop-services';
import { type LoopContext, runLoop, until } from './loop-runner';
import { describe } from './loop-report';

export const TEAM = 'flights';
export const DATASET = 'flights';
export const MODEL = 'flights-delay-gbdt';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June'];

export const FEATURE_SET: FeaturesComponents['schemas']['FeatureSetRequest'] = {
  featureSetId: 'flights-delay',
  datasetId: DATASET,
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    {
      kind: 'categorical',
      name: 'destination_delay_rate',
      source: 'destination',
      minFrequency: 20,
      encoding: 'target',
    },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};

export interface LoopOptions {
  readonly namespace: LoopNamespace;
  readonly ports: Record<PipelineService, number>;
  /** Flights per month, taken evenly across the month. */
  readonly rowsPerMonth: number;
  /** Months streamed after January's training (2 = February .. 6 = June). */
  readonly months: readonly number[];
  /** The registry's promotion policy (autoRelease is added). */
  readonly promotionPolicy: RegistryComponents['schemas']['PromotionPolicy'];
  /** Monitoring's policy of the model (quality window: one month of outcomes). */
  readonly monitoringPolicy: MonitoringComponents['schemas']['MonitoringPolicy'];
  readonly log: (line: string) => void;
  /** Runs after the loop while the services still answer (queries of lineage, the audit log). */
  readonly whileRunning?: (loop: LoopContext) => Promise<void>;
  readonly serviceOutput: 'inherit' | 'ignore';
  readonly logLevel: string;
  readonly faults?: readonly LoopFault[];
  readonly serviceEnv?: Readonly<Record<string, string>>;
}

export interface VersionSummary {
  readonly version: number;
  /** Its stage when the loop ended (a production version a later one replaced is ARCHIVED). */
  readonly stage: string;
  /** The stage its release reached. */
  readonly released: string;
  readonly trainedOn: string;
  readonly trigger: string;
  readonly metrics: Record<string, number>;
  readonly outcome: string;
}

export interface MonthSummary {
  readonly month: string;
  readonly served: Record<string, number>;
  readonly quality: Array<{
    version: number;
    auc: number;
    ece: number;
    positiveRate: number;
    size: number;
    status: string;
  }>;
  readonly drift: Array<{ version: number; severity: string; largest: string }>;
  readonly signals: string[];
  readonly decisions: string[];
}

export interface LoopOutcome {
  readonly events: LoopEventLog;
  readonly versions: VersionSummary[];
  readonly months: MonthSummary[];
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly faults: InjectedFault[];
}

export async function runFlightsLoop(options: LoopOptions): Promise<LoopOutcome> {
  const setting = {
    ...options,
    objects: { team: TEAM, datasets: [DATASET], models: [MODEL] },
    driftWindow: Math.max(100, Math.floor(options.rowsPerMonth / 2)),
  };
  const run = await runLoop(
    setting,
    ({ events, access }) => new FlightsLoop(options, events, access).run(),
    options.whileRunning,
  );
  return {
    events: run.events,
    ...run.result,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    faults: run.faults,
  };
}

class FlightsLoop {
  private readonly versions: VersionSummary[] = [];
  private readonly months: MonthSummary[] = [];
  /** Records (and as many outcomes) sent so far. */
  private sent = 0;
  /** A retraining recommendation training holds for the next accepted training set. */
  private waitingRetrain: string | null = null;
  private readonly quarantined: string[] = [];

  constructor(
    private readonly options: LoopOptions,
    private readonly events: LoopEventLog,
    private readonly access: LoopAccess,
  ) {}

  async run(): Promise<{ versions: VersionSummary[]; months: MonthSummary[] }> {
    await this.declare();
    const january = await readFlightsOfMonth(1, this.options.rowsPerMonth);
    await this.sendRecords(1, january);
    await this.sendOutcomes(1, january, null);
    const first = await this.sealAndMaterialize(1);
    if (!first) throw new Error("January's snapshot was quarantined: there is no data to train model v1 on");
    const v1 = await this.followTraining(first.materializedEventId, 'new training set of January');
    if (v1 === null) throw new Error('model v1 was not released; the loop has no production model to serve with');
    // From now on the team retrains on monitoring's recommendations only, on the data that covers what went wrong.
    await unwrap(
      this.lead.training.PUT('/v1/models/{modelName}', {
        params: { path: { modelName: MODEL } },
        body: this.modelConfig(false),
      }),
    );
    this.options.log(
      `training config of ${MODEL}: retrain only when monitoring recommends it, on the next training set`,
    );
    for (const month of this.options.months) await this.month(month);
    return { versions: await this.finalStages(), months: this.months };
  }

  /** The versions as the registry has them now: a release's stage may have changed since. */
  private async finalStages(): Promise<VersionSummary[]> {
    return Promise.all(
      this.versions.map(async (v) => {
        const { stage } = await unwrap(
          this.lead.registry.GET('/v1/models/{modelName}/versions/{version}', {
            params: { path: { modelName: MODEL, version: v.version } },
          }),
        );
        return { ...v, stage };
      }),
    );
  }

  /** The lead's client; the product service's is `app`. */
  private get lead() {
    return this.access.clients.lead;
  }

  private get app() {
    return this.access.clients.app;
  }

  private modelConfig(trainOnNewFeatureSet: boolean): TrainingComponents['schemas']['ModelConfigRequest'] {
    return {
      featureSetId: FEATURE_SET.featureSetId,
      algorithm: 'gbdt',
      params: { maxIterations: '100' },
      seed: 42,
      minSegmentSize: 100,
      trainOnNewFeatureSet,
      retrainOn: 'next_feature_set',
    };
  }

  private async declare(): Promise<void> {
    const spec = await unwrap(
      this.lead.ingestion.POST('/v1/datasets/{datasetId}/specs', {
        params: { path: { datasetId: DATASET } },
        body: FLIGHTS_SPEC,
      }),
    );
    this.options.log(`dataset '${DATASET}' spec v${spec.version}: label '${spec.labelField}' arrives after the flight`);
    // Refused until the features service has the dataset's spec from its topic: asked again until then.
    const featureSet = await until('the features service to know the dataset', () =>
      unwrap(this.lead.features.POST('/v1/feature-sets', { body: FEATURE_SET })),
    );
    this.options.log(
      `feature set '${FEATURE_SET.featureSetId}' ${featureSet.version}: ${FEATURE_SET.features.map((f) => f.name).join(', ')}`,
    );
    const model = { params: { path: { modelName: MODEL } } };
    await unwrap(this.lead.training.PUT('/v1/models/{modelName}', { ...model, body: this.modelConfig(true) }));
    await unwrap(
      this.lead.registry.PUT('/v1/models/{modelName}/policy', {
        ...model,
        body: { ...this.options.promotionPolicy, autoRelease: { canaryPercent: 10, toProduction: true } },
      }),
    );
    await unwrap(
      this.lead.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', {
        ...model,
        body: this.options.monitoringPolicy,
      }),
    );
    this.options.log(
      `model '${MODEL}' (gradient-boosted trees, seed 42), its promotion policy (automatic release through the gates) and its monitoring policy declared`,
    );
  }

  private entityId(month: number, index: number): string {
    return `2001-${month}-${index}`;
  }

  private async sendRecords(month: number, flights: readonly Flight[]): Promise<void> {
    const started = Date.now();
    for (let from = 0; from < flights.length; from += 2_000) {
      const records = flights.slice(from, from + 2_000).map((f, i) => ({
        flightId: this.entityId(month, from + i),
        date: f.date,
        distance: f.distance,
        origin: f.origin,
        destination: f.destination,
      }));
      await unwrap(
        this.app.ingestion.POST('/v1/datasets/{datasetId}/records', {
          params: { path: { datasetId: DATASET } },
          body: { records },
          headers: { 'idempotency-key': `loop-${month}-${from}` },
        }),
      );
    }
    this.options.log(
      `${MONTH_NAMES[month - 1]}: ${flights.length} flights sent to ingestion in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  /** Outcomes, as the product service learns them after the flights; with the prediction id where it had one. */
  private async sendOutcomes(
    month: number,
    flights: readonly Flight[],
    predictionIds: readonly string[] | null,
  ): Promise<void> {
    for (let from = 0; from < flights.length; from += 5_000) {
      const labels = flights.slice(from, from + 5_000).map((f, i) => ({
        entityId: this.entityId(month, from + i),
        eventTime: f.date,
        label: f.delay > 15,
        ...(predictionIds ? { predictionId: predictionIds[from + i] } : {}),
      }));
      await unwrap(
        this.app.ingestion.POST('/v1/datasets/{datasetId}/labels', {
          params: { path: { datasetId: DATASET } },
          body: { labels },
        }),
      );
    }
  }

  /** Predictions for the month's flights, as the product asks for them; returns the prediction ids, and counts per version and route. */
  private async predict(
    month: number,
    flights: readonly Flight[],
  ): Promise<{ predictionIds: string[]; served: Record<string, number> }> {
    const predictionIds: string[] = [];
    const served: Record<string, number> = {};
    for (let from = 0; from < flights.length; from += 500) {
      const rows = flights.slice(from, from + 500).map((f, i) => ({
        entityId: this.entityId(month, from + i),
        date: f.date,
        distance: f.distance,
        origin: f.origin,
        destination: f.destination,
      }));
      const { predictions } = await unwrap(
        this.app.serving.POST('/v1/models/{modelName}/predict', {
          params: { path: { modelName: MODEL } },
          body: { rows },
        }),
      );
      for (const p of predictions) {
        predictionIds.push(p.predictionId);
        served[`v${p.version} ${p.route}`] = (served[`v${p.version} ${p.route}`] ?? 0) + 1;
      }
    }
    return { predictionIds, served };
  }

  /**
   * Seals what ingestion holds and follows the snapshot through validation to its training set; null
   * when validation quarantined it (nothing is built from it). Ingestion stores records and outcomes
   * from its topics: a snapshot sealed before they are in would miss them.
   */
  private async sealAndMaterialize(month: number): Promise<{ snapshotId: string; materializedEventId: string } | null> {
    this.sent += this.options.rowsPerMonth;
    await until(
      "ingestion to store the month's records and outcomes",
      async () => {
        const stats = await unwrap(
          this.app.ingestion.GET('/v1/datasets/{datasetId}/stats', { params: { path: { datasetId: DATASET } } }),
        );
        return stats.records >= this.sent && stats.labels >= this.sent;
      },
      120_000,
    );
    const {
      snapshots: [snapshot],
    } = await unwrap(
      this.app.ingestion.POST('/v1/datasets/{datasetId}/snapshots', { params: { path: { datasetId: DATASET } } }),
    );
    const name = MONTH_NAMES[month - 1];
    const verdict = await until(
      'the validation verdict',
      async () =>
        this.events.ofType('SnapshotValidated', (p) => p.snapshotId === snapshot.snapshotId)[0] ??
        this.events.ofType('SnapshotQuarantined', (p) => p.snapshotId === snapshot.snapshotId)[0],
      120_000,
    );
    if (verdict.type === 'SnapshotQuarantined') {
      const failed = (
        verdict.data as { checks: Array<{ check: string; field: string | null; status: string; detail: string }> }
      ).checks.filter((c) => c.status === 'FAIL');
      this.quarantined.push(
        `${name}: snapshot ${snapshot.snapshotId.slice(0, 12)} quarantined (${failed.map((c) => `${c.check}${c.field ? ` ${c.field}` : ''}: ${c.detail}`).join('; ')})`,
      );
      this.options.log(
        `${name}: snapshot ${snapshot.snapshotId.slice(0, 12)} QUARANTINED by validation: ${failed.map((c) => `${c.check} ${c.field ?? ''} ${c.detail}`).join('; ')}; no training set is built from it`,
      );
      return null;
    }
    const materialized = await this.events.waitFor(
      'the training set',
      'FeatureSetMaterialized',
      (p) => p.snapshotId === snapshot.snapshotId,
      180_000,
    );
    this.options.log(
      `${name}: snapshot ${snapshot.snapshotId.slice(0, 12)} of ${snapshot.rowCount} rows sealed, validated ${(verdict.data as { verdict: string }).verdict}, training set of ${materialized.data.rowCount} rows`,
    );
    return { snapshotId: snapshot.snapshotId, materializedEventId: materialized.id };
  }

  /** The run a training set caused, then its version through the registry's automatic release; the production version, or null if blocked. */
  private async followTraining(materializedEventId: string, trigger: string): Promise<number | null> {
    const requested = await until(
      'the training request of this training set',
      async () => this.events.ofType('TrainingRequested').find((e) => e.causationId === materializedEventId),
      60_000,
    );
    const done = await until(
      'the training run to end',
      async () =>
        this.events.ofType('TrainingCompleted', (p) => p.requestId === requested.data.requestId)[0] ??
        this.events.ofType('TrainingFailed', (p) => p.requestId === requested.data.requestId && !p.willRetry)[0],
      600_000,
    );
    if (done.type === 'TrainingFailed') {
      this.options.log(
        `training run for ${requested.data.requestId} FAILED: ${(done.data as unknown as { message: string }).message}`,
      );
      return null;
    }
    const run = done.data as {
      runId: string;
      metrics: Record<string, number>;
      snapshotId: string;
      durationMs: number;
      trainRows: number;
      holdoutRows: number;
    };
    const registered = await this.events.waitFor(
      'VersionRegistered',
      'VersionRegistered',
      (p) => p.runId === run.runId,
      60_000,
    );
    const version = registered.data.version;
    this.options.log(
      `training: v${version} (${requested.data.reason}) trained on ${run.trainRows} rows, evaluated on the latest ${run.holdoutRows}: AUC ${run.metrics.auc.toFixed(3)}, ECE ${run.metrics.ece.toFixed(3)}`,
    );
    const outcome = await until(
      `the release of v${version}`,
      async () => {
        const { stage } = await unwrap(
          this.lead.registry.GET('/v1/models/{modelName}/versions/{version}', {
            params: { path: { modelName: MODEL, version } },
          }),
        );
        if (stage === 'PRODUCTION') return { stage, detail: 'promoted to PRODUCTION through every gate' };
        const failed = this.events.ofType('GateEvaluated', (p) => p.version === version && !p.passed)[0];
        if (failed)
          return {
            stage,
            detail: `blocked before ${failed.data.targetStage}: ${failed.data.gates
              .filter((g) => !g.passed)
              .map((g) => `${g.gate}${g.segment ? ` (${g.segment})` : ''} ${g.detail}`)
              .join('; ')}`,
          };
        const loadTest = this.events.ofType(
          'LoadTestCompleted',
          (p) => p.version === version && p.verdict === 'FAIL',
        )[0];
        if (loadTest)
          return {
            stage,
            detail: `blocked in CANARY: load test failed (p99 ${loadTest.data.p99Ms} ms at ${Math.round(loadTest.data.rps)} rps)`,
          };
        return null;
      },
      300_000,
    );
    this.options.log(`registry: v${version} ${outcome.detail}`);
    this.versions.push({
      version,
      stage: outcome.stage,
      released: outcome.stage,
      trainedOn: `snapshot ${run.snapshotId.slice(0, 12)}`,
      trigger,
      metrics: run.metrics,
      outcome: outcome.detail,
    });
    return outcome.stage === 'PRODUCTION' ? version : null;
  }

  private async month(month: number): Promise<void> {
    const name = MONTH_NAMES[month - 1];
    const since = new Date().toISOString();
    const flights = await readFlightsOfMonth(month, this.options.rowsPerMonth);
    await this.sendRecords(month, flights);
    const { predictionIds, served } = await this.predict(month, flights);
    this.options.log(
      `${name}: ${predictionIds.length} predictions served (${Object.entries(served)
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ')})`,
    );
    const judgedBefore = await this.qualityReportCount();
    await this.sendOutcomes(month, flights, predictionIds);
    await this.waitForQualityJudgements(judgedBefore, served);
    // A recommendation is stored with the window that caused it, and published through the outbox after.
    const recommended = (await this.recommendationsSince(since)).find(
      (r) => r.kind === 'RETRAIN' && r.status === 'PUBLISHED',
    );
    const retrain =
      recommended &&
      (await this.events.waitFor(
        'RetrainRecommended on its topic',
        'RetrainRecommended',
        (p) => p.recommendationId === recommended.recommendationId,
        60_000,
      ));
    if (retrain) {
      this.options.log(`monitoring: retraining recommended (${retrain.data.rule}): ${retrain.data.reason}`);
      await until(
        'training to hold the recommendation for the next training set',
        async () =>
          (await unwrap(this.lead.training.GET('/v1/models/{modelName}', { params: { path: { modelName: MODEL } } })))
            .waitingRetrain?.recommendationId === retrain.data.recommendationId,
        60_000,
      );
    }
    if (retrain) this.waitingRetrain = `${retrain.data.rule} in ${name}`;
    const materialized = await this.sealAndMaterialize(month);
    if (materialized && this.waitingRetrain) {
      await this.followTraining(materialized.materializedEventId, this.waitingRetrain);
      this.waitingRetrain = null;
    }
    this.months.push(await this.summarize(name, since, served));
  }

  private async qualityReportCount(): Promise<number> {
    return (await this.qualityReports(500)).length;
  }

  /** Monitoring's quality reports of the model, newest first (with `since`, those made since). */
  private qualityReports(limit: number, since?: string) {
    return newestFirst(
      (before) =>
        unwrap(
          this.lead.monitoring.GET('/v1/models/{modelName}/reports', {
            params: { path: { modelName: MODEL }, query: { kind: 'QUALITY', limit, before } },
          }),
        ),
      since,
    );
  }

  private recommendationsSince(since: string) {
    return newestFirst(
      (before) =>
        unwrap(
          this.lead.monitoring.GET('/v1/models/{modelName}/recommendations', {
            params: { path: { modelName: MODEL }, query: { limit: 100, before } },
          }),
        ),
      since,
    );
  }

  /** Monitoring judges a window per version each time a month's worth of its predictions is labelled; waits for the windows this month completes. */
  private async waitForQualityJudgements(before: number, served: Record<string, number>): Promise<void> {
    // The policy as monitoring holds it, defaults filled in (the document types them optional, as a request takes them).
    const window = (
      await unwrap(
        this.lead.monitoring.GET('/v1/models/{modelName}/monitoring-policy', {
          params: { path: { modelName: MODEL } },
        }),
      )
    ).policy.quality?.windowSize;
    if (!window) throw new Error(`monitoring answered a policy of ${MODEL} without a quality window size`);
    const labelled = Object.entries(served)
      .filter(([key]) => !key.endsWith('FALLBACK'))
      .reduce((sum, [, n]) => sum + n, 0);
    const expected = Object.entries(served)
      .filter(([key]) => !key.endsWith('FALLBACK'))
      .reduce((sum, [, n]) => sum + Math.floor(n / window), 0);
    if (expected === 0) return;
    await until(
      `monitoring to judge ${labelled} labelled predictions`,
      async () => (await this.qualityReportCount()) >= before + expected,
      120_000,
    );
  }

  private async summarize(month: string, since: string, served: Record<string, number>): Promise<MonthSummary> {
    const quality = (await this.qualityReports(100, since)).map((r) => {
      // A quality report's measurements are the judgement's (the API leaves their shape open): its metrics by name.
      const { metrics } = r.measurements as { metrics: Record<string, number> };
      return {
        version: r.version,
        auc: metrics.auc,
        ece: metrics.ece,
        positiveRate: metrics.positive_rate,
        size: r.windowSize,
        status: r.status,
      };
    });
    const driftReports = await newestFirst(
      (before) =>
        unwrap(
          this.lead.monitoring.GET('/v1/models/{modelName}/drift-reports', {
            params: { path: { modelName: MODEL }, query: { limit: 100, before } },
          }),
        ),
      since,
    );
    const drift = driftReports.map((r) => {
      const largest = [...r.features].sort((a, b) => b.psi - a.psi)[0];
      return {
        version: r.version,
        severity: r.severity,
        largest: largest ? `${largest.feature} PSI ${largest.psi.toFixed(3)}` : '-',
      };
    });
    const inMonth = this.events.events().filter((e) => e.time >= since);
    const signals = inMonth
      .filter((e) =>
        ['DriftDetected', 'QualityDegraded', 'SloBreached', 'RetrainRecommended', 'RollbackRecommended'].includes(
          e.type,
        ),
      )
      .map((e) => describe(e.type, e.payload()));
    const decisions = inMonth
      .filter((e) => ['GateEvaluated', 'StageChanged', 'RolledBack'].includes(e.type))
      .map((e) => describe(e.type, e.payload()));
    const suppressed = (await this.recommendationsSince(since)).filter((r) => r.status === 'SUPPRESSED');
    for (const r of suppressed)
      decisions.push(
        `no second ${r.kind.toLowerCase()} recommendation (${r.rule}): the model's cool-down holds it back`,
      );
    decisions.push(...this.quarantined.splice(0));
    return { month, served, quality, drift, signals, decisions };
  }
}
