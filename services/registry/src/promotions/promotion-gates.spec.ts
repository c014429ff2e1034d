import { evaluateGates, type GateInputs } from './promotion-gates';
import { promotionPolicySchema } from '../policies/promotion-policy';

const segment = (value: string, auc: number | null, sampleSize = 500) => ({
  segmentField: 'origin',
  segmentValue: value,
  sampleSize,
  metrics: { auc: auc as number },
});
const policy = (declared: unknown) => promotionPolicySchema.parse(declared);
const CANDIDATE_SHA = 'c'.repeat(64);
const PRODUCTION_SHA = 'p'.repeat(64);

const inputs = (overrides: Partial<GateInputs> = {}): GateInputs => ({
  targetStage: 'PRODUCTION',
  policy: policy({
    minMetrics: { auc: 0.6, log_loss: 0.6 },
    maxRegression: { metrics: { auc: 0.01 }, minSegmentSize: 200 },
    maxBias: { demographic_parity_difference: 0.1 },
    unmeasured: 'ignore',
  }),
  candidate: {
    version: 2,
    model: { sha256: CANDIDATE_SHA },
    metrics: { auc: 0.66, log_loss: 0.55 },
    segmentMetrics: [segment('ORD', 0.67), segment('SFO', 0.58), segment('BOS', 0.4, 50)],
    biasMetrics: [{ attribute: 'age', metric: 'demographic_parity_difference', value: 0.04, groups: {} }],
  },
  production: {
    version: 1,
    model: { sha256: PRODUCTION_SHA },
    metrics: { auc: 0.64 },
    segmentMetrics: [segment('ORD', 0.65), segment('SFO', 0.62), segment('BOS', 0.7, 50)],
  },
  dataVerdict: 'PASS',
  loadTest: { loadTestId: 'lt-1', verdict: 'PASS', p99Ms: 4.2, rps: 2000, errorRate: 0 },
  ...overrides,
});
const failedOf = (gates: ReturnType<typeof evaluateGates>) =>
  gates.filter((g) => !g.passed).map((g) => [g.gate, g.segment]);

describe('promotion gates', () => {
  it('blocks a candidate better overall but worse on one segment, and names that segment', () => {
    const gates = evaluateGates(inputs());
    const failed = gates.filter((g) => !g.passed);
    expect(failed).toEqual([
      expect.objectContaining({ gate: 'regression.auc', segment: 'origin=SFO', threshold: -0.01 }),
    ]);
    expect(failed[0].measured).toBeCloseTo(-0.04);
    expect(gates.find((g) => g.gate === 'regression.auc' && g.segment === null)).toMatchObject({ passed: true });
  });

  it('reads lower-is-better metrics as ceilings', () => {
    const gates = evaluateGates(
      inputs({ candidate: { ...inputs().candidate, metrics: { auc: 0.66, log_loss: 0.7 } } }),
    );
    expect(gates.find((g) => g.gate === 'min_metric.log_loss')).toMatchObject({
      passed: false,
      measured: 0.7,
      threshold: 0.6,
    });
  });

  it('gates a regression on its own metrics, each in its direction, and an unreported one as not measured', () => {
    const regression = (rmse: number, r2: number, version: number) => ({
      version,
      model: { sha256: version === 2 ? CANDIDATE_SHA : PRODUCTION_SHA },
      metrics: { rmse, r2, mae: rmse * 0.8 },
      segmentMetrics: [],
      biasMetrics: [
        {
          attribute: 'sex',
          metric: 'mean_error_difference',
          value: 4,
          groups: { F: 3, M: -1 },
          groupSizes: { F: 300, M: 300 },
        },
      ],
    });
    const declared = policy({
      minMetrics: { rmse: 20, r2: 0.3, auc: 0.6 },
      maxRegression: { metrics: { rmse: 1 } },
      maxBias: { mean_error_difference: 2 },
    });
    const gates = evaluateGates(
      inputs({ candidate: regression(18, 0.35, 2), production: regression(16.5, 0.4, 1), policy: declared }),
    );
    const byGate = (gate: string) => gates.find((g) => g.gate === gate && g.segment === null)!;
    expect(byGate('min_metric.rmse')).toMatchObject({ passed: true, threshold: 20 });
    expect(byGate('min_metric.rmse').detail).toContain('ceiling');
    expect(byGate('min_metric.r2')).toMatchObject({ passed: true });
    expect(byGate('min_metric.auc')).toMatchObject({ passed: false, measured: null });
    expect(byGate('regression.rmse')).toMatchObject({ passed: false, threshold: 1 }); // 1.5 worse than production
    expect(gates.find((g) => g.gate === 'bias.mean_error_difference')).toMatchObject({
      passed: false,
      measured: 4,
      threshold: 2,
    });
  });

  it('refuses a policy naming a metric no task reports', () => {
    expect(() => policy({ minMetrics: { rsme: 20 } })).toThrow(/Unrecognized key: \\"rsme\\"/);
  });

  it('fails the data gate on a quarantined snapshot and the load-test gate without a passing test', () => {
    const gates = evaluateGates(inputs({ dataVerdict: 'QUARANTINED', loadTest: null }));
    expect(gates.filter((g) => !g.passed).map((g) => g.gate)).toEqual([
      'regression.auc',
      'data_validation',
      'load_test',
    ]);
  });

  it('needs no load test below production and no comparison without a production version', () => {
    const gates = evaluateGates(inputs({ targetStage: 'CANARY', production: null, loadTest: null }));
    expect(gates.every((g) => g.passed)).toBe(true);
    expect(gates.some((g) => g.gate === 'load_test' || g.gate === 'distinct_model')).toBe(false);
  });
});

