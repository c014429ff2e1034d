import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { EventCodec, HEADER } from '@loopgate/bus';
import { type LoopgateClient, type MonitoringComponents, unwrap } from '@loopgate/client';
import {
  type LabelObserved,
  type PredictionServed,
  type QualityDegraded,
  type RetrainRecommended,
  type RollbackRecommended,
  type SloBreached,
} from '@loopgate/contracts';
import { readFlights } from '@loopgate/datasets';
import {
  announcedFlightsSpec,
  authorizedFetch,
  type ServiceUnderTest,
  startServiceUnderTest,
  testClient,
  waitFor,
} from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadMonitoringConfig, SERVICE_NAME } from '../src/monitoring.config';

const codec = new EventCodec();
const WINDOW = 1_000;
type MonitoringPolicy = MonitoringComponents['schemas']['MonitoringPolicy'];

interface Served {
  readonly prediction: PredictionServed;
  readonly outcome: number;
}

/**
 * Real flights' inputs; scores that separate the outcomes well everywhere except at one airport,
 * where they are unrelated to them (a deterministic pattern, no Math.random).
 */
function served(
  flights: Array<Record<string, unknown>>,
  version: number,
  route: PredictionServed['route'],
  brokenOrigin: string | null,
  latencyMicros = 2_000,
): Served[] {
  return flights.map((flight, i) => {
    const outcome = i % 5 === 0 ? 1 : 0;
    const informative = outcome === 1 ? 0.55 + (i % 9) / 40 : 0.1 + (i % 9) / 40;
    const score = flight.origin === brokenOrigin ? ((i * 7) % 11) / 11 : informative;
    return {
      outcome,
      prediction: {
        predictionId: randomUUID(),
        entityId: `flight-${i}`,
        modelName: 'delay',
        version,
        route,
        inputs: { origin: flight.origin as string, distance: flight.distance as number },
        segments: { origin: flight.origin as string },
        unseenCategories: [],
        score,
        label: score >= 0.5 ? 1 : 0,
        latencyMicros,
        task: 'binary',
        probabilities: {},
      },
    };
  });
}

