/** What a deployment must sustain to pass. */
export interface LoadTestThresholds {
  readonly p99Ms: number;
  readonly maxErrorRate: number;
  /** Share of the target rate that must be reached (0-1). */
  readonly minRateShare: number;
}

export interface LoadTestFigures {
  readonly requests: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errorRate: number;
}

export const DEFAULT_THRESHOLDS: LoadTestThresholds = { p99Ms: 50, maxErrorRate: 0.001, minRateShare: 0.9 };

/** PASS when p99, error rate and the rate reached all hold; the reasons list what did not. */
export function verdictOf(
  figures: LoadTestFigures,
  targetRps: number,
  thresholds: LoadTestThresholds,
): { verdict: 'PASS' | 'FAIL'; reasons: string[] } {
  const reasons: string[] = [];
  if (figures.requests === 0) reasons.push('no request completed');
  if (figures.p99Ms > thresholds.p99Ms) reasons.push(`p99 ${figures.p99Ms} ms above ${thresholds.p99Ms} ms`);
  if (figures.errorRate > thresholds.maxErrorRate)
    reasons.push(`error rate ${figures.errorRate} above ${thresholds.maxErrorRate}`);
  if (figures.rps < targetRps * thresholds.minRateShare)
    reasons.push(
      `${Math.round(figures.rps)} rps below ${Math.round(thresholds.minRateShare * 100)}% of the target ${targetRps}`,
    );
  return { verdict: reasons.length === 0 ? 'PASS' : 'FAIL', reasons };
}