describe('segment regression on segments too small to measure', () => {
  it('fails on a segment under the size in either version by default, naming it and both sizes', () => {
    const gates = evaluateGates(
      inputs({ policy: policy({ maxRegression: { metrics: { auc: 0.01 }, minSegmentSize: 200 } }) }),
    );
    const bos = gates.find((g) => g.segment === 'origin=BOS')!;
    expect(bos).toMatchObject({ gate: 'regression.auc', measured: null, passed: false });
    expect(bos.detail).toBe(
      'not measured: origin=BOS has 50 holdout rows in this version and 50 holdout rows in production v1, the policy needs 200',
    );
    expect(failedOf(gates)).toEqual([
      ['regression.auc', 'origin=BOS'],
      ['regression.auc', 'origin=SFO'],
    ]);
  });

  it('passes it only when the policy ignores what it cannot measure, and still records it', () => {
    const bos = evaluateGates(inputs()).find((g) => g.segment === 'origin=BOS')!;
    expect(bos).toMatchObject({ measured: null, passed: true });
    expect(bos.detail).toContain('(the policy ignores what it cannot measure)');
  });

  it('takes the top-level minSegmentSize when maxRegression sets none; a segment one version lacks counts as 0 rows', () => {
    const production = { ...inputs().production!, segmentMetrics: [segment('ORD', 0.65, 40)] };
    const gates = evaluateGates(
      inputs({ production, policy: policy({ minSegmentSize: 30, maxRegression: { metrics: { auc: 0.01 } } }) }),
    );
    expect(gates.filter((g) => g.segment !== null).map((g) => [g.segment, g.passed, g.detail])).toEqual([
      ['origin=BOS', false, 'not measured: origin=BOS has 0 holdout rows in production v1, the policy needs 30'],
      ['origin=ORD', true, expect.stringContaining('auc on origin=ORD 0.67')],
      ['origin=SFO', false, 'not measured: origin=SFO has 0 holdout rows in production v1, the policy needs 30'],
    ]);
  });

  it('does not measure a metric a version does not report (NaN AUC stored as null)', () => {
    const candidate = {
      ...inputs().candidate,
      segmentMetrics: [segment('ORD', null), segment('SFO', 0.62), segment('BOS', 0.7, 50)],
    };
    const ord = evaluateGates(
      inputs({ candidate, policy: policy({ maxRegression: { metrics: { auc: 0.01 }, minSegmentSize: 200 } }) }),
    ).find((g) => g.segment === 'origin=ORD')!;
    expect(ord).toMatchObject({
      measured: null,
      passed: false,
      detail: 'not measured: this version reports no auc on origin=ORD',
    });
  });
});