describe('monitoring: quality, rules, cool-downs, canaries and webhooks on Kafka and Postgres', () => {
  let service: ServiceUnderTest;
  let api: LoopgateClient;
  let webhook: Server;
  const alerts: Array<{ type: string; dedupeKey: string }> = [];
  let flights: Array<Record<string, unknown>>;
  let brokenOrigin: string;

  beforeAll(async () => {
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        alerts.push(JSON.parse(body) as { type: string; dedupeKey: string });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadMonitoringConfig,
      module: AppModule.register,
      record: ['monitoring.signals'],
      env: { MONITORING_WEBHOOK_URLS: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/alerts` },
    });
    api = testClient({ monitoring: service.url });
    // Every 20th flight of January's first 60,000: the windows span days, and the three busiest airports each fill a segment.
    flights = (await readFlights(0, 60_000))
      .filter((_, i) => i % 20 === 0)
      .map((f) => ({ origin: f.origin, distance: f.distance }));
    const counts = new Map<string, number>();
    for (const f of flights) counts.set(f.origin as string, (counts.get(f.origin as string) ?? 0) + 1);
    brokenOrigin = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const declared = await declarePolicy('delay', {
      owner: 'flights-team',
      quality: { windowSize: WINDOW, segmentFields: ['origin'], minSegmentSize: 40, floors: { auc: 0.7 } },
      slo: { windowSize: 100_000 },
      canary: { minPredictions: 300 },
      retrain: { cooldownMs: 3_600_000, onSegmentQuality: true },
    });
    expect(declared.response.status).toBe(200);
  });

  afterAll(async () => {
    await service?.stop();
    webhook?.close();
  });

  const declarePolicy = (modelName: string, body: MonitoringPolicy) =>
    api.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', { params: { path: { modelName } }, body });
  // Raw: a policy or a query off the document's keys and enums, which the typed client cannot send.
  const sendRaw = (method: string, path: string, body?: unknown) =>
    authorizedFetch(`${service.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const reportsOf = (modelName: string, kind: 'QUALITY' | 'SLO' | 'CANARY') =>
    unwrap(api.monitoring.GET('/v1/models/{modelName}/reports', { params: { path: { modelName }, query: { kind } } }));
  const signals = <T>(type: string) =>
    service.messages
      .filter((m) => m.headers[HEADER.type] === type)
      .map((m) => ({ payload: codec.decode(m.value).payload as T, headers: m.headers }));
  const publishServed = (batch: Served[]) =>
    service.env.bus.publish(batch.map((s) => ({ type: 'PredictionServed' as const, payload: s.prediction })));
  const publishOutcomes = (batch: Served[]) =>
    service.env.bus.publish(
      batch.map((s): { type: 'LabelObserved'; payload: LabelObserved } => ({
        type: 'LabelObserved',
        payload: {
          datasetId: 'flights',
          entityId: s.prediction.entityId,
          eventTime: 0,
          observedAt: Date.now(),
          predictionId: s.prediction.predictionId,
          label: s.outcome,
        },
      })),
    );

  it('refuses an invalid policy, naming every problem', async () => {
    const refused = await declarePolicy('delay', { quality: { windowSize: 1, floors: { auc: 3 } } });
    expect(refused.response.status).toBe(422);
    const error = refused.error?.error;
    expect(error?.code).toBe('http.invalid_request');
    expect((error?.details?.problems as Array<{ in: string; path: string }>).map((p) => `${p.in} ${p.path}`)).toEqual([
      'body quality.windowSize',
      'body quality.floors.auc',
    ]);
  });

  it('answers an unknown policy key with the keys allowed there', async () => {
    const response = await sendRaw('PUT', '/v1/models/delay/monitoring-policy', { qualty: { windowSize: 100 } });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; details: { problems: Array<{ in: string; path: string; allowed?: string[] }> } };
    };
    expect(body.error.code).toBe('http.invalid_request');
    expect(body.error.details.problems).toEqual([
      {
        in: 'body',
        path: '',
        message: "has unknown key 'qualty'",
        allowed: ['owner', 'drift', 'quality', 'slo', 'canary', 'retrain', 'rollback'],
      },
    ]);
  });

  it("checks a policy's segment fields against the model's dataset once a version of it is known, and says when it could not", async () => {
    const put = (segmentFields: string[]) => declarePolicy('segmented', { quality: { segmentFields } });
    const unchecked = await unwrap(put(['oirgin']));
    expect(unchecked.warnings).toEqual([
      "quality.segmentFields: not checked: no version of 'segmented' is known yet, so neither is its dataset",
    ]);

    const snapshotId = randomUUID();
    await service.env.bus.publish([
      { type: 'DatasetSpecRegistered', payload: announcedFlightsSpec() },
      {
        type: 'SnapshotSealed',
        payload: {
          snapshotId,
          datasetId: 'flights',
          specVersion: 1,
          rowCount: 1,
          eventTimeFrom: 0,
          eventTimeTo: 1,
          schemaFingerprint: 'f',
          artifact: { uri: 'file:///s', sha256: 'a'.repeat(64), sizeBytes: 1 },
          sealReason: 'REQUEST',
        },
      },
      {
        type: 'VersionRegistered',
        payload: {
          modelName: 'segmented',
          version: 1,
          runId: randomUUID(),
          snapshotId,
          featureSetVersion: 'f',
          codeVersion: 'git:abc',
          model: { uri: 'file:///m', sha256: 'b'.repeat(64), sizeBytes: 1 },
          metrics: {},
        },
      },
    ]);
    const refused = await waitFor('the dataset of the model to be known', async () => {
      const { error, response } = await put(['oirgin', 'origin']);
      return response.status === 422 && error?.error;
    });
    expect(refused.code).toBe('http.invalid_request');
    expect(refused.details?.problems).toEqual([
      {
        in: 'body',
        path: 'quality.segmentFields.0',
        message: "'oirgin' is not a field of dataset 'flights'",
        allowed: ['flightId', 'date', 'distance', 'origin', 'destination', 'delayed'],
      },
    ]);
    const accepted = await put(['origin']);
    expect(accepted.response.status).toBe(200);
    expect((await unwrap(accepted)).warnings).toBeUndefined();
  });

  it('reports a quality drop in the one segment it happened in, and recommends retraining once', async () => {
    const window = served(flights.slice(0, WINDOW), 1, 'PRIMARY', brokenOrigin);
    // Outcomes first, then predictions: the join waits for whichever side comes second.
    await publishOutcomes(window);
    await publishServed(window);
    const degraded = await waitFor('QualityDegraded', () => signals<QualityDegraded>('QualityDegraded')[0]);
    expect(signals<QualityDegraded>('QualityDegraded').map((s) => s.payload.segment)).toEqual([
      `origin=${brokenOrigin}`,
    ]);
    expect(degraded.payload).toMatchObject({
      modelName: 'delay',
      version: 1,
      metric: 'auc',
      threshold: 0.7,
      owner: 'flights-team',
      window: { size: WINDOW },
    });
    expect(degraded.payload.measured).toBeLessThan(0.7);

    const [retrain] = await waitFor(
      'RetrainRecommended',
      () =>
        signals<RetrainRecommended>('RetrainRecommended').length === 1 &&
        signals<RetrainRecommended>('RetrainRecommended'),
    );
    expect(retrain.payload).toMatchObject({
      modelName: 'delay',
      rule: 'quality-below-floor',
      signalIds: [degraded.payload.signalId],
    });
    expect(retrain.headers[HEADER.causationId]).toBe(degraded.headers[HEADER.id]);
    expect(retrain.headers[HEADER.correlationId]).toBe(degraded.headers[HEADER.correlationId]);

    const reports = await reportsOf('delay', 'QUALITY');
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]).toMatchObject({ kind: 'QUALITY', status: 'DEGRADED' });
    // The document types measurements as an open object: this is a quality report's.
    expect((reports.items[0].measurements as { metrics: { auc: number } }).metrics.auc).toBeGreaterThan(0.7);
    await waitFor(
      'the alerts at the webhook',
      () => alerts.some((a) => a.type === 'RetrainRecommended') && alerts.some((a) => a.type === 'QualityDegraded'),
    );
  });

  it('does not recommend retraining again within the cool-down, nor alert the same thing twice', async () => {
    const window = served(flights.slice(WINDOW, 2 * WINDOW), 1, 'PRIMARY', brokenOrigin);
    await publishServed(window);
    await publishOutcomes(window);
    await waitFor('the second QualityDegraded', () => signals('QualityDegraded').length === 2);
    const recommendations = await waitFor('the suppressed recommendation', async () => {
      const page = await unwrap(
        api.monitoring.GET('/v1/models/{modelName}/recommendations', { params: { path: { modelName: 'delay' } } }),
      );
      return page.items.length === 2 && page.items;
    });
    expect(recommendations.map((r) => r.status)).toEqual(['SUPPRESSED', 'PUBLISHED']);
    expect(signals('RetrainRecommended')).toHaveLength(1);
    expect(alerts.filter((a) => a.type === 'QualityDegraded')).toHaveLength(1);

    const asked = await api.monitoring.POST('/v1/models/{modelName}/retrain-recommendations', {
      params: { path: { modelName: 'delay' } },
      body: { reason: 'new airline schedule' },
    });
    expect(asked.response.status).toBe(409);
    expect(asked.error?.error.code).toBe('monitoring.cooling_down');
  });

  it('recommends rolling back a canary that answers much slower than its primary', async () => {
    // As serving routes traffic: both routes interleaved over the period, each flight on its own partition (keyed by entity).
    const period = flights.slice(2 * WINDOW, 2 * WINDOW + 400);
    const primary = served(period, 1, 'PRIMARY', null, 2_000);
    const canary = served(period, 2, 'CANARY', null, 40_000);
    await publishServed(primary.flatMap((p, i) => [p, canary[i]]));
    const [rollback] = await waitFor(
      'RollbackRecommended',
      () =>
        signals<RollbackRecommended>('RollbackRecommended').length > 0 &&
        signals<RollbackRecommended>('RollbackRecommended'),
    );
    expect(rollback.payload).toMatchObject({ modelName: 'delay', version: 2, rule: 'canary-regression' });
    expect(rollback.payload.reason).toContain('p99_latency_ratio');
    const [report] = (await reportsOf('delay', 'CANARY')).items;
    expect(report).toMatchObject({ status: 'REGRESSED', version: 2 });
    // The document types measurements as an open object: this is a canary report's.
    const { checks } = report.measurements as { checks: Array<{ check: string; regressed: boolean }> };
    expect(checks.find((c) => c.check === 'p99_latency_ratio')).toMatchObject({ regressed: true });
  });

  it('judges a regression model on its own metrics: a ceiling on RMSE, and no floor on a lower-is-better metric', async () => {
    // Raw: rmse is lower-is-better, so the document has no floor for it.
    expect(
      (await sendRaw('PUT', '/v1/models/minutes/monitoring-policy', { quality: { floors: { rmse: 5 } } })).status,
    ).toBe(422);
    expect(
      (await declarePolicy('minutes', { quality: { windowSize: 100, ceilings: { rmse: 10 } } })).response.status,
    ).toBe(200);
    // Predicted delay minutes 20 off the observed ones either way: RMSE 20.
    const window: Served[] = flights.slice(0, 100).map((flight, i) => ({
      outcome: i,
      prediction: {
        predictionId: randomUUID(),
        entityId: `minutes-${i}`,
        modelName: 'minutes',
        version: 1,
        route: 'PRIMARY',
        inputs: { distance: flight.distance as number },
        segments: {},
        unseenCategories: [],
        score: i + (i % 2 === 0 ? 20 : -20),
        label: null,
        latencyMicros: 1_000,
        task: 'regression',
        probabilities: {},
      },
    }));
    await publishServed(window);
    await publishOutcomes(window);
    const degraded = await waitFor('QualityDegraded of minutes', () =>
      signals<QualityDegraded>('QualityDegraded').find((s) => s.payload.modelName === 'minutes'),
    );
    expect(degraded.payload).toMatchObject({ metric: 'rmse', segment: null, threshold: 10, window: { size: 100 } });
    expect(degraded.payload.measured).toBeCloseTo(20);
    const reports = await reportsOf('minutes', 'QUALITY');
    expect(reports.items[0].measurements).toMatchObject({ task: 'regression', metrics: { count: 100 } });
    expect(reports.items[0].measurements.metrics).not.toHaveProperty('auc');
  });

  it('answers 422 to an unknown report kind, with the kinds there are', async () => {
    const response = await sendRaw('GET', '/v1/models/delay/reports?kind=NOPE');
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; details: { problems: unknown[] } } };
    expect(error.code).toBe('http.invalid_request');
    expect(error.details.problems).toEqual([
      { in: 'query', path: 'kind', message: 'is not an allowed value', allowed: ['QUALITY', 'SLO', 'CANARY'] },
    ]);
  });

  it('raises SloBreached when a version answers slower than its objective', async () => {
    const declared = await declarePolicy('slow', { owner: 'serving-team', slo: { windowSize: 100, p99LatencyMs: 50 } });
    expect(declared.response.status).toBe(200);
    await publishServed(
      served(flights.slice(0, 100), 1, 'PRIMARY', null, 200_000).map((s) => ({
        ...s,
        prediction: { ...s.prediction, modelName: 'slow' },
      })),
    );
    const [breach] = await waitFor(
      'SloBreached',
      () => signals<SloBreached>('SloBreached').length > 0 && signals<SloBreached>('SloBreached'),
    );
    expect(breach.payload).toMatchObject({
      modelName: 'slow',
      version: 1,
      slo: 'p99_latency_ms',
      measured: 200,
      threshold: 50,
      owner: 'serving-team',
      window: { size: 100 },
    });
    const [report] = (await reportsOf('slow', 'SLO')).items;
    expect(report).toMatchObject({ status: 'BREACHED', measurements: { p99LatencyMs: 200 } });
  });
});
