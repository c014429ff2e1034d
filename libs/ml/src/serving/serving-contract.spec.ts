import { fitFeatures } from '../features/fitted-features';
import { preprocessingModel } from '../features/onnx-preprocessing';
import { feedsForRows, servingContract, unseenCategories } from './serving-contract';

describe('serving contract', () => {
  const fitted = fitFeatures(
    {
      featureSetId: 'contract',
      features: [
        { kind: 'numeric', name: 'distance', source: 'distance', impute: 'mean' },
        { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1, encoding: 'onehot' },
        { kind: 'datetime', name: 'at', source: 'date', parts: ['hour'] },
      ],
    },
    [{ distance: 10, origin: 'SFO', date: 0 }],
  );
  const contract = servingContract(preprocessingModel(fitted));

  it('reads the raw fields and their types from the model itself', () => {
    expect(contract).toEqual({ inputs: [{ name: 'distance', kind: 'float' }, { name: 'origin', kind: 'string' }, { name: 'date', kind: 'int64' }], output: 'features', categories: { origin: new Set(['SFO']) }, metadata: {} });
  });

  it('feeds good rows, missing values included, and names every bad field', () => {
    const good = feedsForRows(contract, [{ distance: 12, origin: 'LAX', date: '2001-01-01T08:00:00Z' }, { origin: null }]);
    expect(good.problems).toEqual([]);
    expect(Array.from(good.feeds.distance.data as Float32Array)).toEqual([12, NaN]);
    expect((good.feeds.date.data as BigInt64Array)[0]).toBe(BigInt(Date.UTC(2001, 0, 1, 8)));
    const bad = feedsForRows(contract, [{ distance: 'far', origin: { code: 'SFO' }, date: 'yesterday' }]);
    expect(bad.problems.map((p) => p.field)).toEqual(['distance', 'origin', 'date']);
  });

  it('names, per row, the categorical inputs whose value the graph has not seen (missing and null are not unseen)', () => {
    expect(unseenCategories(contract, [{ origin: 'SFO' }, { origin: 'LAX' }, { origin: null }, {}])).toEqual([[], ['origin'], [], []]);
  });
});
