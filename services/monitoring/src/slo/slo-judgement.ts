import { percentile } from '../percentile';
import { type MonitoringPolicy } from '../policies/monitoring-policy';

/** One window of a version's answers as serving reported them in PredictionServed. */
export interface ServedWindow {
  readonly latenciesMicros: readonly number[];
  readonly fallbacks: number;
  readonly from: number;
  readonly to: number;
}

export interface SloMeasurement {
  readonly slo: 'p99_latency_ms' | 'fallback_rate';
  readonly measured: number;
  readonly threshold: number;
  readonly breached: boolean;
}

export interface SloJudgement {
  readonly p50LatencyMs: number;
  readonly p99LatencyMs: number;
  /** Predictions per second announced over the window's span. */
  readonly throughput: number;
  readonly measurements: SloMeasurement[];
}

export function judgeSlo(window: ServedWindow, policy: MonitoringPolicy['slo']): SloJudgement {
  const answers = window.latenciesMicros.length + window.fallbacks;
  const p99LatencyMs = percentile(window.latenciesMicros, 0.99) / 1_000;
  const fallbackRate = answers === 0 ? 0 : window.fallbacks / answers;
  return {
    p50LatencyMs: percentile(window.latenciesMicros, 0.5) / 1_000,
    p99LatencyMs,
    throughput: answers / Math.max((window.to - window.from) / 1_000, 0.001),
    measurements: [
      {
        slo: 'p99_latency_ms',
        measured: p99LatencyMs,
        threshold: policy.p99LatencyMs,
        breached: p99LatencyMs > policy.p99LatencyMs,
      },
      {
        slo: 'fallback_rate',
        measured: fallbackRate,
        threshold: policy.maxFallbackRate,
        breached: fallbackRate > policy.maxFallbackRate,
      },
    ],
  };
}
