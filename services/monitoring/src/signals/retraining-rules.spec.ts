import { type DriftDetected, type QualityDegraded } from '@loopgate/contracts';
import { DEFAULT_MONITORING_POLICY } from '../policies/monitoring-policy';
import { retrainDecision } from './retraining-rules';

const window = { from: 0, to: 1, size: 2_000 };
const quality: QualityDegraded = {
  signalId: 's1',
  modelName: 'm',
  version: 1,
  window,
  metric: 'ece',
  segment: null,
  measured: 0.046,
  threshold: 0.04,
  owner: 'team',
};
const feature = (name: string, drifted: boolean) => ({
  feature: name,
  psi: drifted ? 0.3 : 0.01,
  ks: null,
  jsDistance: null,
  threshold: 0.25,
  drifted,
});
const drift = (...features: ReturnType<typeof feature>[]): DriftDetected => ({
  signalId: 's2',
  modelName: 'm',
  version: 1,
  window,
  severity: 'ALERT',
  features,
  owner: 'team',
});
const policy = DEFAULT_MONITORING_POLICY.retrain;

describe('retraining rules', () => {
  it('recommends retraining when quality falls below a floor, saying which', () => {
    expect(retrainDecision({ quality: [quality] }, policy)).toEqual({
      rule: 'quality-below-floor',
      reason: 'ece 0.0460 above 0.04 overall (v1, 2000 labelled predictions)',
    });
    expect(retrainDecision({ quality: [quality] }, { ...policy, onQualityDegraded: false })).toBeNull();
  });

  it('leaves a drop in one segment to the report unless the policy retrains on segments', () => {
    const segment = { ...quality, segment: 'origin=ORD' };
    expect(retrainDecision({ quality: [segment] }, policy)).toBeNull();
    expect(retrainDecision({ quality: [segment] }, { ...policy, onSegmentQuality: true })).toMatchObject({
      rule: 'quality-below-floor',
    });
  });

  it('needs drift on enough features', () => {
    expect(
      retrainDecision({ drift: drift(feature('distance', true), feature('origin', false)), quality: [] }, policy),
    ).toBeNull();
    expect(
      retrainDecision({ drift: drift(feature('distance', true), feature('origin', true)), quality: [] }, policy),
    ).toMatchObject({ rule: 'drift-on-features' });
  });

  it('counts score drift only where the policy asks for it', () => {
    const scoreOnly = drift(feature('__score__', true));
    expect(retrainDecision({ drift: scoreOnly, quality: [] }, policy)).toBeNull();
    expect(retrainDecision({ drift: scoreOnly, quality: [] }, { ...policy, onScoreDrift: true })).toMatchObject({
      rule: 'score-drift',
    });
  });
});
