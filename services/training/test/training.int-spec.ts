import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LocalArtifactStore } from '@loopgate/artifacts';
import { type LoopgateClient, type TrainingComponents, unwrap } from '@loopgate/client';
import { type TrainingCompleted, type TrainingFailed, type TrainingRequested } from '@loopgate/contracts';
import {
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadTrainingConfig, SERVICE_NAME } from '../src/training.config';
import { announceTrainingSet, flightsDefinition, januaryFlights, type Row, type Verdict } from './training-fixtures';

const codec = new EventCodec();
type ModelConfigRequest = TrainingComponents['schemas']['ModelConfigRequest'];
type TrainingRequest = TrainingComponents['schemas']['TrainingRequest'];

describe('training service on real flights, Kafka, Postgres, child processes and onnxruntime', () => {
  let service: ServiceUnderTest;
  let env: TestBus;
  let url: string;
  let api: LoopgateClient;
  let store: LocalArtifactStore;
  let messages: RecordedMessage[];
  let flights: Row[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadTrainingConfig,
      module: AppModule.register,
      record: ['training.runs'],
      env: {
        TRAINING_CONCURRENCY: '2',
        TRAINING_MAX_ATTEMPTS: '3',
        TRAINING_RETRY_BACKOFF_MS: '100',
        TRAINING_POLL_MS: '200',
      },
    });
    ({ env, url, store, messages } = service);
    api = testClient({ training: url });
    flights = await januaryFlights();
  });

  afterAll(() => service?.stop());

  // Raw: requests outside the document's types (a required field left out, an unknown key, a value off its enum).
  const sendRaw = (method: string, path: string, body?: unknown) =>
    authorizedFetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const configureModel = (modelName: string, body: ModelConfigRequest) =>
    api.training.PUT('/v1/models/{modelName}', { params: { path: { modelName } }, body });
  const requestTraining = (body: TrainingRequest) => api.training.POST('/v1/training-requests', { body });
  const runOf = (runId: string) => unwrap(api.training.GET('/v1/runs/{runId}', { params: { path: { runId } } }));
  const events = <T>(type: string) =>
    messages
      .filter((m) => m.headers[HEADER.type] === type)
      .map((m) => ({
        payload: codec.decode(m.value).payload as T,
        id: m.headers[HEADER.id],
        causation: m.headers[HEADER.causationId],
      }));
  const completedFor = (requestId: string) =>
    waitFor(
      `TrainingCompleted of ${requestId}`,
      () => events<TrainingCompleted>('TrainingCompleted').find((e) => e.payload.requestId === requestId),
      { timeoutMs: 120_000 },
    );
  const finalFailureOf = (modelName: string) =>
    waitFor(
      `final TrainingFailed of ${modelName}`,
      () =>
        events<TrainingFailed>('TrainingFailed').find((e) => e.payload.modelName === modelName && !e.payload.willRetry),
      { timeoutMs: 60_000 },
    );

  const materialize = (
    featureSetId: string,
    rows: Row[],
    verdict: Verdict = 'SnapshotValidated',
    sensitiveFields: string[] = [],
    shape: Parameters<typeof announceTrainingSet>[6] = {},
  ) => announceTrainingSet(env.bus, store, featureSetId, rows, verdict, sensitiveFields, shape);

  const configure = async (modelName: string, body: ModelConfigRequest) => {
    expect((await configureModel(modelName, body)).response.status).toBe(200);
  };

  it('trains on a new feature set: requested, started, completed with metrics per segment, an ONNX model that scores as tracked', async () => {
    await configure('delay-gbdt', {
      featureSetId: 'flights-delay',
      algorithm: 'gbdt',
      params: { maxIterations: '30' },
      seed: 7,
      minSegmentSize: 100,
    });
    // Flights declare no sensitive attribute: the departure airport stands in for one, to carry bias metrics end to end.
    const materialized = await materialize('flights-delay', flights, 'SnapshotValidated', ['origin']);

    const requested = await waitFor('TrainingRequested', () =>
      events<TrainingRequested>('TrainingRequested').find((e) => e.payload.modelName === 'delay-gbdt'),
    );
    expect(requested.payload).toMatchObject({
      reason: 'NEW_FEATURE_SET',
      snapshotId: materialized.snapshotId,
      featureSetVersion: materialized.version,
    });
    const completed = await completedFor(requested.payload.requestId);
    expect(completed.causation).toBe(requested.id);
    expect(
      events<{ requestId: string; attempt: number }>('TrainingStarted')
        .filter((e) => e.payload.requestId === requested.payload.requestId)
        .map((e) => e.payload.attempt),
    ).toEqual([1]);
    const run = completed.payload;
    expect(run).toMatchObject({
      modelName: 'delay-gbdt',
      algorithm: 'gbdt',
      seed: 7,
      snapshotId: materialized.snapshotId,
      featureSetVersion: materialized.version,
      reason: 'NEW_FEATURE_SET',
      trainRows: 12_800,
      holdoutRows: 3_200,
    });
    expect(run.trainingSet?.sha256).toBe(materialized.trainingSet.sha256);
    expect(run.params).toMatchObject({ maxIterations: '30', learningRate: '0.1', holdoutFraction: '0.2' });
    expect(run.codeVersion).toMatch(/^git:[0-9a-f]{7,40} training@\S+ ml@\S+ onnxruntime-node@1\.30\.0 node@/);
    expect(run.metrics.auc).toBeGreaterThan(0.55); // learns something from 12,800 rows; the January benchmark measures the real figure
    for (const name of ['auc', 'log_loss', 'accuracy', 'precision', 'recall', 'f1', 'brier', 'ece'])
      expect(Number.isFinite(run.metrics[name])).toBe(true);
    expect(run.segmentMetrics.length).toBeGreaterThan(3);
    // Every segment is reported with its size, however small: the registry judges which are large enough.
    expect(run.segmentMetrics.every((s) => s.segmentField === 'origin' && s.sampleSize > 0)).toBe(true);
    expect(run.segmentMetrics.reduce((sum, s) => sum + s.sampleSize, 0)).toBe(run.holdoutRows);
    expect(run.biasMetrics.map((b) => [b.attribute, b.metric])).toEqual([
      ['origin', 'demographic_parity_difference'],
      ['origin', 'equal_opportunity_difference'],
    ]);
    expect(Object.keys(run.biasMetrics[0].groups).length).toBeGreaterThan(3);

    // The model is what was tracked: its bytes have the sha256, and onnxruntime scores raw fields with it.
    const bytes = await store.read(run.model);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(run.model.sha256);
    const session = await InferenceSession.create(bytes);
    const sample = flights.slice(-3);
    const scores = (
      await session.run({
        distance: new Tensor('float32', Float32Array.from(sample.map((r) => Number(r.distance))), [3, 1]),
        origin: new Tensor(
          'string',
          sample.map((r) => String(r.origin)),
          [3, 1],
        ),
        destination: new Tensor(
          'string',
          sample.map((r) => String(r.destination)),
          [3, 1],
        ),
        date: new Tensor('int64', BigInt64Array.from(sample.map((r) => BigInt(Number(r.date)))), [3, 1]),
      })
    ).score.data as Float32Array;
    expect(Array.from(scores).every((s) => s > 0 && s < 1)).toBe(true);

    const tracked = await runOf(run.runId);
    expect(tracked).toMatchObject({
      status: 'SUCCEEDED',
      attempt: 1,
      requestId: requested.payload.requestId,
      triggerEventId: expect.any(String),
      modelArtifact: run.model,
      metrics: run.metrics,
    });
  });

  it('trains a duplicate request once, and the same inputs again to the same model bytes', async () => {
    await configure('delay-lr', {
      featureSetId: 'flights-lr',
      algorithm: 'logistic_regression',
      trainOnNewFeatureSet: false,
    });
    await materialize('flights-lr', flights);
    await waitFor(
      'the materialization known',
      async () => (await requestTraining({ requestId: 'probe-lr', modelName: 'delay-lr' })).response.status === 202,
    );
    const first = await requestTraining({ requestId: 'lr-once', modelName: 'delay-lr' });
    expect(first.response.status).toBe(202);
    const repeated = await requestTraining({ requestId: 'lr-once', modelName: 'delay-lr' });
    expect([200, 202]).toContain(repeated.response.status);
    const once = await completedFor('lr-once');
    const probe = await completedFor('probe-lr');
    expect(once.payload.model.sha256).toBe(probe.payload.model.sha256); // same training set, definition, params, seed, code

    const again = await unwrap(requestTraining({ requestId: 'lr-once', modelName: 'delay-lr' }));
    expect(again).toMatchObject({ requestId: 'lr-once', status: 'SUCCEEDED', runId: once.payload.runId });
    expect(
      events<TrainingCompleted>('TrainingCompleted').filter((e) => e.payload.requestId === 'lr-once'),
    ).toHaveLength(1);
    const runs = await unwrap(api.training.GET('/v1/runs', { params: { query: { requestId: 'lr-once' } } }));
    expect(runs.items).toHaveLength(1);

    const comparison = await unwrap(
      api.training.GET('/v1/runs/compare', { params: { query: { a: probe.payload.runId, b: once.payload.runId } } }),
    );
    expect(comparison.differences).toEqual([]);
    expect(comparison.params).toEqual([]);
    expect(comparison.metrics.find((m) => m.name === 'auc')?.delta).toBe(0);
  });

  it('trains on a retraining recommendation once, however often it is delivered, and on a schedule once per slot', async () => {
    const recommendation = {
      recommendationId: `rec-${randomBytes(4).toString('hex')}`,
      modelName: 'delay-lr',
      rule: 'drift-on-3-features',
      reason: 'PSI above 0.25 on 3 features',
      signalIds: ['s1'],
    };
    await env.bus.publish([
      { type: 'RetrainRecommended', payload: recommendation },
      { type: 'RetrainRecommended', payload: recommendation },
    ]);
    const completed = await completedFor(recommendation.recommendationId);
    expect(completed.payload).toMatchObject({ reason: 'RETRAIN_RECOMMENDED', modelName: 'delay-lr' });
    expect(completed.payload.requestedBy).toContain('drift-on-3-features');

    await configure('delay-nightly', {
      featureSetId: 'flights-lr',
      algorithm: 'logistic_regression',
      trainOnNewFeatureSet: false,
      scheduleEveryMs: 3_600_000,
    });
    const scheduled = await waitFor('a scheduled request', () =>
      events<TrainingRequested>('TrainingRequested').find((e) => e.payload.modelName === 'delay-nightly'),
    );
    expect(scheduled.payload).toMatchObject({ reason: 'SCHEDULE', requestedBy: 'training schedule' });
    // The schedule ticks every 200 ms while the run trains; the hour's slot is taken, so no second request.
    await completedFor(scheduled.payload.requestId);
    expect(
      events<TrainingRequested>('TrainingRequested').filter((e) => e.payload.modelName === 'delay-nightly'),
    ).toHaveLength(1);
    expect(
      events<TrainingRequested>('TrainingRequested').filter(
        (e) => e.payload.requestId === recommendation.recommendationId,
      ),
    ).toHaveLength(2);
    expect(
      events<TrainingCompleted>('TrainingCompleted').filter(
        (e) => e.payload.requestId === recommendation.recommendationId,
      ),
    ).toHaveLength(1);
  });

  it('keeps a recommendation for a model that retrains on the next training set, and trains on that set when it comes', async () => {
    await configure('delay-next', {
      featureSetId: 'flights-next',
      algorithm: 'logistic_regression',
      trainOnNewFeatureSet: false,
      retrainOn: 'next_feature_set',
    });
    await materialize('flights-next', flights.slice(0, 3_000));
    const recommendation = {
      recommendationId: `rec-${randomBytes(4).toString('hex')}`,
      modelName: 'delay-next',
      rule: 'quality-below-floor',
      reason: 'ece above 0.04',
      signalIds: ['s1'],
    };
    await env.bus.publish([
      { type: 'RetrainRecommended', payload: recommendation },
      {
        type: 'RetrainRecommended',
        payload: { ...recommendation, recommendationId: `${recommendation.recommendationId}-again` },
      },
    ]);
    const waiting = await waitFor(
      'the recommendation to wait',
      async () =>
        (await unwrap(api.training.GET('/v1/models/{modelName}', { params: { path: { modelName: 'delay-next' } } })))
          .waitingRetrain,
    );
    expect(waiting.recommendationId).toBe(recommendation.recommendationId);
    expect(events<TrainingRequested>('TrainingRequested').filter((e) => e.payload.modelName === 'delay-next')).toEqual(
      [],
    );

    const next = await materialize('flights-next', flights.slice(3_000, 6_000));
    const requested = await waitFor('TrainingRequested on the next set', () =>
      events<TrainingRequested>('TrainingRequested').find((e) => e.payload.modelName === 'delay-next'),
    );
    expect(requested.payload).toMatchObject({
      requestId: recommendation.recommendationId,
      reason: 'RETRAIN_RECOMMENDED',
      snapshotId: next.snapshotId,
      featureSetVersion: next.version,
    });
    expect(requested.payload.requestedBy).toContain('quality-below-floor');
    expect(requested.causation).toBe(next.eventId);
    await completedFor(recommendation.recommendationId);
    expect(
      events<TrainingRequested>('TrainingRequested').filter((e) => e.payload.modelName === 'delay-next'),
    ).toHaveLength(1);
  });

  it('retries a run that overruns its time limit, then reports TrainingFailed with the reason', async () => {
    await configure('delay-slow', { featureSetId: 'flights-slow', algorithm: 'gbdt', timeoutMs: 1 });
    await materialize('flights-slow', flights.slice(0, 2_000));
    const failed = await finalFailureOf('delay-slow');
    expect(failed.payload).toMatchObject({ errorCode: 'training.timeout', attempt: 3, willRetry: false });
    expect(failed.payload.message).toContain('time limit of 1 ms');
    const attempts = events<TrainingFailed>('TrainingFailed')
      .filter((e) => e.payload.requestId === failed.payload.requestId)
      .map((e) => [e.payload.attempt, e.payload.willRetry]);
    expect(attempts).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    const run = await runOf(failed.payload.runId);
    expect(run).toMatchObject({ status: 'FAILED', attempt: 3, errorCode: 'training.timeout' });
  });

  it('trains a regression on delay minutes and a multi-class model on delay buckets, each with its task metrics, bias and ONNX output', async () => {
    // Multi-class reads no target encoding: the mean of a class index means nothing.
    const oneHot = {
      featureSetId: 'flights-buckets',
      features: flightsDefinition('flights-buckets').features.filter(
        (f) => !(f.kind === 'categorical' && f.encoding === 'target'),
      ),
    };
    const bucketOf = (minutes: number) => (minutes <= 0 ? 0 : minutes <= 15 ? 1 : minutes <= 60 ? 2 : 3);
    await configure('delay-minutes', {
      featureSetId: 'flights-minutes',
      task: 'regression',
      algorithm: 'ridge_regression',
      minSegmentSize: 100,
    });
    await configure('delay-buckets', {
      featureSetId: 'flights-buckets',
      task: 'multiclass',
      algorithm: 'logistic_regression',
    });
    await materialize('flights-minutes', flights, 'SnapshotValidated', ['origin'], { labelField: 'delayMinutes' });
    await materialize(
      'flights-buckets',
      flights.map((r) => ({ ...r, bucket: bucketOf(Number(r.delayMinutes)) })),
      'SnapshotValidated',
      [],
      { labelField: 'bucket', definition: oneHot },
    );
    const completedOf = (modelName: string) =>
      waitFor(
        `TrainingCompleted of ${modelName}`,
        () => events<TrainingCompleted>('TrainingCompleted').find((e) => e.payload.modelName === modelName)?.payload,
        { timeoutMs: 120_000 },
      );
    const sample = flights.slice(-3);
    const feeds = {
      distance: new Tensor('float32', Float32Array.from(sample.map((r) => Number(r.distance))), [3, 1]),
      origin: new Tensor(
        'string',
        sample.map((r) => String(r.origin)),
        [3, 1],
      ),
      date: new Tensor('int64', BigInt64Array.from(sample.map((r) => BigInt(Number(r.date)))), [3, 1]),
    };

    const minutes = await completedOf('delay-minutes');
    expect(minutes).toMatchObject({
      task: 'regression',
      algorithm: 'ridge_regression',
      classes: [],
      confusionMatrix: [],
      holdoutRows: 3_200,
    });
    for (const name of ['rmse', 'mae', 'r2', 'mean_error', 'residual_p05', 'residual_p95'])
      expect(Number.isFinite(minutes.metrics[name])).toBe(true);
    expect(minutes.metrics).not.toHaveProperty('auc');
    expect(minutes.segmentMetrics.every((s) => Number.isFinite(s.metrics.rmse))).toBe(true);
    expect(minutes.biasMetrics.map((b) => b.metric)).toEqual(['mean_error_difference', 'mean_prediction_difference']);
    const regression = await InferenceSession.create(await store.read(minutes.model));
    const values = (
      await regression.run({
        ...feeds,
        destination: new Tensor(
          'string',
          sample.map((r) => String(r.destination)),
          [3, 1],
        ),
      })
    ).value.data as Float32Array;
    expect(values).toHaveLength(3);

    const buckets = await completedOf('delay-buckets');
    expect(buckets).toMatchObject({ task: 'multiclass', classes: ['0', '1', '2', '3'], holdoutRows: 3_200 });
    for (const name of ['log_loss', 'accuracy', 'macro_f1', 'weighted_f1', 'macro_auc', 'classwise_ece'])
      expect(Number.isFinite(buckets.metrics[name])).toBe(true);
    expect(buckets.confusionMatrix.flat().reduce((a, b) => a + b, 0)).toBe(3_200);
    const classifier = await InferenceSession.create(await store.read(buckets.model));
    const probabilities = (await classifier.run(feeds)).probabilities.data as Float32Array;
    expect(probabilities).toHaveLength(3 * 4);
    for (let row = 0; row < 3; row++)
      expect(probabilities.slice(row * 4, row * 4 + 4).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(await runOf(buckets.runId)).toMatchObject({
      task: 'multiclass',
      classes: ['0', '1', '2', '3'],
    });
  });

  it('fails a run whose labels do not fit the model task, naming how many and which, and does not retry it', async () => {
    await configure('delay-five-classes', { featureSetId: 'flights-five-classes', algorithm: 'logistic_regression' });
    await materialize(
      'flights-five-classes',
      flights.slice(0, 2_000).map((r, i) => ({ ...r, delayed: i % 5 })),
    );
    const failed = await finalFailureOf('delay-five-classes');
    expect(failed.payload).toMatchObject({ errorCode: 'ml.unusable_training_set', attempt: 1, willRetry: false });
    expect(failed.payload.message).toBe(
      '1200 of 2000 rows have a delayed that is not 0 or 1 for a binary model (2, 3, 4): declare the model task multiclass for more than two classes or for class names',
    );
  });

  it('does not retry a run whose data cannot train a model, and says why', async () => {
    await configure('delay-one-class', { featureSetId: 'flights-one-class', algorithm: 'logistic_regression' });
    await materialize(
      'flights-one-class',
      flights.slice(0, 2_000).map((r) => ({ ...r, delayed: 0 })),
    );
    const failed = await finalFailureOf('delay-one-class');
    expect(failed.payload).toMatchObject({ errorCode: 'ml.unusable_training_set', attempt: 1, willRetry: false });
    expect(failed.payload.message).toContain('one class');
  });

  it('refuses a run on a quarantined snapshot, over HTTP (409) and from an event', async () => {
    await configure('delay-quarantine', { featureSetId: 'flights-quarantine', algorithm: 'logistic_regression' });
    const materialized = await materialize('flights-quarantine', flights.slice(0, 2_000), 'SnapshotQuarantined');
    const failed = await finalFailureOf('delay-quarantine');
    expect(failed.payload).toMatchObject({ errorCode: 'training.snapshot_not_accepted', attempt: 1, willRetry: false });
    const refused = await requestTraining({ modelName: 'delay-quarantine', snapshotId: materialized.snapshotId });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.error.code).toBe('training.snapshot_not_accepted');
  });

  it('answers invalid requests with a 4xx that says what is wrong', async () => {
    const badParams = await requestTraining({
      modelName: 'delay-gbdt',
      params: { maxIterations: 'many', depth: '3' },
    });
    expect(badParams.response.status).toBe(422);
    const error = badParams.error?.error;
    expect(error?.code).toBe('training.invalid_request');
    expect(error?.message).toContain("params.maxIterations must be an integer in [1, 10000], got 'many'");
    expect(error?.message).toContain('params.depth is not a parameter of gbdt');
    expect((await requestTraining({ modelName: 'delay-gbdt', algorithm: 'svm' })).response.status).toBe(422);
    expect((await sendRaw('POST', '/v1/training-requests', { params: {} })).status).toBe(422); // no modelName
    expect((await requestTraining({ modelName: 'nobody' })).response.status).toBe(404);
    expect((await configureModel('Bad Name', { featureSetId: 'x', algorithm: 'gbdt' })).response.status).toBe(422);
    expect(
      (await configureModel('ok', { featureSetId: 'x', algorithm: 'gbdt', params: { learningRate: '7' } })).response
        .status,
    ).toBe(422);
    expect((await sendRaw('GET', '/v1/runs?status=DONE')).status).toBe(422); // a status off the enum
    expect((await sendRaw('GET', '/v1/runs/compare?a=x')).status).toBe(422); // no b
  });

  it('names every problem of a request in one 422: the path, the body and the trainer params at once', async () => {
    // Raw: labelFeild is a misspelt key the typed client would refuse.
    const response = await sendRaw('PUT', '/v1/models/Bad Name', {
      featureSetId: 'flights',
      algorithm: 'gbdt',
      params: { maxLeaves: 1 },
      holdoutFraction: 0.9,
      labelFeild: 'delayed',
    });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { code: string; details: { problems: Array<{ in: string; path: string; allowed?: string[] }> } };
    };
    expect(error.code).toBe('http.invalid_request');
    expect(error.details.problems.map((p) => `${p.in} ${p.path}`)).toEqual([
      'path modelName',
      'body holdoutFraction',
      'body ',
      'body params.maxLeaves',
    ]);
    expect(error.details.problems[2].allowed).toContain('featureSetId');
  });

  it('serves its OpenAPI document, the one committed under contracts/openapi, and an interactive reference of it', async () => {
    // Raw, without a token: the document and its reference are public.
    const served = await (await fetch(`${url}/openapi.json`)).json();
    expect(served).toEqual(
      JSON.parse(readFileSync(join(__dirname, '../../../contracts/openapi/training.json'), 'utf8')),
    );
    const reference = await fetch(`${url}/docs`);
    expect(reference.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await reference.text()).toContain('SwaggerUIBundle');
    expect((await fetch(`${url}/docs/swagger-ui-bundle.js`)).status).toBe(200);
    expect((await fetch(`${url}/docs/package.json`)).status).toBe(422);
  });

  it('lists runs newest first with filters and pages', async () => {
    const succeeded = (before?: string) =>
      unwrap(api.training.GET('/v1/runs', { params: { query: { status: 'SUCCEEDED', limit: 1, before } } }));
    const page = await succeeded();
    expect(page.items).toHaveLength(1);
    expect(page.next).not.toBeNull();
    const second = await succeeded(page.next!);
    expect(second.items[0].createdAt < page.items[0].createdAt).toBe(true);
  });
});
