import { createHash } from 'node:crypto';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { readFlights } from '@loopgate/datasets';
import {
  fitFeatures,
  preprocessingFeeds,
  preprocessingModel,
  transformRows,
  type FeatureDefinition,
  type Row,
} from '../src';

const definition: FeatureDefinition = {
  featureSetId: 'flights-delay',
  features: [
    {
      kind: 'numeric',
      name: 'distance_log_std',
      source: 'distance',
      impute: 'median',
      clip: { upper: 5_000 },
      log: true,
      standardize: true,
    },
    { kind: 'numeric', name: 'distance_std', source: 'distance', impute: 'mean', standardize: true },
    { kind: 'bucket', name: 'distance_band', source: 'distance', boundaries: [250, 500, 1_000, 2_000] },
    { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 20, encoding: 'onehot' },
    { kind: 'categorical', name: 'destination_share', source: 'destination', minFrequency: 5, encoding: 'frequency' },
    {
      kind: 'categorical',
      name: 'origin_delay_rate',
      source: 'origin',
      minFrequency: 5,
      encoding: 'target',
      smoothing: 30,
    },
    {
      kind: 'datetime',
      name: 'departure',
      source: 'date',
      parts: ['hour', 'dayOfWeek', 'month', 'hourCyclical', 'dayOfWeekCyclical', 'monthCyclical'],
    },
  ],
};

describe('one feature definition compiled two ways: TypeScript for training, ONNX for serving', () => {
  let rows: Row[];

  beforeAll(async () => {
    // 12,000 real flights from the last days of January into February 2001 (so the month changes),
    // with some values knocked out so that imputation and the unknown bucket are exercised too.
    const flights = await readFlights(500_000, 512_000);
    rows = flights.map((f, i) => ({
      delayed: f.delay > 15 ? 1 : 0,
      date: f.date,
      distance: i % 50 === 0 ? null : f.distance,
      origin: i % 70 === 0 ? null : f.origin,
      destination: f.destination,
    }));
  });

  it('gives equal outputs on 12,000 real rows (float tolerance 1e-6), unseen categories included', async () => {
    const fitted = fitFeatures(definition, rows.slice(0, 10_000), 'delayed'); // rows 10k-12k were not seen in fitting
    const expected = transformRows(fitted, rows);

    const session = await InferenceSession.create(Buffer.from(preprocessingModel(fitted)));
    const feeds = Object.fromEntries(
      Object.entries(preprocessingFeeds(fitted, rows)).map(([name, t]) => [name, new Tensor(t.type, t.data, t.dims)]),
    );
    const result = await session.run(feeds);
    const actual = result.features.data as Float32Array;

    expect(result.features.dims).toEqual([rows.length, fitted.columns.length]);
    let worst = 0;
    let worstAt = -1;
    for (let i = 0; i < expected.length; i++) {
      const diff = Math.abs(expected[i] - actual[i]);
      if (!(diff <= worst)) {
        worst = diff;
        worstAt = i;
      }
    }
    if (worst > 1e-6) throw new Error(`column ${fitted.columns[worstAt % fitted.columns.length]} differs by ${worst}`);
    expect(worst).toBeLessThanOrEqual(1e-6);
    // The comparison means something: many columns, real values beyond the 0/1 of one-hot columns.
    expect(fitted.columns.length).toBeGreaterThan(20);
    expect(actual.filter((v) => v !== 0 && v !== 1).length).toBeGreaterThan(rows.length * 5);
    const month = fitted.columns.indexOf('departure.month');
    expect(new Set(Array.from({ length: rows.length }, (_, r) => actual[r * fitted.columns.length + month]))).toEqual(
      new Set([1, 2]),
    );
  });

  it('is deterministic: the same rows and definition give the same version and the same ONNX bytes', () => {
    const sha = () =>
      createHash('sha256')
        .update(preprocessingModel(fitFeatures(definition, rows.slice(0, 10_000), 'delayed')))
        .digest('hex');
    expect(sha()).toBe(sha());
    expect(fitFeatures(definition, rows, 'delayed').version).toBe(
      fitFeatures(definition, rows.slice(0, 5), 'delayed').version,
    );
  });
});
