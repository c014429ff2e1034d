/**
 * The whole loop in one command (npm run demo; deploy/local/up.sh has started Kafka and Postgres):
 * all services, January's flights to model v1 through the gates, then February-June streamed as a
 * product service would, monitoring's verdicts, retraining on its recommendation, the new version
 * released or blocked with the reason. Prints a timeline built from the events and a short report.
 *
 *   DEMO_ROWS_PER_MONTH=10000  flights per month (taken evenly across it)
 *   DEMO_MONTHS=2,3,4,5,6      months streamed after January
 *   DEMO_NAMESPACE=...         topic prefix and schema prefix of this run (default: a new one per run)
 */
import { initInstallationKeys } from '@loopgate/auth';
import { join } from 'node:path';
import { type GovernanceComponents, unwrap } from '@loopgate/client';
import { type EventPayloads, type EventType } from '@loopgate/contracts';
import { runFlightsLoop, MODEL } from './flights-loop';
import { chainLines, report, timeline } from './loop-report';
import { provisionLoopDatabase } from './loop-database';
import { PIPELINE_SERVICES, type PipelineService } from './loop-services';
import { replayTrainingSetOf } from './loop-replay';

const ROOT = join(__dirname, '../../..');
const ROWS = Number(process.env.DEMO_ROWS_PER_MONTH ?? 10_000);
const MONTHS = (process.env.DEMO_MONTHS ?? '2,3,4,5,6').split(',').map(Number);
const NAMESPACE = process.env.DEMO_NAMESPACE ?? `demo${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
const ADMIN_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://loopgate:loopgate@127.0.0.1:5432/loopgate';

function checkOptions(): void {
  const problems: string[] = [];
  if (!Number.isInteger(ROWS) || ROWS < 2_000 || ROWS > 400_000)
    problems.push(
      `DEMO_ROWS_PER_MONTH must be an integer from 2000 to 400000; got '${process.env.DEMO_ROWS_PER_MONTH}'`,
    );
  if (MONTHS.some((m) => !Number.isInteger(m) || m < 2 || m > 6))
    problems.push(`DEMO_MONTHS must list months 2-6; got '${process.env.DEMO_MONTHS}'`);
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(NAMESPACE))
    problems.push(`DEMO_NAMESPACE must be lower-case letters, digits and underscores (at most 31); got '${NAMESPACE}'`);
  if (problems.length > 0) {
    console.error(`[demo] ${problems.join('\n[demo] ')}`);
    process.exit(78);
  }
}

type LineageStep = GovernanceComponents['schemas']['LineageStep'];

/** The payload of a step of the lineage, as the event governance recorded it (each place of the lineage holds one type), or nothing for a step it has not. */
function payloadOf<T extends EventType>(_type: T, step: LineageStep | null): Partial<EventPayloads[T]> {
  return (step?.payload ?? {}) as Partial<EventPayloads[T]>;
}

function lineageLines(l: GovernanceComponents['schemas']['PredictionLineage']): string[] {
  const model = payloadOf('VersionRegistered', l.model);
  const run = payloadOf('TrainingCompleted', l.run);
  const request = payloadOf('TrainingRequested', l.request);
  const trainingSet = payloadOf('FeatureSetMaterialized', l.trainingSet);
  const snapshot = payloadOf('SnapshotSealed', l.snapshot);
  const lines = [
    `model ${model.modelName} v${model.version}: sha256 ${String(model.model?.sha256).slice(0, 16)}, code ${model.codeVersion?.split(' ')[0]}`,
    `run ${String(run.runId).slice(0, 8)}: ${run.algorithm}, seed ${run.seed}, AUC ${run.metrics?.auc?.toFixed(3)}, requested for ${request.reason} by ${request.requestedBy}`,
  ];
  if (l.recommendation)
    lines.push(
      `recommended by rule ${payloadOf('RetrainRecommended', l.recommendation.step).rule}, on ${l.recommendation.signals.map((s) => `${s.type} ${s.payload.metric ?? ''} ${s.payload.segment ?? ''}`.trim()).join(', ')}`,
    );
  lines.push(
    `training set ${trainingSet.featureSetId} ${trainingSet.version} (${trainingSet.rowCount} rows, sha256 ${String(trainingSet.trainingSet?.sha256).slice(0, 16)})`,
  );
  lines.push(
    `snapshot ${String(snapshot.snapshotId).slice(0, 12)}: ${snapshot.rowCount} records of '${snapshot.datasetId}', verdicts ${l.dataVerdicts.map((v) => `${v.type}${v.payload.verdict ? ` ${v.payload.verdict}` : ''}`).join(', ')}`,
  );
  lines.push(
    `gates: ${l.gates.map((g) => `${g.payload.targetStage} ${g.payload.passed ? 'PASS' : 'FAIL'}`).join(', ')}; load tests: ${l.loadTests.map((t) => `${t.payload.verdict} p99 ${t.payload.p99Ms} ms`).join(', ')}; approvals: ${l.approvals.length}`,
  );
  lines.push(
    `stages: ${l.stages.map((s) => `${s.payload.fromStage} -> ${s.payload.toStage} (${s.actor})`).join(', ')}`,
  );
  return lines;
}

async function main(): Promise<void> {
  checkOptions();
  const log = (line: string) => console.log(`[demo] ${line}`);
  log(`namespace '${NAMESPACE}' (topics ${NAMESPACE}.*, schemas ${NAMESPACE}_*), ${ROWS} flights per month`);
  const ports = Object.fromEntries(PIPELINE_SERVICES.map((name, i) => [name, 3001 + i])) as Record<
    PipelineService,
    number
  >;
  const namespace = {
    topicPrefix: `${NAMESPACE}.`,
    schemaPrefix: `${NAMESPACE}_`,
    artifactStoreUri: `file://${ROOT}/.data/artifacts`,
    kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    databaseUrl: ADMIN_DATABASE_URL,
    // Each service logs in as its own role, owning only its schema (new passwords every run).
    databaseUrls: await provisionLoopDatabase(ADMIN_DATABASE_URL, `${NAMESPACE}_`),
    // The namespace's installation keys, kept with its data (what `loopgate admin init` makes in LOOPGATE_HOME).
    keys: initInstallationKeys(`${ROOT}/.data/keys`),
  };
  const outcome = await runFlightsLoop({
    namespace,
    ports,
    rowsPerMonth: ROWS,
    months: MONTHS,
    // Most airports have fewer than 200 holdout rows a month: they are recorded as not measured and let through, deliberately.
    promotionPolicy: {
      minMetrics: { auc: 0.55 },
      maxRegression: { metrics: { auc: 0.03 }, minSegmentSize: 200 },
      unmeasured: 'ignore',
      loadTestRequiredFor: ['PRODUCTION'],
      approval: 'never',
    },
    monitoringPolicy: {
      owner: 'flights-team',
      quality: {
        windowSize: ROWS,
        segmentFields: ['origin'],
        minSegmentSize: 300,
        floors: { auc: 0.55 },
        ceilings: { ece: 0.035 },
      },
      slo: { windowSize: 1_000, p99LatencyMs: 250 },
      retrain: { onQualityDegraded: true, onSegmentQuality: false, onDriftedFeatures: 2, cooldownMs: 24 * 3_600_000 },
    },
    log,
    whileRunning: async ({ urls, events, access }) => {
      const { governance } = access.clients.admin;
      const audit = await unwrap(governance.GET('/v1/audit/verify'));
      log(
        `audit log: ${audit.entries} entries, head ${String(audit.headHash).slice(0, 16)}, ${audit.ok ? 'chain verified' : `BROKEN: ${JSON.stringify(audit.firstBreak ?? audit.checkpoints.mismatch)}`}, ${audit.checkpoints.checked} checkpoints match`,
      );
      const last = events.ofType('PredictionServed').at(-1);
      if (!last) return;
      const lineage = await unwrap(
        governance.GET('/v1/lineage/predictions/{predictionId}', {
          params: { path: { predictionId: last.data.predictionId } },
        }),
      );
      log(
        `what produced prediction ${last.data.predictionId.slice(0, 8)} (${last.data.modelName} v${last.data.version}, score ${last.data.score.toFixed(3)})? from the audit log:`,
      );
      for (const line of lineageLines(lineage)) log(`  ${line}`);
      const production = events
        .ofType('StageChanged', (p) => p.modelName === MODEL && p.toStage === 'PRODUCTION')
        .at(-1);
      if (!production) return;
      log(
        `an operator replays the training set of ${MODEL} v${production.data.version} (loopgate replay: training alone, in a namespace of its own):`,
      );
      const replayed = await replayTrainingSetOf(
        { modelName: MODEL, version: production.data.version },
        events,
        namespace,
        urls,
        await access.admin.token(),
      );
      for (const line of replayed.report.trimEnd().split('\n')) log(`  ${line}`);
    },
    serviceOutput: 'inherit',
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  const events = outcome.events.events();
  console.log('\n[demo] timeline (from the events on the topics):');
  for (const line of timeline(events)) console.log(`  ${line}`);
  console.log('\n[demo] report:');
  for (const line of report(outcome)) console.log(`  ${line}`);
  const productions = outcome.events.ofType('StageChanged', (p) => p.modelName === MODEL && p.toStage === 'PRODUCTION');
  const last = productions.at(-1);
  if (last) {
    console.log(`\n[demo] causation chain of the latest production model (v${last.data.version}), cause first:`);
    const chain = outcome.events.chainTo(last.id);
    for (const line of chainLines(chain)) console.log(line);
    const request = chain.find((e) => e.type === 'TrainingRequested')?.payload<'TrainingRequested'>();
    const recommendation =
      request && outcome.events.ofType('RetrainRecommended', (p) => p.recommendationId === request.requestId)[0];
    if (recommendation) {
      console.log(
        `[demo] why it was trained: request ${request.requestId.slice(0, 8)} is the recommendation of rule ${recommendation.data.rule}, whose causes were:`,
      );
      for (const line of chainLines(outcome.events.chainTo(recommendation.id))) console.log(line);
    }
  }
  console.log(`\n[demo] ${events.length} events in ${((outcome.finishedAt - outcome.startedAt) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(`[demo] FAILED: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
