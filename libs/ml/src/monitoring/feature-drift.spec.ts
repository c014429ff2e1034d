import { type FeatureDefinition } from '../features/feature-definition';
import { referenceProfile } from '../profile/reference-profile';
import { featureDrift, jensenShannonDistance } from './feature-drift';

describe('feature drift', () => {
  const definition: FeatureDefinition = {
    featureSetId: 'drift',
    features: [
      { kind: 'numeric', name: 'distance', source: 'distance', impute: 'mean' },
      { kind: 'categorical', name: 'origin', source: 'origin', minFrequency: 1, encoding: 'onehot' },
    ],
  };
  const rows = (n: number, shift: number, sfoShare: number) =>
    Array.from({ length: n }, (_, i) => ({
      distance: (i % 1000) + shift,
      origin: i % 100 < sfoShare * 100 ? 'SFO' : 'ORD',
    }));
  const profile = referenceProfile(definition, rows(5_000, 0, 0.5));

  it('finds no drift in a window like the reference', () => {
    const report = featureDrift(definition, profile, rows(2_000, 0, 0.5));
    expect(report.severity).toBe('OK');
    expect(report.features.every((f) => f.psi < 0.01 && f.jsDistance < 0.05)).toBe(true);
  });

  it('alarms on a shifted numeric feature and a changed category mix, with KS for numbers', () => {
    const report = featureDrift(definition, profile, rows(2_000, 400, 0.9));
    expect(report.severity).toBe('ALERT');
    const [distance, origin] = report.features;
    expect(distance).toMatchObject({ feature: 'distance', status: 'ALERT' });
    expect(distance.ks).toBeGreaterThan(0.3);
    expect(origin).toMatchObject({ feature: 'origin', status: 'ALERT', ks: null });
  });

  it('says nothing about a window below the minimum size', () => {
    expect(featureDrift(definition, profile, rows(50, 400, 0.9))).toMatchObject({
      tooSmall: true,
      severity: 'OK',
      features: [],
    });
  });

  it('takes per-feature thresholds over the defaults', () => {
    const report = featureDrift(definition, profile, rows(2_000, 400, 0.5), {
      psiWarn: 0.1,
      psiAlert: 0.25,
      minWindow: 100,
      perFeature: { distance: { psiWarn: 50, psiAlert: 100 } },
    });
    expect(report.features[0].status).toBe('OK');
  });

  it('measures Jensen-Shannon distance from 0 (same) to 1 (disjoint)', () => {
    expect(jensenShannonDistance([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1);
  });
});
