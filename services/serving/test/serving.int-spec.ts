import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventCodec, HEADER, type RecordedMessage } from '@loopgate/bus';
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
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  type TestBus,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadServingConfig, SERVICE_NAME } from '../src/serving.config';

type Row = Record<string, unknown>;
interface Answer {
  predictionId: string;
  entityId: string;
  task: string;
  score: number;
  label: number | null;
  value?: number;
  class?: string;
  probabilities?: Record<string, number>;
  version: number | null;
  route: string;
  fallback: boolean;
}
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
    const h = {
      get url() {
        return service.url;
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
      predict: (rows: Row[], modelName = 'delay') => h.predictBody({ rows }, modelName),
      async predictBody(
        request: unknown,
        modelName = 'delay',
      ): Promise<{ status: number; predictions: Answer[]; error?: { code: string; message: string } }> {
        const response = await authorizedFetch(`${service.url}/v1/models/${modelName}/predict`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        const body = (await response.json()) as { predictions: Answer[]; error?: { code: string; message: string } };
        return { status: response.status, ...body };
      },
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
      expect(await (await authorizedFetch(`${s.url}/health/ready`)).json()).toMatchObject({ status: 'ready' });
      expect(await (await authorizedFetch(`${s.url}/metrics`)).text()).toMatch(/telemetry not started|# HELP/);
      expect((await s.predict(rows(0, 1))).status).toBe(404);
      await s.stage(1, 'PRODUCTION', v1);
      await s.activated(1, 'PRIMARY');
      const answer = await s.predict(rows(0, 50));
      expect(answer.status).toBe(200);
      expect(answer.predictions).toHaveLength(50);
      expect(
        answer.predictions.every(
          (p) =>
            p.version === 1 &&
            p.route === 'PRIMARY' &&
            !p.fallback &&
            p.score > 0 &&
            p.score < 1 &&
            p.label === (p.score >= 0.5 ? 1 : 0),
        ),
      ).toBe(true);
      expect(answer.predictions[0].entityId).toBe('f0');
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
        predictionId: answer.predictions[0].predictionId,
        score: answer.predictions[0].score,
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
        const answer = await s.predictBody({ entityIds: known.map((r) => r.entityId) });
        return answer.status === 200 && answer;
      });
      const byFields = await s.predict(known);
      expect(byId.predictions.map((p) => [p.entityId, p.score])).toEqual(
        byFields.predictions.map((p) => [p.entityId, p.score]),
      );
      const unknown = await s.predictBody({ entityIds: [String(known[0].entityId), 'nobody'] });
      expect(unknown.status).toBe(422);
      expect(unknown.error).toMatchObject({ code: 'serving.unknown_entities' });
      expect(unknown.error!.message).toContain('nobody');
      expect((await s.predictBody({ entityIds: ['a'], rows: [{}] })).status).toBe(422);
    });

    it('answers bad rows with a 422 naming each bad field', async () => {
      const bad = await s.predict([
        { entityId: 'x', distance: 'far', origin: 'SFO', date: Date.UTC(2001, 0, 1) },
        { entityId: 'y', distance: 100, origin: ['SFO'], date: 'soon' },
      ]);
      expect(bad.status).toBe(422);
      expect(bad.error!.code).toBe('serving.invalid_rows');
      expect(bad.error!.message).toContain('rows.0.distance: must be a finite number');
      expect(bad.error!.message).toContain('rows.1.origin: must be a string');
      expect(bad.error!.message).toContain(
        'rows.1.date: must be epoch milliseconds, or an ISO-8601 date-time with a zone',
      );
      expect(
        (
          await authorizedFetch(`${s.url}/v1/models/delay/predict`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"rows": []}',
          })
        ).status,
      ).toBe(422);
    });

    it("holds rows to the spec of the model's dataset: a missing field, an unknown one or a row of another dataset is a 422", async () => {
      const [row] = rows(0, 1);
      const { distance: _distance, ...withoutDistance } = row;
      const missing = await s.predict([withoutDistance]);
      expect(missing.status).toBe(422);
      expect(missing.error!.message).toContain(
        'rows.0.distance: is missing, and the spec does not declare it nullable',
      );
      const unknown = await s.predict([{ ...row, distanceKm: 12 }]);
      expect(unknown.status).toBe(422);
      expect(unknown.error!.message).toContain("rows.0.distanceKm: is no field of dataset 'flights' (spec v1)");
      const applicant = await s.predict([{ entityId: 'a1', income: 52_000, region: 'north', sex: 'F' }]);
      expect(applicant.status).toBe(422);
      expect(applicant.error!.message).toContain("rows.0.income: is no field of dataset 'flights'");
      expect(applicant.error!.message).toContain('rows.0.date: is missing');
      expect((await s.predict([{ ...row, origin: null }])).error!.message).toContain(
        'rows.0.origin: is null, and the spec does not declare it nullable',
      );
    });

    it('serves a category the model has not seen through its unknown bucket, and says so in PredictionServed', async () => {
      const answer = await s.predict([{ ...rows(0, 1)[0], entityId: 'new-airport', origin: 'XYZ' }]);
      expect(answer.status).toBe(200);
      const served = await waitFor('its PredictionServed', () =>
        s
          .events<PredictionServed>('PredictionServed')
          .find((e) => e.predictionId === answer.predictions[0].predictionId),
      );
      expect(served).toMatchObject({ unseenCategories: ['origin'], segments: { origin: 'XYZ' } });
    });

    it('scores a whole file of rows into a file of scores, as the online API would, and announces it', async () => {
      const input = rows(0, 3_000);
      const file = await s.store(Buffer.from(input.map((r) => `${JSON.stringify(r)}\n`).join('')));
      const response = await authorizedFetch(`${s.url}/v1/models/delay/batch-scores`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input: { uri: file.uri, sha256: file.sha256 }, entityKey: 'entityId' }),
      });
      expect(response.status).toBe(200);
      const batch = (await response.json()) as { batchId: string; rows: number; version: number; output: ArtifactRef };
      expect(batch).toMatchObject({ rows: 3_000, version: 1 });
      const lines = (await s.read(batch.output))
        .toString()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { row: number; entityId: string; score: number });
      expect(lines).toHaveLength(3_000);
      const online = (await s.predict(input.slice(0, 100))).predictions;
      expect(lines.slice(0, 100).map((l) => [l.entityId, l.score])).toEqual(online.map((p) => [p.entityId, p.score]));
      const announced = await waitFor('BatchScored', () =>
        s.events<{ batchId: string }>('BatchScored').find((e) => e.batchId === batch.batchId),
      );
      expect(announced).toMatchObject({ rows: 3_000, output: { sha256: batch.output.sha256 } });
    });

    it('refuses a model file whose hash does not match, and keeps serving the current one', async () => {
      await s.stage(9, 'CANARY', { ...v2, sha256: randomBytes(32).toString('hex') }, 50);
      const failed = await waitFor('DeploymentFailed', () =>
        s.events<{ version: number; errorCode: string }>('DeploymentFailed').find((e) => e.version === 9),
      );
      expect(failed.errorCode).toBe('artifacts.corrupt');
      expect((await s.predict(rows(0, 20))).predictions.every((p) => p.version === 1)).toBe(true);
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
      expect(values.status).toBe(200);
      expect(
        values.predictions.every(
          (p) => p.task === 'regression' && p.value === p.score && p.label === null && p.probabilities === undefined,
        ),
      ).toBe(true);
      const classes = await s.predict(rows(0, 20), 'distance-band');
      expect(classes.status).toBe(200);
      for (const p of classes.predictions) {
        expect(Object.keys(p.probabilities!).sort()).toEqual(['0', '1', '2']);
        expect(Object.values(p.probabilities!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        expect(p).toMatchObject({
          task: 'multiclass',
          score: Math.max(...Object.values(p.probabilities!)),
          label: Number(p.class),
        });
      }
      expect(new Set(classes.predictions.map((p) => p.class)).size).toBeGreaterThan(1); // distance decides the band

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
      const first = served.band.find((e) => e.predictionId === classes.predictions[0].predictionId)!;
      expect(first).toMatchObject({
        task: 'multiclass',
        probabilities: classes.predictions[0].probabilities,
        label: classes.predictions[0].label,
      });
    });

    it('sends the canary its share of 10,000 requests (within 2%), the same entities every time', async () => {
      await s.stage(2, 'CANARY', v2, 10);
      await s.activated(2, 'CANARY');
      const entities = Array.from({ length: 10_000 }, (_, i) => ({
        ...rows(i % 12_000, 1)[0],
        entityId: `entity-${i}`,
      }));
      const routes = new Map<string, string>();
      for (let from = 0; from < entities.length; from += 500) {
        for (const p of (await s.predict(entities.slice(from, from + 500))).predictions)
          routes.set(p.entityId, p.route);
      }
      const share = [...routes.values()].filter((r) => r === 'CANARY').length / routes.size;
      expect(Math.abs(share - 0.1)).toBeLessThanOrEqual(0.02);
      const again = (await s.predict(entities.slice(0, 500))).predictions;
      expect(again.every((p) => routes.get(p.entityId) === p.route)).toBe(true);
      expect(again.filter((p) => p.route === 'CANARY').every((p) => p.version === 2)).toBe(true);
    });

    it('lets a shadow score every request without changing any answer', async () => {
      const sample = rows(100, 200).map((r, i) => ({ ...r, entityId: `shadowed-${i}` }));
      const before = (await s.predict(sample)).predictions;
      await s.stage(3, 'SHADOW', v2);
      await s.activated(3, 'SHADOW');
      const during = (await s.predict(sample)).predictions;
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
      const v2 = async (method: string, path: string, body?: unknown, token = true) => {
        const init = {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        };
        const response = await (token ? authorizedFetch(`${s.url}${path}`, init) : fetch(`${s.url}${path}`, init));
        return { status: response.status, body: (await response.json()) as Row & { error?: string } };
      };
      expect(await v2('GET', '/v2/health/live', undefined, false)).toEqual({ status: 200, body: { live: true } });
      expect(await v2('GET', '/v2/health/ready', undefined, false)).toEqual({ status: 200, body: { ready: true } });
      expect((await v2('GET', '/v2', undefined, false)).body).toMatchObject({
        name: 'loopgate-serving',
        extensions: [],
      });

      const metadata = await v2('GET', '/v2/models/delay-v2');
      expect(metadata.status).toBe(200);
      expect(metadata.body).toMatchObject({ name: 'delay-v2', versions: ['1'], platform: 'onnxruntime_onnx' });
      expect(
        (metadata.body.inputs as Array<{ name: string; datatype: string }>)
          .map((i) => `${i.name}:${i.datatype}`)
          .sort(),
      ).toEqual(['date:INT64', 'distance:FP32', 'entityId:BYTES', 'origin:BYTES']);
      expect((metadata.body.outputs as Array<{ name: string }>).map((o) => o.name)).toEqual([
        'score',
        'label',
        'prediction_id',
        'route',
        'version',
      ]);
      expect(await v2('GET', '/v2/models/delay-v2/ready')).toEqual({
        status: 200,
        body: { name: 'delay-v2', ready: true },
      });
      expect(await v2('GET', '/v2/models/delay-v2/versions/1/ready')).toEqual({
        status: 200,
        body: { name: 'delay-v2', ready: true },
      });

      // An inference request as the protocol's specification writes one: one tensor per field, the batch as the first dimension.
      const sample = rows(100, 3);
      const request = {
        id: 'request-42',
        inputs: [
          { name: 'distance', shape: [3, 1], datatype: 'FP32', data: sample.map((r) => r.distance) },
          { name: 'origin', shape: [3, 1], datatype: 'BYTES', data: sample.map((r) => r.origin) },
          { name: 'date', shape: [3], datatype: 'INT64', data: sample.map((r) => r.date) },
          { name: 'entityId', shape: [3, 1], datatype: 'BYTES', data: sample.map((r) => r.entityId) },
        ],
      };
      const inferred = await v2('POST', '/v2/models/delay-v2/infer', request);
      expect(inferred.status).toBe(200);
      expect(inferred.body).toMatchObject({ model_name: 'delay-v2', model_version: '1', id: 'request-42' });
      const outputs = Object.fromEntries(
        (inferred.body.outputs as Array<{ name: string; shape: number[]; datatype: string; data: unknown[] }>).map(
          (o) => [o.name, o],
        ),
      );
      expect(outputs.score).toMatchObject({ shape: [3, 1], datatype: 'FP32' });
      const own = await s.predict(sample, 'delay-v2');
      expect(outputs.score.data).toEqual(own.predictions.map((p) => p.score));
      expect(outputs.route.data).toEqual(['PRIMARY', 'PRIMARY', 'PRIMARY']);
      // The same PredictionServed as /v1, under the ids it answered with.
      await waitFor(
        'PredictionServed of the V2 request',
        () =>
          s
            .events<PredictionServed>('PredictionServed')
            .filter((e) => (outputs.prediction_id.data as string[]).includes(e.predictionId)).length === 3,
      );

      const versioned = await v2('POST', '/v2/models/delay-v2/versions/1/infer', {
        ...request,
        outputs: [{ name: 'score' }],
      });
      expect(versioned.status).toBe(200);
      expect((versioned.body.outputs as Array<{ name: string }>).map((o) => o.name)).toEqual(['score']);

      // Errors as the protocol shapes them: { "error": "<message>" }, 400 for a request it cannot take.
      const missing = await v2('POST', '/v2/models/delay-v2/infer', {
        inputs: request.inputs.filter((i) => i.name !== 'origin'),
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error).toMatch(/rows\.0\.origin/);
      const unknown = await v2('POST', '/v2/models/delay-v2/infer', {
        inputs: [...request.inputs, { name: 'colour', shape: [3], datatype: 'BYTES', data: ['a', 'b', 'c'] }],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error).toMatch(/colour/);
      const datatype = await v2('POST', '/v2/models/delay-v2/infer', {
        inputs: request.inputs.map((i) => (i.name === 'distance' ? { ...i, datatype: 'BYTES' } : i)),
      });
      expect(datatype).toMatchObject({
        status: 400,
        body: { error: expect.stringContaining("input 'distance': is BYTES; field 'distance' is NUMBER") },
      });
      expect(await v2('POST', '/v2/models/delay-v2/infer', { inputs: [] })).toMatchObject({
        status: 400,
        body: { error: expect.stringContaining('inputs') },
      });
      expect(await v2('POST', '/v2/models/delay-v2/versions/9/infer', request)).toMatchObject({
        status: 404,
        body: { error: "model 'delay-v2' has no version 9 (as primary, canary or shadow) deployed here" },
      });
      expect(await v2('GET', '/v2/models/nobody/ready')).toMatchObject({
        status: 404,
        body: { error: expect.any(String) },
      });
      expect(await v2('POST', '/v2/models/delay-v2/infer', request, false)).toMatchObject({
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
        expect(served.status).toBe(200);
        let worst = 0;
        served.predictions.forEach((p, i) => {
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
          statuses.push(answer.status);
          for (const p of answer.predictions ?? []) if (p.route !== 'CANARY') versions.add(p.version);
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
        (await s.predict(rows(0, 5))).predictions.every((p) => p.version === 1),
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
      expect(answer.status).toBe(200);
      expect(
        answer.predictions.filter(
          (p) => !(p.fallback && p.route === 'FALLBACK' && p.score === 0.2 && p.version === null),
        ),
      ).toEqual([]);
    });
  });
});
