import { DEFAULT_MONITORING_POLICY } from '../policies/monitoring-policy';
import { judgeSlo } from './slo-judgement';

describe('SLO judgement', () => {
  const latencies = Array.from({ length: 1_000 }, (_, i) => (i < 985 ? 2_000 : 400_000));

  it('measures p50, p99, fallback rate and throughput over a window', () => {
    const judgement = judgeSlo(
      { latenciesMicros: latencies, fallbacks: 0, from: 0, to: 2_000 },
      DEFAULT_MONITORING_POLICY.slo,
    );
    expect(judgement).toMatchObject({ p50LatencyMs: 2, p99LatencyMs: 400, throughput: 500 });
    expect(judgement.measurements).toEqual([
      { slo: 'p99_latency_ms', measured: 400, threshold: 100, breached: true },
      { slo: 'fallback_rate', measured: 0, threshold: 0.01, breached: false },
    ]);
  });

  it('breaches the fallback objective when the model keeps failing', () => {
    const judgement = judgeSlo(
      { latenciesMicros: latencies.slice(0, 900), fallbacks: 100, from: 0, to: 1_000 },
      DEFAULT_MONITORING_POLICY.slo,
    );
    expect(judgement.measurements[1]).toEqual({ slo: 'fallback_rate', measured: 0.1, threshold: 0.01, breached: true });
    expect(judgement.measurements[0].breached).toBe(false);
  });
});
