import { DEFAULT_THRESHOLDS, verdictOf } from './load-test-verdict';

describe('load test verdict', () => {
  const figures = { requests: 10_000, rps: 1_000, p50Ms: 2, p99Ms: 9, errorRate: 0 };

  it('passes when latency, errors and rate all hold', () => {
    expect(verdictOf(figures, 1_000, DEFAULT_THRESHOLDS)).toEqual({ verdict: 'PASS', reasons: [] });
  });

  it('fails naming every threshold missed', () => {
    expect(verdictOf({ ...figures, p99Ms: 80, errorRate: 0.01, rps: 500 }, 1_000, DEFAULT_THRESHOLDS).reasons).toEqual([
      'p99 80 ms above 50 ms',
      'error rate 0.01 above 0.001',
      '500 rps below 90% of the target 1000',
    ]);
  });
});
