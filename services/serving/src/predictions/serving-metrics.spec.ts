import { metrics } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { countServed } from './serving-metrics';

describe('serving metrics', () => {
  const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  beforeAll(() => metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] })));
  afterAll(() => metrics.disable());

  it('counts the rows served and, per field, the rows served through its unknown bucket', async () => {
    countServed({ name: 'credit', version: 3 }, 'PRIMARY', [['purpose'], [], ['purpose', 'housing']]);
    countServed({ name: 'credit', version: null }, 'FALLBACK', [[]]);
    await reader.forceFlush();
    const points = exporter
      .getMetrics()
      .flatMap((m) => m.scopeMetrics)
      .flatMap((s) => s.metrics)
      .flatMap((m) => m.dataPoints.map((p) => ({ name: m.descriptor.name, attributes: p.attributes, value: p.value })));
    expect(points).toEqual(
      expect.arrayContaining([
        {
          name: 'loopgate_serving_rows_served',
          attributes: { model: 'credit', version: '3', route: 'PRIMARY' },
          value: 3,
        },
        {
          name: 'loopgate_serving_rows_served',
          attributes: { model: 'credit', version: 'fallback', route: 'FALLBACK' },
          value: 1,
        },
        {
          name: 'loopgate_serving_unseen_categories',
          attributes: { model: 'credit', version: '3', field: 'purpose' },
          value: 2,
        },
        {
          name: 'loopgate_serving_unseen_categories',
          attributes: { model: 'credit', version: '3', field: 'housing' },
          value: 1,
        },
      ]),
    );
  });
});
