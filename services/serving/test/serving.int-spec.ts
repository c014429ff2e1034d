import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
import { type LoopgateClient, type ServingComponents, unwrap } from '@loopgate/client';
import { type ArtifactRef, type ModelStage, type PredictionServed } from '@loopgate/contracts';
import { PENGUINS_SPEC, readFlights } from '@loopgate/datasets';
import {
  adaptImportedModel,
  type ImportManifest,
  MODEL_DATASET,
  trainModel,
  type FeatureDefinition,
} from '@loopgate/ml';
import {
  announcedFlightsSpec,
  announcedPenguinsSpec,
  type ServiceUnderTest,
  startServiceUnderTest,
  testAuthority,
  testClient,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadServingConfig, SERVICE_NAME } from '../src/serving.config';

type Row = Record<string, unknown>;
type InferenceRequest = ServingComponents['schemas']['InferenceRequest'];
const codec = new EventCodec();

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    { kind: 'numeric', name: 'distance', source: 'distance', impute: 'median', log: true, standardize: true },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 30, encoding: 'onehot' },
    { kind: 'datetime', name: 'departure', source: 'date', parts: ['hourCyclical', 'dayOfWeekCyclical'] },
  ],
};
const job = {
  task: 'binary' as const,
  definition,
  labelField: 'delayed',
  params: {},
  split: { strategy: 'time' as const, holdoutFraction: 0.2, seed: 42 },
  folds: null,
  segmentFields: [],
  sensitiveFields: [],
  minSegmentSize: 1,
  metadata: { [MODEL_DATASET]: 'flights' },
};

