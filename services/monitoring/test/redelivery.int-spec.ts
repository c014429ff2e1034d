import { randomUUID } from 'node:crypto';
import { type ConsumedEvent } from '@loopgate/bus';
import { type LoopgateClient, unwrap } from '@loopgate/client';
import { type ServiceUnderTest, startServiceUnderTest, testClient } from '@loopgate/testing';
import { AppModule } from '../src/app.module';
import { loadMonitoringConfig, SERVICE_NAME } from '../src/monitoring.config';
import { DataSource } from 'typeorm';
import { PoliciesService } from '../src/policies/policies.service';
import { SignalsService } from '../src/signals/signals.service';
import { SloWatchService } from '../src/slo/slo-watch.service';

/**
 * A batch of predictions delivered again (a retried call, a rebalance before its offsets were
 * committed, its events handed over one at a time after a failed call) is what Kafka's at-least-once
 * delivery brings; the window it filled is judged once, and its rule signals once.
 */
describe('monitoring: one judgement and one signal per window and rule, however often its events come', () => {
  let service: ServiceUnderTest;
  let api: LoopgateClient;

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: SERVICE_NAME,
      loadConfig: loadMonitoringConfig,
      module: AppModule.register,
    });
    api = testClient({ monitoring: service.url });
  });

  afterAll(() => service?.stop());

  /** Answers of one version, 200 ms each, as the consumer hands them over: offsets 0..n-1 of partition 0. */
  const slowAnswers = (modelName: string, n: number): Array<ConsumedEvent<'PredictionServed'>> =>
    Array.from({ length: n }, (_, i) => ({
      type: 'PredictionServed',
      topic: `${service.env.prefix}serving.predictions`,
      partition: 0,
      offset: String(i),
      attempt: 1,
      writerVersion: 1,
      metadata: {
        eventId: randomUUID(),
        type: 'PredictionServed',
        source: 'serving@test',
        time: new Date(Date.UTC(2026, 5, 1, 0, 0, i)).toISOString(),
        correlationId: randomUUID(),
        causationId: null,
        actor: 'serving',
        traceparent: null,
      },
      payload: {
        predictionId: randomUUID(),
        entityId: `flight-${i}`,
        modelName,
        version: 1,
        route: 'PRIMARY',
        inputs: { origin: 'ATL', distance: 500 },
        segments: {},
        unseenCategories: [],
        score: 0.4,
        label: 0,
        latencyMicros: 200_000,
        task: 'binary',
        probabilities: {},
      },
    }));

  it('judges a window of slow answers once and raises one SloBreached, when the batch comes three times', async () => {
    const modelName = 'redelivered';
    await unwrap(
      api.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', {
        params: { path: { modelName } },
        body: { owner: 'serving-team', slo: { windowSize: 100, p99LatencyMs: 50 } },
      }),
    );
    const batch = slowAnswers(modelName, 100);
    const slo = service.app.get(SloWatchService);
    await slo.observe(batch);
    await slo.observe(batch); // the same batch again
    for (const event of batch) await slo.observe([event]); // and one at a time

    const reports = await unwrap(
      api.monitoring.GET('/v1/models/{modelName}/reports', { params: { path: { modelName }, query: { kind: 'SLO' } } }),
    );
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]).toMatchObject({ status: 'BREACHED', windowSize: 100 });
    const signals = await unwrap(
      api.monitoring.GET('/v1/models/{modelName}/signals', { params: { path: { modelName } } }),
    );
    expect(signals.items.map((s) => s.type)).toEqual(['SloBreached']);
  });

  it('raises nothing again when a restarted monitoring (its windows empty) is handed the same batch', async () => {
    const modelName = 'redelivered-after-a-crash';
    await unwrap(
      api.monitoring.PUT('/v1/models/{modelName}/monitoring-policy', {
        params: { path: { modelName } },
        body: { owner: 'serving-team', slo: { windowSize: 100, p99LatencyMs: 50 } },
      }),
    );
    const batch = slowAnswers(modelName, 100);
    await service.app.get(SloWatchService).observe(batch);
    // What a new process holds: the same database, windows and deliveries of its own, nothing in memory.
    const restarted = new SloWatchService(
      service.app.get(PoliciesService),
      service.app.get(SignalsService),
      service.app.get(DataSource),
    );
    await restarted.observe(batch);

    const path = { params: { path: { modelName } } };
    const reports = await unwrap(
      api.monitoring.GET('/v1/models/{modelName}/reports', { params: { path: { modelName }, query: { kind: 'SLO' } } }),
    );
    expect(reports.items).toHaveLength(1);
    const signals = await unwrap(api.monitoring.GET('/v1/models/{modelName}/signals', path));
    expect(signals.items.map((s) => s.type)).toEqual(['SloBreached']);
  });
});
