/**
 * The product as far as it is built: starts the ingestion, validation, features, training, registry and
 * serving services on the local Kafka and Postgres (deploy/local/up.sh must have run), registers the
 * flights dataset spec, a feature set, a model and its promotion policy, streams a slice of the real flights data (vega-datasets'
 * flights-3m.parquet, January 2001) into ingestion over HTTP as a product service would, then their
 * labels (delayed > 15 min), seals a content-addressed snapshot, and prints what follows from the
 * events: validation's verdict, the point-in-time training set, the trained model's evaluation, its
 * release through the registry's gates (canary, load test, production) and live predictions.
 *
 *   DEMO_ROWS=20000 (default)  how many January flights to send
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { FLIGHTS_SPEC, readFlights } from '@loopgate/datasets';

const ROOT = join(__dirname, '../../..');
const ROWS = Number(process.env.DEMO_ROWS ?? 20_000);
const BATCH = 2_000;
const PORT = Number(process.env.PORT ?? 3001);
const VALIDATION_PORT = Number(process.env.VALIDATION_PORT ?? 3002);
const FEATURES_PORT = Number(process.env.FEATURES_PORT ?? 3003);
const TRAINING_PORT = Number(process.env.TRAINING_PORT ?? 3004);
const BASE = `http://127.0.0.1:${PORT}`;
const VALIDATION = `http://127.0.0.1:${VALIDATION_PORT}`;
const FEATURES = `http://127.0.0.1:${FEATURES_PORT}`;
const TRAINING = `http://127.0.0.1:${TRAINING_PORT}`;
const REGISTRY_PORT = Number(process.env.REGISTRY_PORT ?? 3005);
const SERVING_PORT = Number(process.env.SERVING_PORT ?? 3006);
const REGISTRY = `http://127.0.0.1:${REGISTRY_PORT}`;
const SERVING = `http://127.0.0.1:${SERVING_PORT}`;
const POLICY = { minMetrics: { auc: 0.55 }, maxRegression: { metrics: { auc: 0.02 }, minSegmentSize: 100 }, loadTestRequiredFor: ['PRODUCTION'], approval: 'override' };
const DATASET = 'flights';
const MODEL = 'flights-delay-gbdt';
const FEATURE_SET = {
  featureSetId: 'flights-delay',
  datasetId: DATASET,
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination_delay_rate', source: 'destination', minFrequency: 20, encoding: 'target' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<any> => send('POST', `${BASE}${path}`, body, headers);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
const getJson = (path: string): Promise<any> => send('GET', `${BASE}${path}`);

function startService(name: string, port: number): { name: string; process: ChildProcess; exited: Promise<string> } {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, `services/${name}/src/main.ts`)], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { name, process: child, exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`))) };
}

interface ValidationReport {
  verdict: string;
  status: string;
  durationMs: number;
  checks: Array<{ check: string; field: string | null; status: string; detail: string }>;
}

/** Waits for validation's verdict on a snapshot (it arrives through ingest.snapshots) and prints it. */
async function printReport(snapshotId: string): Promise<ValidationReport> {
  const report = await waitFor('the validation report', async () => {
    const response = await fetch(`${VALIDATION}/v1/snapshots/${snapshotId}/report`);
    return response.ok ? ((await response.json()) as ValidationReport) : null;
  });
  const notable = report.checks.filter((c) => c.status !== 'PASS');
  console.log(`[demo] validation: ${report.verdict} (${report.status}) after ${report.checks.length} checks in ${report.durationMs} ms`);
  for (const c of notable) console.log(`[demo]   ${c.status} ${c.check}${c.field ? ` ${c.field}` : ''}: ${c.detail}`);
  return report;
}

