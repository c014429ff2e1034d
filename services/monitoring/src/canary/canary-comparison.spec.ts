import { DEFAULT_MONITORING_POLICY } from '../policies/monitoring-policy';
import { percentile } from '../percentile';
import { compareCanary, type RouteSample } from './canary-comparison';

const policy = { ...DEFAULT_MONITORING_POLICY.canary, minLabelled: 20 };
const ramp = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
/** Labelled rows where the score ranks outcomes perfectly (AUC 1) or not at all (AUC 0.5). */
const separable = (n: number) => Array.from({ length: n }, (_, i) => ({ score: i / n, label: i >= n / 2 ? 1 : 0 }));
const noise = (n: number) => Array.from({ length: n }, (_, i) => ({ score: 0.5, label: i % 2 }));
const route = (version: number, overrides: Partial<RouteSample> = {}): RouteSample => ({
  version,
  task: 'binary',
  scores: ramp(500, 0, 1),
  latenciesMicros: ramp(500, 1_000, 3_000),
  labelled: separable(100),
  ...overrides,
});

describe('canary comparison', () => {
  it('passes a canary like its primary', () => {
    const result = compareCanary(route(1), route(2), policy);
    expect(result.regressed).toBe(false);
    expect(result.checks.map((c) => c.check)).toEqual(['p99_latency_ratio', 'score_psi', 'auc_drop']);
  });

  it('names each regressing check', () => {
    const result = compareCanary(
      route(1),
      route(2, { latenciesMicros: ramp(500, 5_000, 9_000), labelled: noise(100) }),
      policy,
    );
    expect(result.regressed).toBe(true);
    expect(result.checks.filter((c) => c.regressed).map((c) => c.check)).toEqual(['p99_latency_ratio', 'auc_drop']);
    expect(result.checks.find((c) => c.check === 'auc_drop')!.measured).toBeCloseTo(0.5, 2);
  });

  it('leaves quality out until both routes have enough outcomes', () => {
    const result = compareCanary(route(1), route(2, { labelled: noise(5) }), policy);
    expect(result.checks.map((c) => c.check)).toEqual(['p99_latency_ratio', 'score_psi']);
  });

  it('flags a canary whose scores moved', () => {
    const result = compareCanary(route(1), route(2, { scores: ramp(500, 0.8, 1) }), policy);
    expect(result.checks.find((c) => c.check === 'score_psi')).toMatchObject({ regressed: true });
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile(ramp(100, 1, 100), 0.99)).toBe(99);
    expect(percentile([], 0.99)).toBe(0);
  });

  it('compares no AUC between versions of another task: latency and the distribution of their scores only', () => {
    const result = compareCanary(
      route(1, { task: 'regression' }),
      route(2, { task: 'regression', labelled: noise(100) }),
      policy,
    );
    expect(result.checks.map((c) => c.check)).toEqual(['p99_latency_ratio', 'score_psi']);
  });
});
