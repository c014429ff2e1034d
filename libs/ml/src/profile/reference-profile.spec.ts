import { referenceProfile } from './reference-profile';
import { type FeatureDefinition } from '../features/feature-definition';

describe('reference profile', () => {
  const definition: FeatureDefinition = {
    featureSetId: 'profile-test',
    features: [
      { kind: 'numeric', name: 'distance', source: 'distance', impute: 'mean' },
      { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1, encoding: 'onehot' },
      { kind: 'datetime', name: 'departure', source: 'date', parts: ['hour'] },
    ],
  };
  const rows = Array.from({ length: 100 }, (_, i) => ({
    distance: i % 10 === 0 ? null : i,
    origin: i < 75 ? 'ORD' : 'SFO',
    date: Date.UTC(2001, 0, 1, i % 2 === 0 ? 8 : 17),
  }));

  it('gives quantile bins and the null rate of a numeric input', () => {
    const [distance] = referenceProfile(definition, rows);
    expect(distance.kind).toBe('NUMERIC');
    expect(distance.nullRate).toBeCloseTo(0.1);
    expect(distance.binEdges).toHaveLength(9);
    expect(distance.binShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Math.max(...distance.binShares) - Math.min(...distance.binShares)).toBeLessThan(0.05);
  });

  it('gives category shares, and hours of the day for a timestamp', () => {
    const [, origin, departure] = referenceProfile(definition, rows);
    expect(origin.categoryShares).toEqual({ ORD: 0.75, SFO: 0.25 });
    expect(departure).toMatchObject({ kind: 'CATEGORICAL', categoryShares: { 8: 0.5, 17: 0.5 } });
  });
});