/** The feature set is registered once the features service has heard of the dataset's spec (over ingest.specs). */
async function registerFeatureSet(): Promise<void> {
  const featureSet = await waitFor('the features service to know the dataset', async () => {
    const response = await fetch(`${FEATURES}/v1/feature-sets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FEATURE_SET) });
    return response.ok ? ((await response.json()) as { version: string }) : null;
  });
  console.log(`[demo] feature set '${FEATURE_SET.featureSetId}' version ${featureSet.version}: ${FEATURE_SET.features.map((f) => f.name).join(', ')}`);
  await send('PUT', `${TRAINING}/v1/models/${MODEL}`, { featureSetId: FEATURE_SET.featureSetId, algorithm: 'gbdt', params: { maxIterations: '100' }, seed: 42, minSegmentSize: 100 });
  console.log(`[demo] model '${MODEL}': gradient-boosted trees, trained whenever a new training set of '${FEATURE_SET.featureSetId}' is materialized`);
}

interface TrackedRun {
  runId: string;
  snapshotId: string | null;
  status: string;
  attempt: number;
  durationMs: number | null;
  trainRows: number | null;
  holdoutRows: number | null;
  metrics: Record<string, number> | null;
  segmentMetrics: Array<{ segmentValue: string; sampleSize: number; metrics: Record<string, number> }> | null;
  modelArtifact: { sha256: string } | null;
  errorMessage: string | null;
  codeVersion: string;
}

/** Follows the snapshot through features (training set) and training (the run), as the events drive them. */
async function printTraining(snapshotId: string): Promise<string | null> {
  const materialization = await waitFor('the training set', async () => {
    const page = (await send('GET', `${FEATURES}/v1/feature-sets/${FEATURE_SET.featureSetId}/materializations`)) as { items: Array<{ snapshotId: string; rowCount: number; labelsWithoutFeatures: number; durationMs: number; trainingSet: { sha256: string } }> };
    return page.items.find((m) => m.snapshotId === snapshotId) ?? null;
  });
  console.log(`[demo] features: point-in-time training set of ${materialization.rowCount} rows in ${materialization.durationMs} ms (sha256 ${materialization.trainingSet.sha256.slice(0, 12)}), ${materialization.labelsWithoutFeatures} labels without features`);
  const run = await waitFor('the training run', async () => {
    const page = (await send('GET', `${TRAINING}/v1/runs?modelName=${MODEL}`)) as { items: TrackedRun[] };
    return page.items.find((r) => r.snapshotId === snapshotId && (r.status === 'SUCCEEDED' || r.status === 'FAILED')) ?? null;
  }, 600_000);
  if (run.status === 'FAILED') {
    console.log(`[demo] training: run ${run.runId} FAILED after ${run.attempt} attempt(s): ${run.errorMessage}`);
    return null;
  }
  const m = run.metrics!;
  console.log(`[demo] training: run ${run.runId} in ${run.durationMs} ms on ${run.trainRows} rows, evaluated on the latest ${run.holdoutRows}: AUC ${m.auc.toFixed(3)}, log loss ${m.log_loss.toFixed(3)}, Brier ${m.brier.toFixed(3)}, ECE ${m.ece.toFixed(3)}`);
  const segments = [...(run.segmentMetrics ?? [])].sort((a, b) => b.sampleSize - a.sampleSize).slice(0, 5);
  for (const s of segments) console.log(`[demo]   origin=${s.segmentValue}: ${s.sampleSize} flights, AUC ${s.metrics.auc.toFixed(3)}`);
  console.log(`[demo]   model sha256 ${run.modelArtifact!.sha256.slice(0, 16)} (ONNX, preprocessing included), ${run.codeVersion}`);
  return run.runId;
}

interface RegisteredVersion {
  version: number;
  runId: string;
  stage: string;
}

/** The run's version through the registry's gates: canary, a load test of the canary, production; then live predictions. */
async function printRelease(runId: string): Promise<void> {
  await send('PUT', `${REGISTRY}/v1/models/${MODEL}/policy`, POLICY);
  const version = await waitFor('the registered version', async () => {
    const page = (await send('GET', `${REGISTRY}/v1/models/${MODEL}/versions`)) as { items: RegisteredVersion[] };
    return page.items.find((v) => v.runId === runId) ?? null;
  });
  console.log(`[demo] registry: ${MODEL} v${version.version} registered (${version.stage})`);
  if (version.stage === 'CANDIDATE') {
    const canary = await promote(version.version, { targetStage: 'CANARY', trafficPercent: 10, reason: 'first canary of the demo' });
    console.log(`[demo]   -> CANARY (10% of traffic): ${canary.gates.length} gates passed`);
    await waitFor('serving to load the canary', async () => {
      const deployments = (await send('GET', `${SERVING}/v1/deployments`)) as Array<{ modelName: string; canary: { version: number } | null; primary: { version: number } | null }>;
      return deployments.some((d) => d.modelName === MODEL && (d.canary?.version === version.version || d.primary?.version === version.version)) ? true : null;
    });
    await loadTest(version.version);
    const production = await waitFor('the load test to reach the registry', async () => {
      const response = await fetch(`${REGISTRY}/v1/models/${MODEL}/versions/${version.version}/promotions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ targetStage: 'PRODUCTION', reason: 'canary healthy, load test passed' }) });
      const body = (await response.json()) as { gates: Array<{ gate: string; passed: boolean; detail: string }>; error?: { message: string } };
      if (response.status === 409 && !body.error!.message.includes('load_test')) throw new Error(body.error!.message);
      return response.ok ? body : null;
    });
    for (const gate of production.gates) console.log(`[demo]   ${gate.passed ? 'PASS' : 'FAIL'} ${gate.gate}: ${gate.detail}`);
    console.log(`[demo]   -> PRODUCTION`);
  }
  await waitFor('serving to load production', async () => {
    const deployments = (await send('GET', `${SERVING}/v1/deployments`)) as Array<{ modelName: string; primary: { version: number } | null }>;
    return deployments.some((d) => d.modelName === MODEL && d.primary !== null) ? true : null;
  });
  const february = await readFlights(508_239, 508_244);
  const { predictions } = (await send('POST', `${SERVING}/v1/models/${MODEL}/predict`, {
    rows: february.map((f, i) => ({ entityId: `2001-02-${i}`, date: f.date, distance: f.distance, origin: f.origin, destination: f.destination })),
  })) as { predictions: Array<{ entityId: string; score: number; version: number; route: string }> };
  predictions.forEach((p, i) => console.log(`[demo] serving: ${february[i].origin} -> ${february[i].destination} ${new Date(february[i].date).toISOString().slice(0, 16)}: P(delayed) ${p.score.toFixed(3)} from v${p.version} (${p.route})`));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo output reads a few fields of each answer