describe('bias gates', () => {
  const sexParity = (groups: Record<string, number>, groupSizes?: Record<string, number>) => ({
    ...inputs().candidate,
    biasMetrics: [
      {
        attribute: 'sex',
        metric: 'demographic_parity_difference',
        value: 0.9,
        groups,
        ...(groupSizes ? { groupSizes } : {}),
      },
    ],
  });
  const biasPolicy = (extra: Record<string, unknown> = {}) =>
    policy({ maxBias: { demographic_parity_difference: 0.1 }, ...extra });
  const bias = (candidate: GateInputs['candidate'], declared = biasPolicy()) =>
    evaluateGates(inputs({ candidate, policy: declared })).filter((g) => g.gate.startsWith('bias.'));

  it('does not pass a group too small to measure: it fails and names the group, its size and the size needed', () => {
    const gates = bias(sexParity({ F: 0.9, M: 0.31, X: 0.3 }, { F: 12, M: 400, X: 380 }));
    expect(gates).toEqual([
      {
        gate: 'bias.demographic_parity_difference',
        segment: 'sex',
        measured: expect.closeTo(0.01, 9),
        threshold: 0.1,
        passed: true,
        detail: 'demographic_parity_difference across sex is 0.01 over M, X (limit 0.1)',
      },
      {
        gate: 'bias.demographic_parity_difference',
        segment: 'sex=F',
        measured: null,
        threshold: 0.1,
        passed: false,
        detail: 'not measured: sex=F has 12 holdout rows, the policy needs 30',
      },
    ]);
  });

  it("passes the unmeasured group only under unmeasured: ignore, and follows the policy's minSegmentSize", () => {
    const candidate = sexParity({ F: 0.9, M: 0.31, X: 0.3 }, { F: 12, M: 400, X: 380 });
    expect(bias(candidate, biasPolicy({ unmeasured: 'ignore' })).every((g) => g.passed)).toBe(true);
    expect(bias(candidate, biasPolicy({ minSegmentSize: 10 }))).toEqual([
      expect.objectContaining({ segment: 'sex', passed: false, measured: expect.closeTo(0.6, 9) }),
    ]);
  });

  it('does not measure an attribute with fewer than two groups large enough', () => {
    const gates = bias(sexParity({ F: 0.2, M: 0.3 }, { F: 12, M: 400 }));
    expect(gates.map((g) => [g.segment, g.measured, g.passed, g.detail])).toEqual([
      [
        'sex',
        null,
        false,
        'not measured: demographic_parity_difference across sex needs two groups of at least 30 holdout rows; only M has',
      ],
      ['sex=F', null, false, 'not measured: sex=F has 12 holdout rows, the policy needs 30'],
    ]);
  });

  it('counts positive rows for equal opportunity, and a group with none has no rate', () => {
    const candidate = {
      ...inputs().candidate,
      biasMetrics: [
        {
          attribute: 'sex',
          metric: 'equal_opportunity_difference',
          value: 0,
          groups: { M: 0.5, X: 0.52 },
          groupSizes: { F: 0, M: 90, X: 80 },
        },
      ],
    };
    const gates = bias(candidate, policy({ maxBias: { equal_opportunity_difference: 0.1 } }));
    expect(gates.map((g) => g.detail)).toEqual([
      'equal_opportunity_difference across sex is 0.02 over M, X (limit 0.1)',
      'not measured: sex=F has 0 positive holdout rows, the policy needs 30',
    ]);
  });

  it("judges training's own gap for versions from events before group sizes (TrainingCompleted v2)", () => {
    expect(bias(sexParity({ F: 0.9, M: 0.1 }))).toEqual([
      expect.objectContaining({ segment: 'sex', measured: 0.9, passed: false }),
    ]);
  });

  it('does not measure a bias metric the version does not report', () => {
    const gates = bias({ ...inputs().candidate, biasMetrics: [] });
    expect(gates).toEqual([
      expect.objectContaining({
        segment: null,
        measured: null,
        passed: false,
        detail:
          'not measured: the version reports no demographic_parity_difference (its dataset declares no sensitive field, or its task measures bias otherwise)',
      }),
    ]);
  });
});

describe('distinct model gate', () => {
  it("refuses a version whose model bytes equal production's, naming both versions and the sha256", () => {
    for (const targetStage of ['PRODUCTION', 'CANARY', 'SHADOW'] as const) {
      const gates = evaluateGates(
        inputs({ targetStage, candidate: { ...inputs().candidate, model: { sha256: PRODUCTION_SHA } } }),
      );
      expect(gates.find((g) => g.gate === 'distinct_model')).toEqual({
        gate: 'distinct_model',
        segment: null,
        measured: null,
        threshold: null,
        passed: false,
        detail: `v2 has the same model bytes as production v1 (sha256 ${PRODUCTION_SHA}); promoting it to ${targetStage} would change nothing`,
      });
    }
  });

  it('passes a version with bytes of its own', () => {
    expect(evaluateGates(inputs()).find((g) => g.gate === 'distinct_model')).toMatchObject({ passed: true });
  });
});