describe('serving on Kafka, onnxruntime and real flights', () => {
  let flights: Row[];
  let linear: Uint8Array;
  let trees: Uint8Array;

  beforeAll(async () => {
    flights = (await readFlights(0, 120_000))
      .filter((_, i) => i % 10 === 0)
      .map((f, i) => ({
        entityId: `f${i}`,
        date: f.date,
        distance: f.distance,
        origin: f.origin,
        delayed: f.delay > 15 ? 1 : 0,
      }));
    linear = trainModel(flights, { ...job, algorithm: 'logistic_regression' }).onnx;
    trees = trainModel(flights, { ...job, algorithm: 'gbdt', params: { maxIterations: '20' } }).onnx;
  });

  /** One serving instance on its own topics, following stage changes as the registry announces them. */
  function harness(env: Record<string, string> = {}) {
    let service: ServiceUnderTest;
    let api: LoopgateClient;
    const predictBody = (body: ServingComponents['schemas']['PredictRequest'], modelName = 'delay') =>
      api.serving.POST('/v1/models/{modelName}/predict', { params: { path: { modelName } }, body });
    const predict = (rows: Row[], modelName = 'delay') => predictBody({ rows }, modelName);
    const h = {
      get url() {
        return service.url;
      },
      get api() {
        return api;
      },
      get bus(): TestBus['bus'] {
        return service.env.bus;
      },
      get messages(): RecordedMessage[] {
        return service.messages;
      },
      async start() {
        service = await startServiceUnderTest({
          service: SERVICE_NAME,
          loadConfig: loadServingConfig,
          module: AppModule.register,
          record: ['serving.deployments', 'serving.predictions', 'serving.batches'],
          env,
          fastify: true,
        });
        api = testClient({ serving: service.url });
        // The contract of the rows: the spec of the dataset the models name, as ingestion announces it.
        await service.env.bus.publish([{ type: 'DatasetSpecRegistered', payload: announcedFlightsSpec() }]);
      },
      stop: () => service?.stop(),
      async store(bytes: Uint8Array): Promise<ArtifactRef> {
        return service.store.put(Buffer.from(bytes));
      },
      read: (ref: ArtifactRef) => service.store.read(ref),
      async stage(
        version: number,
        toStage: ModelStage,
        model: ArtifactRef,
        trafficPercent: number | null = null,
        fromStage: ModelStage = 'CANDIDATE',
        modelName = 'delay',
      ) {
        await service.env.bus.publish([
          {
            type: 'StageChanged',
            payload: { modelName, version, fromStage, toStage, trafficPercent, model, reason: 'test' },
          },
        ]);
      },
      events<T>(type: string): T[] {
        return service.messages
          .filter((m) => m.headers[HEADER.type] === type)
          .map((m) => codec.decode(m.value).payload as T);
      },
      predict,
      predictBody,
      /** The predictions of rows that must be answered. */
      predictions: async (rows: Row[], modelName = 'delay') => (await unwrap(predict(rows, modelName))).predictions,
      activated: (version: number, role: string, modelName = 'delay') =>
        waitFor(
          `${modelName} v${version} active as ${role}`,
          () =>
            h
              .events<{ modelName: string; version: number; role: string }>('DeploymentActivated')
              .find((e) => e.modelName === modelName && e.version === version && e.role === role),
          { timeoutMs: 30_000 },
        ),
    };
    return h;
  }

  describe('one instance', () => {
    // A generous budget: these tests are about routing and swapping, and CI machines are busy.
    const s = harness({ SERVING_LATENCY_BUDGET_MS: '5000' });
    let v1: ArtifactRef;
    let v2: ArtifactRef;
    beforeAll(async () => {
      await s.start();
      v1 = await s.store(linear);
      v2 = await s.store(trees);
    });
    afterAll(() => s.stop());

    const rows = (from: number, count: number) =>
      flights.slice(from, from + count).map(({ delayed: _d, ...row }) => row);

    it('loads the production model after checking its sha256 and scores raw fields', async () => {
      // Serving runs on Fastify: health, readiness and metrics answer there as on Express.
      expect((await s.api.serving.GET('/health/ready')).data).toMatchObject({ status: 'ready' });
      // Without telemetry started in this process, /metrics answers 503 with its comment line: the error of the call.
      const metrics = await s.api.serving.GET('/metrics', { parseAs: 'text' });
      expect(metrics.data ?? metrics.error).toMatch(/telemetry not started|# HELP/);
      expect((await s.predict(rows(0, 1))).response.status).toBe(404);
      await s.stage(1, 'PRODUCTION', v1);
      await s.activated(1, 'PRIMARY');
      const answer = await s.predict(rows(0, 50));
      expect(answer.response.status).toBe(200);
      const { predictions } = await unwrap(answer);
      expect(predictions).toHaveLength(50);
      expect(
        predictions.every(
          (p) =>
            p.version === 1 &&
            p.route === 'PRIMARY' &&
            !p.fallback &&
            p.score > 0 &&
            p.score < 1 &&
            p.label === (p.score >= 0.5 ? 1 : 0),
        ),
      ).toBe(true);
      expect(predictions[0].entityId).toBe('f0');
      const served = await waitFor(
        'PredictionServed',
        () =>
          s.events<PredictionServed>('PredictionServed').length >= 50 && s.events<PredictionServed>('PredictionServed'),
      );
      const first = served.find((e) => e.entityId === 'f0')!; // keyed by entity: partitions interleave
      expect(first).toMatchObject({
        modelName: 'delay',
        version: 1,
        route: 'PRIMARY',
        predictionId: predictions[0].predictionId,
        score: predictions[0].score,
      });
      expect(Object.keys(first.inputs).sort()).toEqual(['date', 'distance', 'origin']);
      expect(first).toMatchObject({ segments: { origin: flights[0].origin }, unseenCategories: [] }); // origin: the spec's segment field
    });

    it('scores entities by id from their latest records, as if their fields were sent', async () => {
      const known = rows(200, 30);
      await s.bus.publish(
        known.map((row) => ({
          type: 'RecordIngested' as const,
          payload: {
            datasetId: 'flights',
            specVersion: 1,
            entityId: String(row.entityId),
            eventTime: Number(row.date),
            values: {
              flightId: String(row.entityId),
              date: Number(row.date),
              distance: Number(row.distance),
              origin: String(row.origin),
            },
            source: 'KAFKA' as const,
            batchId: null,
          },
        })),
      );
      const byId = await waitFor('the records in serving', async () => {
        const answer = await s.predictBody({ entityIds: known.map((r) => String(r.entityId)) });
        return answer.response.status === 200 && answer.data;
      });
      const byFields = await s.predictions(known);
      expect(byId.predictions.map((p) => [p.entityId, p.score])).toEqual(byFields.map((p) => [p.entityId, p.score]));
      const unknown = await s.predictBody({ entityIds: [String(known[0].entityId), 'nobody'] });
      expect(unknown.response.status).toBe(422);
      expect(unknown.error?.error).toMatchObject({ code: 'serving.unknown_entities' });
      expect(unknown.error?.error.message).toContain('nobody');
      expect((await s.predictBody({ entityIds: ['a'], rows: [{}] })).response.status).toBe(422);
    });

    it('answers bad rows with a 422 naming each bad field', async () => {
      const bad = await s.predict([
        { entityId: 'x', distance: 'far', origin: 'SFO', date: Date.UTC(2001, 0, 1) },
        { entityId: 'y', distance: 100, origin: ['SFO'], date: 'soon' },
      ]);
      expect(bad.response.status).toBe(422);
      expect(bad.error?.error.code).toBe('serving.invalid_rows');
      expect(bad.error?.error.message).toContain('rows.0.distance: must be a finite number');
      expect(bad.error?.error.message).toContain('rows.1.origin: must be a string');
      expect(bad.error?.error.message).toContain(
        'rows.1.date: must be epoch milliseconds, or an ISO-8601 date-time with a zone',
      );
      expect((await s.predict([])).response.status).toBe(422);
    });

    it("holds rows to the spec of the model's dataset: a missing field, an unknown one or a row of another dataset is a 422", async () => {
      const [row] = rows(0, 1);
      const { distance: _distance, ...withoutDistance } = row;
      const missing = await s.predict([withoutDistance]);
      expect(missing.response.status).toBe(422);
      expect(missing.error?.error.message).toContain(
        'rows.0.distance: is missing, and the spec does not declare it nullable',
      );
      const unknown = await s.predict([{ ...row, distanceKm: 12 }]);
      expect(unknown.response.status).toBe(422);
      expect(unknown.error?.error.message).toContain("rows.0.distanceKm: is no field of dataset 'flights' (spec v1)");
      const applicant = await s.predict([{ entityId: 'a1', income: 52_000, region: 'north', sex: 'F' }]);
      expect(applicant.response.status).toBe(422);
      expect(applicant.error?.error.message).toContain("rows.0.income: is no field of dataset 'flights'");
      expect(applicant.error?.error.message).toContain('rows.0.date: is missing');
      expect((await s.predict([{ ...row, origin: null }])).error?.error.message).toContain(
        'rows.0.origin: is null, and the spec does not declare it nullable',
      );
    });

    it('serves a category the model has not seen through its unknown bucket, and says so in PredictionServed', async () => {
      const answer = await s.predict([{ ...rows(0, 1)[0], entityId: 'new-airport', origin: 'XYZ' }]);
      expect(answer.response.status).toBe(200);
      const [prediction] = (await unwrap(answer)).predictions;
      const served = await waitFor('its PredictionServed', () =>
        s.events<PredictionServed>('PredictionServed').find((e) => e.predictionId === prediction.predictionId),
      );
      expect(served).toMatchObject({ unseenCategories: ['origin'], segments: { origin: 'XYZ' } });
    });

    /** A snapshot of the flights dataset, as ingestion announces it once sealed. */
    const sealSnapshot = async (input: Row[]) => {
      const file = await s.store(Buffer.from(input.map((r) => `${JSON.stringify(r)}\n`).join('')));
      const snapshotId = randomBytes(32).toString('hex');
      await s.bus.publish([
        {
          type: 'SnapshotSealed',
          payload: {
            snapshotId,
            datasetId: 'flights',
            specVersion: 1,
            rowCount: input.length,
            eventTimeFrom: 0,
            eventTimeTo: 1,
            schemaFingerprint: 'test',
            artifact: file,
            sealReason: 'REQUEST',
          },
        },
      ]);
      return snapshotId;
    };
    const scoreBatch = (snapshotId: string, modelName = 'delay', token?: string) =>
      s.api.serving.POST('/v1/models/{modelName}/batch-scores', {
        params: { path: { modelName } },
        body: { snapshotId, entityKey: 'entityId' },
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      });

    it('scores the rows of a sealed snapshot into a file of scores, as the online API would, and announces it', async () => {
      const input = rows(0, 3_000);
      const snapshotId = await sealSnapshot(input);
      // Until serving has read SnapshotSealed, the snapshot is unknown here (404, retriable).
      const response = await waitFor('the snapshot known to serving', async () => {
        const answer = await scoreBatch(snapshotId);
        if (answer.response.status === 404) expect(answer.error?.error.code).toBe('serving.unknown_snapshot');
        return answer.response.status !== 404 && answer;
      });
      expect(response.response.status).toBe(200);
      const batch = await unwrap(response);
      expect(batch).toMatchObject({ rows: 3_000, version: 1, snapshotId });
      const lines = (await s.read(batch.output))
        .toString()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { row: number; entityId: string; score: number });
      expect(lines).toHaveLength(3_000);
      const online = await s.predictions(input.slice(0, 100));
      expect(lines.slice(0, 100).map((l) => [l.entityId, l.score])).toEqual(online.map((p) => [p.entityId, p.score]));
      const announced = await waitFor('BatchScored', () =>
        s.events<{ batchId: string }>('BatchScored').find((e) => e.batchId === batch.batchId),
      );
      expect(announced).toMatchObject({ rows: 3_000, output: { sha256: batch.output.sha256 } });
    });

    it("scores a snapshot only for a caller who may read its dataset: another team's is 403 until that team grants a role on it", async () => {
      const authority = testAuthority();
      await authority.assign(s.bus, 'dataset', 'flights', 'flights');
      await authority.assign(s.bus, 'model', 'delay', 'risk');
      const risk = await authority.token({ name: 'rita', roles: [{ team: 'risk', role: 'data_scientist' }] });
      const snapshotId = await sealSnapshot(rows(0, 50));
      await waitFor('the snapshot known to serving', async () => (await scoreBatch(snapshotId)).response.ok);
      const refused = await waitFor('the ownership applied', async () => {
        const answer = await scoreBatch(snapshotId, 'delay', risk);
        return answer.response.status === 403 && answer.error?.error;
      });
      expect(refused.message).toContain("dataset 'flights' (team flights)");
      await authority.assign(s.bus, 'dataset', 'flights', 'flights', [{ team: 'risk', role: 'viewer' }]);
      await waitFor('the grant applied', async () => (await scoreBatch(snapshotId, 'delay', risk)).response.ok);
    });

    it('refuses a model file whose hash does not match, and keeps serving the current one', async () => {
      await s.stage(9, 'CANARY', { ...v2, sha256: randomBytes(32).toString('hex') }, 50);
      const failed = await waitFor('DeploymentFailed', () =>
        s.events<{ version: number; errorCode: string }>('DeploymentFailed').find((e) => e.version === 9),
      );
      expect(failed.errorCode).toBe('artifacts.corrupt');
      expect((await s.predictions(rows(0, 20))).every((p) => p.version === 1)).toBe(true);
    });

    it('refuses to deploy a model that reads a field its dataset does not declare', async () => {
      const miles = trainModel(
        flights.map(({ distance, ...row }) => ({ ...row, miles: distance })),
        {
          ...job,
          algorithm: 'logistic_regression',
          definition: {
            ...definition,
            features: definition.features.map((f) => (f.name === 'distance' ? { ...f, source: 'miles' } : f)),
          },
        },
      ).onnx;
      await s.stage(8, 'CANARY', await s.store(miles), 50);
      const failed = await waitFor('DeploymentFailed', () =>
        s
          .events<{ version: number; errorCode: string; message: string }>('DeploymentFailed')
          .find((e) => e.version === 8),
      );
      expect(failed).toMatchObject({
        errorCode: 'serving.contract_mismatch',
        message: "the model reads 'miles', which spec v1 of dataset 'flights' does not declare",
      });
    });

    it('answers a regression with its value and a multi-class model with its class and the probability of each, and says so in PredictionServed', async () => {
      // Delay as a number, and distance bands as three classes: what the models learn matters less here than the shape of their answers.
      const bands = flights.map((r) => ({ ...r, band: Math.min(2, Math.floor(Number(r.distance) / 800)) }));
      await s.stage(
        1,
        'PRODUCTION',
        await s.store(trainModel(flights, { ...job, task: 'regression', algorithm: 'ridge_regression' }).onnx),
        null,
        'CANDIDATE',
        'delay-value',
      );
      await s.stage(
        1,
        'PRODUCTION',
        await s.store(
          trainModel(bands, { ...job, task: 'multiclass', algorithm: 'logistic_regression', labelField: 'band' }).onnx,
        ),
        null,
        'CANDIDATE',
        'distance-band',
      );
      await s.activated(1, 'PRIMARY', 'delay-value');
      await s.activated(1, 'PRIMARY', 'distance-band');

      const values = await s.predict(rows(0, 20), 'delay-value');
      expect(values.response.status).toBe(200);
      expect(
        (await unwrap(values)).predictions.every(
          (p) => p.task === 'regression' && p.value === p.score && p.label === null && p.probabilities === undefined,
        ),
      ).toBe(true);
      const classes = await s.predict(rows(0, 20), 'distance-band');
      expect(classes.response.status).toBe(200);
      const { predictions: classified } = await unwrap(classes);
      for (const p of classified) {
        expect(Object.keys(p.probabilities!).sort()).toEqual(['0', '1', '2']);
        expect(Object.values(p.probabilities!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        expect(p).toMatchObject({
          task: 'multiclass',
          score: Math.max(...Object.values(p.probabilities!)),
          label: Number(p.class),
        });
      }
      expect(new Set(classified.map((p) => p.class)).size).toBeGreaterThan(1); // distance decides the band

      const served = await waitFor('PredictionServed of both', () => {
        const all = s.events<PredictionServed>('PredictionServed');
        const of = (modelName: string) => all.filter((e) => e.modelName === modelName);
        return (
          of('delay-value').length >= 20 &&
          of('distance-band').length >= 20 && { value: of('delay-value'), band: of('distance-band') }
        );
      });
      expect(
        served.value.every(
          (e) => e.task === 'regression' && e.label === null && Object.keys(e.probabilities).length === 0,
        ),
      ).toBe(true);
      const first = served.band.find((e) => e.predictionId === classified[0].predictionId)!;
      expect(first).toMatchObject({
        task: 'multiclass',
        probabilities: classified[0].probabilities,
        label: classified[0].label,
      });
    });

    it('sends the canary its share of 10,000 requests (within 2%), the same entities every time', async () => {
      await s.stage(2, 'CANARY', v2, 10);
      await s.activated(2, 'CANARY');
      const entities = Array.from({ length: 10_000 }, (_, i) => ({
        ...rows(i % 12_000, 1)[0],
        entityId: `entity-${i}`,
      }));
      const routes = new Map<string | null, string>();
      for (let from = 0; from < entities.length; from += 500) {
        for (const p of await s.predictions(entities.slice(from, from + 500))) routes.set(p.entityId, p.route);
      }
      const share = [...routes.values()].filter((r) => r === 'CANARY').length / routes.size;
      expect(Math.abs(share - 0.1)).toBeLessThanOrEqual(0.02);
      const again = await s.predictions(entities.slice(0, 500));
      expect(again.every((p) => routes.get(p.entityId) === p.route)).toBe(true);
      expect(again.filter((p) => p.route === 'CANARY').every((p) => p.version === 2)).toBe(true);
    });

    it('lets a shadow score every request without changing any answer', async () => {
      const sample = rows(100, 200).map((r, i) => ({ ...r, entityId: `shadowed-${i}` }));
      const before = await s.predictions(sample);
      await s.stage(3, 'SHADOW', v2);
      await s.activated(3, 'SHADOW');
      const during = await s.predictions(sample);
      expect(during.map((p) => [p.score, p.version, p.route])).toEqual(
        before.map((p) => [p.score, p.version, p.route]),
      );
      const shadowed = await waitFor('shadow predictions', () => {
        const found = s
          .events<PredictionServed>('PredictionServed')
          .filter((e) => e.route === 'SHADOW' && e.entityId.startsWith('shadowed-'));
        return found.length >= 200 && found;
      });
      expect(shadowed.every((e) => e.version === 3)).toBe(true);
    });

    it('answers the Open Inference Protocol (KServe V2 REST) beside its own API: health, metadata, readiness, infer with and without a version, its error shape', async () => {
      await s.stage(1, 'PRODUCTION', v1, null, 'CANDIDATE', 'delay-v2');
      await s.activated(1, 'PRIMARY', 'delay-v2');
      // Raw, without a token: the protocol's health routes answer anyone, and infer refuses such a request.
      const anonymous = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${s.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Row & { error?: string } };
      };
      /** Status and body of an answer, compared whole as the protocol shapes them. */
      const whole = async <T, E>(call: Promise<{ data?: T; error?: E; response: Response }>) => {
        const { data, error, response } = await call;
        return { status: response.status, body: data ?? error };
      };
      const model = (modelName: string) => ({ params: { path: { modelName } } });
      const version = (modelName: string, number: number) => ({ params: { path: { modelName, version: number } } });
      const infer = (body: InferenceRequest, modelName = 'delay-v2') =>
        s.api.serving.POST('/v2/models/{modelName}/infer', { ...model(modelName), body });
      const inferWith = (number: number, body: InferenceRequest) =>
        s.api.serving.POST('/v2/models/{modelName}/versions/{version}/infer', { ...version('delay-v2', number), body });
      expect(await anonymous('GET', '/v2/health/live')).toEqual({ status: 200, body: { live: true } });
      expect(await anonymous('GET', '/v2/health/ready')).toEqual({ status: 200, body: { ready: true } });
      expect((await anonymous('GET', '/v2')).body).toMatchObject({
        name: 'loopgate-serving',
        extensions: [],
      });

      const metadata = await s.api.serving.GET('/v2/models/{modelName}', model('delay-v2'));
      expect(metadata.response.status).toBe(200);
      expect(metadata.data).toMatchObject({ name: 'delay-v2', versions: ['1'], platform: 'onnxruntime_onnx' });
      expect(metadata.data?.inputs.map((i) => `${i.name}:${i.datatype}`).sort()).toEqual([
        'date:INT64',
        'distance:FP32',
        'entityId:BYTES',
        'origin:BYTES',
      ]);
      expect(metadata.data?.outputs.map((o) => o.name)).toEqual([
        'score',
        'label',
        'prediction_id',
        'route',
        'version',
      ]);
      expect(await whole(s.api.serving.GET('/v2/models/{modelName}/ready', model('delay-v2')))).toEqual({
        status: 200,
        body: { name: 'delay-v2', ready: true },
      });
      expect(
        await whole(s.api.serving.GET('/v2/models/{modelName}/versions/{version}/ready', version('delay-v2', 1))),
      ).toEqual({
        status: 200,
        body: { name: 'delay-v2', ready: true },
      });

      // An inference request as the protocol's specification writes one: one tensor per field, the batch as the first dimension.
      const sample = rows(100, 3);
      const request: InferenceRequest = {
        id: 'request-42',
        inputs: [
          { name: 'distance', shape: [3, 1], datatype: 'FP32', data: sample.map((r) => r.distance) },
          { name: 'origin', shape: [3, 1], datatype: 'BYTES', data: sample.map((r) => r.origin) },
          { name: 'date', shape: [3], datatype: 'INT64', data: sample.map((r) => r.date) },
          { name: 'entityId', shape: [3, 1], datatype: 'BYTES', data: sample.map((r) => r.entityId) },
        ],
      };
      const inferred = await infer(request);
      expect(inferred.response.status).toBe(200);
      expect(inferred.data).toMatchObject({ model_name: 'delay-v2', model_version: '1', id: 'request-42' });
      const outputs = Object.fromEntries((await unwrap(inferred)).outputs.map((o) => [o.name, o]));
      expect(outputs.score).toMatchObject({ shape: [3, 1], datatype: 'FP32' });
      const own = await s.predictions(sample, 'delay-v2');
      expect(outputs.score.data).toEqual(own.map((p) => p.score));
      expect(outputs.route.data).toEqual(['PRIMARY', 'PRIMARY', 'PRIMARY']);
      // The same PredictionServed as /v1, under the ids it answered with.
      await waitFor(
        'PredictionServed of the V2 request',
        () =>
          s
            .events<PredictionServed>('PredictionServed')
            .filter((e) => (outputs.prediction_id.data as string[]).includes(e.predictionId)).length === 3,
      );

      const versioned = await inferWith(1, { ...request, outputs: [{ name: 'score' }] });
      expect(versioned.response.status).toBe(200);
      expect(versioned.data?.outputs.map((o) => o.name)).toEqual(['score']);

      // Errors as the protocol shapes them: { "error": "<message>" }, 400 for a request it cannot take.
      const missing = await infer({ inputs: request.inputs.filter((i) => i.name !== 'origin') });
      expect(missing.response.status).toBe(400);
      expect(missing.error?.error).toMatch(/rows\.0\.origin/);
      const unknown = await infer({
        inputs: [...request.inputs, { name: 'colour', shape: [3], datatype: 'BYTES', data: ['a', 'b', 'c'] }],
      });
      expect(unknown.response.status).toBe(400);
      expect(unknown.error?.error).toMatch(/colour/);
      const datatype = await whole(
        infer({ inputs: request.inputs.map((i) => (i.name === 'distance' ? { ...i, datatype: 'BYTES' } : i)) }),
      );
      expect(datatype).toMatchObject({
        status: 400,
        body: { error: expect.stringContaining("input 'distance': is BYTES; field 'distance' is NUMBER") },
      });
      expect(await whole(infer({ inputs: [] }))).toMatchObject({
        status: 400,
        body: { error: expect.stringContaining('inputs') },
      });
      expect(await whole(inferWith(9, request))).toMatchObject({
        status: 404,
        body: { error: "model 'delay-v2' has no version 9 (as primary, canary or shadow) deployed here" },
      });
      expect(await whole(s.api.serving.GET('/v2/models/{modelName}/ready', model('nobody')))).toMatchObject({
        status: 404,
        body: { error: expect.any(String) },
      });
      expect(await anonymous('POST', '/v2/models/delay-v2/infer', request)).toMatchObject({
        status: 401,
        body: { error: expect.any(String) },
      });
    });

    it('serves models trained elsewhere over HTTP with the outputs onnxruntime-python gave them (within 1e-5)', async () => {
      // libs/ml/test/fixtures/imported: scikit-learn and LightGBM models, and what onnxruntime-python answered on every penguin.
      const fixtures = join(__dirname, '../../../libs/ml/test/fixtures/imported');
      const expected = JSON.parse(readFileSync(join(fixtures, 'expected-scores.json'), 'utf8')) as {
        rows: Row[];
        outputs: Record<string, number[][]>;
      };
      await s.bus.publish([
        { type: 'DatasetSpecRegistered', payload: announcedPenguinsSpec() },
        {
          type: 'DatasetSpecRegistered',
          payload: announcedPenguinsSpec({ datasetId: 'penguins-mass', labelField: 'bodyMassG' }),
        },
      ]);
      for (const name of ['penguins-sklearn-pipeline', 'penguins-lightgbm', 'penguins-mass-sklearn-gbr']) {
        const manifest = JSON.parse(readFileSync(join(fixtures, `${name}.manifest.json`), 'utf8')) as ImportManifest;
        const labelField = manifest.datasetId === 'penguins' ? 'species' : 'bodyMassG';
        const { model } = adaptImportedModel(readFileSync(join(fixtures, `${name}.onnx`)), manifest, {
          datasetId: manifest.datasetId,
          fields: PENGUINS_SPEC.fields,
          labelField,
        });
        await s.stage(1, 'PRODUCTION', await s.store(model), null, 'CANDIDATE', name);
        await s.activated(1, 'PRIMARY', name);
        const served = await s.predict(
          expected.rows.map(({ [labelField]: _label, ...row }) => row),
          name,
        );
        expect(served.response.status).toBe(200);
        let worst = 0;
        (await unwrap(served)).predictions.forEach((p, i) => {
          const outputs =
            manifest.task === 'regression' ? [p.value!] : manifest.classes!.map((c) => p.probabilities![c]);
          outputs.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - expected.outputs[name][i][k]))));
        });
        expect([name, worst < 1e-5]).toEqual([name, true]);
      }
    });

    it('swaps versions and rolls back under continuous traffic without a failed request', async () => {
      const statuses: number[] = [];
      const versions = new Set<number | null>();
      let running = true;
      const traffic = (async () => {
        while (running) {
          const answer = await s.predict(rows(0, 20));
          statuses.push(answer.response.status);
          for (const p of answer.data?.predictions ?? []) if (p.route !== 'CANARY') versions.add(p.version);
        }
      })();
      // Release v2 to production (the registry archives v1 first), then roll back to v1.
      await s.stage(1, 'ARCHIVED', v1, null, 'PRODUCTION');
      await s.stage(2, 'PRODUCTION', v2, null, 'CANARY');
      await s.activated(2, 'PRIMARY');
      await waitFor('answers from v2', () => versions.has(2));
      await s.stage(2, 'ARCHIVED', v2, null, 'PRODUCTION');
      await s.stage(1, 'PRODUCTION', v1, null, 'ARCHIVED');
      await waitFor(
        'v1 primary again',
        () =>
          s
            .events<{ modelName: string; version: number; role: string }>('DeploymentActivated')
            .filter((e) => e.modelName === 'delay' && e.version === 1 && e.role === 'PRIMARY').length === 2,
      );
      await waitFor('answers from v1 again', async () =>
        (await s.predictions(rows(0, 5))).every((p) => p.version === 1),
      );
      running = false;
      await traffic;
      expect(statuses.length).toBeGreaterThan(5);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect([...versions].sort()).toEqual([1, 2]);
    });
  });

  describe('an instance whose models cannot answer within the budget', () => {
    const s = harness({ SERVING_LATENCY_BUDGET_MS: '1', SERVING_FALLBACK_SCORE: '0.2' });
    beforeAll(() => s.start());
    afterAll(() => s.stop());

    it('answers from the declared default, flagged as a fallback', async () => {
      await s.stage(1, 'PRODUCTION', await s.store(trees));
      await s.activated(1, 'PRIMARY');
      // 10,000 rows through trees take several milliseconds in the inference thread.
      const many = Array.from({ length: 10_000 }, (_, i) => ({ ...flights[i % flights.length], entityId: `e${i}` }));
      const answer = await s.predict(many);
      expect(answer.response.status).toBe(200);
      expect(
        (await unwrap(answer)).predictions.filter(
          (p) => !(p.fallback && p.route === 'FALLBACK' && p.score === 0.2 && p.version === null),
        ),
      ).toEqual([]);
    });
  });
});