async function promote(version: number, body: unknown): Promise<any> {
  return send('POST', `${REGISTRY}/v1/models/${MODEL}/versions/${version}/promotions`, body);
}

/** The load-test runner as an operator would start it: a process of its own that publishes LoadTestCompleted. */
async function loadTest(version: number): Promise<void> {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'loadtests/src/run-load-test.ts')], {
    env: { ...process.env, SERVING_URL: SERVING, MODEL_NAME: MODEL, MODEL_VERSION: String(version), TARGET_RPS: '200', DURATION_SECONDS: '5', P99_MS: '250', ROWS: '5000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  console.log(`[demo] ${output.trim()}`);
  if (code !== 0) throw new Error(`the load test of v${version} did not pass (exit ${code})`);
}

async function releaseFrom(runId: string | null): Promise<void> {
  if (runId) await printRelease(runId);
}

async function main(): Promise<void> {
  const services = [
    startService('ingestion', PORT), startService('validation', VALIDATION_PORT), startService('features', FEATURES_PORT), startService('training', TRAINING_PORT),
    startService('registry', REGISTRY_PORT), startService('serving', SERVING_PORT),
  ];
  try {
    for (const url of [BASE, VALIDATION, FEATURES, TRAINING, REGISTRY, SERVING]) await waitFor(`${url} to be ready`, async () => ((await fetch(`${url}/health/ready`)).ok ? true : null));
    console.log(`[demo] ready: ingestion ${BASE}, validation ${VALIDATION}, features ${FEATURES}, training ${TRAINING}, registry ${REGISTRY}, serving ${SERVING}`);

    const spec = await postJson(`/v1/datasets/${DATASET}/specs`, FLIGHTS_SPEC);
    console.log(`[demo] dataset '${DATASET}' spec v${spec.version} (${spec.specHash.slice(0, 12)}): label '${spec.labelField}' arrives later`);
    await registerFeatureSet();

    const flights = await readFlights(0, ROWS);
    console.log(`[demo] read ${flights.length} real flights of January 2001 from flights-3m.parquet`);
    const before = await getJson(`/v1/datasets/${DATASET}/stats`);

    const started = Date.now();
    let accepted = 0;
    for (let from = 0; from < flights.length; from += BATCH) {
      const records = flights.slice(from, from + BATCH).map((f, i) => ({
        flightId: `2001-${from + i}`,
        date: f.date,
        distance: f.distance,
        origin: f.origin,
        destination: f.destination,
      }));
      const receipt = await postJson(`/v1/datasets/${DATASET}/records`, { records }, { 'idempotency-key': `demo-${DATASET}-${spec.specHash.slice(0, 12)}-${from}-${from + records.length}` });
      if (!receipt.duplicate) accepted += receipt.accepted;
    }
    for (let from = 0; from < flights.length; from += 10_000) {
      const labels = flights.slice(from, from + 10_000).map((f, i) => ({ entityId: `2001-${from + i}`, eventTime: f.date, label: f.delay > 15 }));
      await postJson(`/v1/datasets/${DATASET}/labels`, { labels });
    }
    const earlier = flights.length - accepted;
    console.log(`[demo] sent ${flights.length} records${earlier > 0 ? ` (${accepted} new; ${earlier} were accepted by an earlier run)` : ''} and their labels in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const stats = await waitFor('the records and labels to be stored from the topics', async () => {
      const body = await getJson(`/v1/datasets/${DATASET}/stats`);
      return body.records >= before.records + accepted && body.labels >= flights.length ? body : null;
    });
    console.log(`[demo] ingest.records -> ${stats.records} records stored (${stats.pending} waiting for a snapshot), ${stats.labels} labels`);

    if (stats.pending > 0) {
      const sealStarted = Date.now();
      const { snapshots } = await postJson(`/v1/datasets/${DATASET}/snapshots`, {});
      for (const s of snapshots) {
        console.log(`[demo] sealed snapshot ${s.snapshotId.slice(0, 16)}: ${s.rowCount} rows, ${s.eventTimeFrom} .. ${s.eventTimeTo}, ${(s.sizeBytes / 1e6).toFixed(1)} MB in ${((Date.now() - sealStarted) / 1000).toFixed(1)} s`);
        console.log(`[demo]   ${s.uri}`);
        const report = await printReport(s.snapshotId);
        if (report.status === 'QUARANTINED') console.log('[demo] the snapshot is quarantined: no features are built from it and no model is trained');
        else await releaseFrom(await printTraining(s.snapshotId));
      }
    } else {
      const latest = (await getJson(`/v1/datasets/${DATASET}/snapshots?limit=1`)).items[0] as { snapshotId: string; rowCount: number };
      console.log(`[demo] nothing new to seal: all ${stats.records} records are in earlier snapshots; following the latest, ${latest.snapshotId.slice(0, 16)} (${latest.rowCount} rows)`);
      const report = await printReport(latest.snapshotId);
      if (report.status !== 'QUARANTINED') await releaseFrom(await printTraining(latest.snapshotId));
    }
    console.log('[demo] next stages (monitoring, retraining, governance) arrive with their issues');
  } finally {
    for (const service of services) service.process.kill('SIGTERM');
    // Nest closes each app (consumers, outbox relay, Kafka, Postgres) and then re-raises the signal.
    for (const service of services) console.log(`[demo] ${service.name} shut down after SIGTERM (exit: ${await service.exited})`);
  }
}

main().catch((error: unknown) => {
  console.error(`[demo] FAILED: ${(error as Error).message}`);
  process.exit(1);
});
