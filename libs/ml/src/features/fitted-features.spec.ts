import { definitionVersion, type FeatureDefinition } from './feature-definition';
import { fitFeatures } from './fitted-features';
import { transformRows } from './feature-transform';

const definition: FeatureDefinition = {
  featureSetId: 'f',
  features: [
    { kind: 'numeric', name: 'x', source: 'x', impute: 'median', standardize: true },
    { kind: 'categorical', name: 'c', source: 'c', minFrequency: 2, encoding: 'onehot' },
    { kind: 'datetime', name: 't', source: 't', parts: ['hour', 'dayOfWeek'] },
    { kind: 'bucket', name: 'b', source: 'x', boundaries: [2, 4] },
  ],
};
const rows = [
  { x: 1, c: 'a', t: 0 },
  { x: 3, c: 'a', t: 3_600_000 * 25 },
  { x: null, c: 'b', t: 0 },
  { x: 5, c: 'b', t: 0 },
  { x: 7, c: 'z', t: 0 },
];

describe('fitted features', () => {
  it('learns from training rows only what the definition asks, in a stable order', () => {
    const fitted = fitFeatures(definition, rows);
    expect(fitted.columns).toEqual(['x', 'c=a', 'c=b', 'c=__unknown__', 't.hour', 't.dayOfWeek', 'b']);
    expect(fitted.params[0]).toMatchObject({ fill: 4 }); // median of 1, 3, 5, 7
    expect(fitted.params[1]).toEqual({ vocabulary: ['a', 'b'], shares: [0.4000000059604645, 0.4000000059604645] });
  });

  it('transforms rows: imputation, one-hot with an unknown bucket, UTC time parts, buckets', () => {
    const fitted = fitFeatures(definition, rows);
    const out = Array.from(transformRows(fitted, [{ x: null, c: 'new', t: 3_600_000 * 25 }]));
    expect(out.slice(1)).toEqual([0, 0, 1, 1, 5, 0]); // 1970-01-02 01:00 UTC was a Friday (5); a missing x is bucket 0
    expect(out[0]).toBeCloseTo(0, 6); // imputed with the median, which is also the mean here
  });

  it('versions a definition by its content, not its key order', () => {
    const reordered = { features: definition.features, featureSetId: 'f' };
    expect(definitionVersion(reordered)).toBe(definitionVersion(definition));
    expect(definitionVersion({ ...definition, featureSetId: 'g' })).not.toBe(definitionVersion(definition));
  });

  it('refuses a field read two ways', () => {
    expect(() =>
      fitFeatures(
        {
          featureSetId: 'f',
          features: [
            { kind: 'numeric', name: 'a', source: 'x', impute: 'mean' },
            { kind: 'categorical', name: 'b', source: 'x', minFrequency: 1, encoding: 'onehot' },
          ],
        },
        rows,
      ),
    ).toThrow(/read as float and as string/);
  });
});
