import { evaluateGates, type GateInputs } from './promotion-gates';
import { promotionPolicySchema } from '../policies/promotion-policy';

const segment = (value: string, auc: number, sampleSize = 500) => ({ segmentField: 'origin', segmentValue: value, sampleSize, metrics: { auc } });

const inputs = (overrides: Partial<GateInputs> = {}): GateInputs => ({
  targetStage: 'PRODUCTION',
  policy: promotionPolicySchema.parse({ minMetrics: { auc: 0.6, log_loss: 0.6 }, maxRegression: { metrics: { auc: 0.01 }, minSegmentSize: 200 }, maxBias: { demographic_parity_difference: 0.1 } }),
  candidate: { metrics: { auc: 0.66, log_loss: 0.55 }, segmentMetrics: [segment('ORD', 0.67), segment('SFO', 0.58), segment('BOS', 0.4, 50)], biasMetrics: [{ attribute: 'age', metric: 'demographic_parity_difference', value: 0.04, groups: {} }] },
  production: { version: 1, metrics: { auc: 0.64 }, segmentMetrics: [segment('ORD', 0.65), segment('SFO', 0.62), segment('BOS', 0.7, 50)] },
  dataVerdict: 'PASS',
  loadTest: { loadTestId: 'lt-1', verdict: 'PASS', p99Ms: 4.2, rps: 2000, errorRate: 0 },
  ...overrides,
});

describe('promotion gates', () => {
  it('blocks a candidate better overall but worse on one segment, and names that segment', () => {
    const gates = evaluateGates(inputs());
    const failed = gates.filter((g) => !g.passed);
    expect(failed).toEqual([expect.objectContaining({ gate: 'regression.auc', segment: 'origin=SFO', threshold: -0.01 })]);
    expect(failed[0].measured).toBeCloseTo(-0.04);
    expect(gates.find((g) => g.gate === 'regression.auc' && g.segment === null)).toMatchObject({ passed: true });
    // BOS has too few holdout rows to judge: no gate on it.
    expect(gates.some((g) => g.segment === 'origin=BOS')).toBe(false);
  });

  it('reads lower-is-better metrics as ceilings', () => {
    const gates = evaluateGates(inputs({ candidate: { ...inputs().candidate, metrics: { auc: 0.66, log_loss: 0.7 } } }));
    expect(gates.find((g) => g.gate === 'min_metric.log_loss')).toMatchObject({ passed: false, measured: 0.7, threshold: 0.6 });
  });

  it('fails the data gate on a quarantined snapshot and the load-test gate without a passing test', () => {
    const gates = evaluateGates(inputs({ dataVerdict: 'QUARANTINED', loadTest: null }));
    expect(gates.filter((g) => !g.passed).map((g) => g.gate)).toEqual(['regression.auc', 'data_validation', 'load_test']);
  });

  it('needs no load test below production and no comparison without a production version', () => {
    const gates = evaluateGates(inputs({ targetStage: 'CANARY', production: null, loadTest: null }));
    expect(gates.every((g) => g.passed)).toBe(true);
    expect(gates.some((g) => g.gate === 'load_test')).toBe(false);
  });
});
