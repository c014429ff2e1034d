import { auc, psi, scoreBaseline, binShares } from '@loopgate/ml';
import { type MonitoringPolicy } from '../policies/monitoring-policy';
import { percentile } from '../percentile';

/** What one route (primary or canary) served over the compared period. */
export interface RouteSample {
  readonly version: number;
  /** The task of the version's predictions: quality is compared by AUC between binary versions only. */
  readonly task: string;
  readonly scores: readonly number[];
  readonly latenciesMicros: readonly number[];
  /** Predictions of the route whose outcome is known. */
  readonly labelled: ReadonlyArray<{ readonly score: number; readonly label: number }>;
}

export interface CanaryCheck {
  readonly check: 'p99_latency_ratio' | 'score_psi' | 'auc_drop';
  readonly measured: number;
  readonly threshold: number;
  readonly regressed: boolean;
  readonly detail: string;
}

export interface CanaryComparison {
  readonly checks: CanaryCheck[];
  readonly regressed: boolean;
}

/**
 * The canary against the primary over the same period: latency, score distribution, and quality where
 * enough outcomes are known on both routes (AUC, so between binary versions). Checks without enough
 * data are left out, not passed.
 */
export function compareCanary(
  primary: RouteSample,
  canary: RouteSample,
  policy: MonitoringPolicy['canary'],
): CanaryComparison {
  const checks: CanaryCheck[] = [];
  const primaryP99 = percentile(primary.latenciesMicros, 0.99) / 1_000;
  const canaryP99 = percentile(canary.latenciesMicros, 0.99) / 1_000;
  if (primary.latenciesMicros.length > 0 && canary.latenciesMicros.length > 0) {
    const ratio = canaryP99 / Math.max(primaryP99, 0.001);
    checks.push({
      check: 'p99_latency_ratio',
      measured: ratio,
      threshold: policy.maxP99LatencyRatio,
      regressed: ratio > policy.maxP99LatencyRatio,
      detail: `p99 ${canaryP99.toFixed(2)} ms vs primary ${primaryP99.toFixed(2)} ms`,
    });
  }
  if (primary.scores.length > 0 && canary.scores.length > 0) {
    const baseline = scoreBaseline(primary.scores);
    const value = psi(baseline.shares, binShares(baseline.edges, canary.scores));
    checks.push({
      check: 'score_psi',
      measured: value,
      threshold: policy.maxScorePsi,
      regressed: value > policy.maxScorePsi,
      detail: `scores of v${canary.version} against v${primary.version} over the same period`,
    });
  }
  const binary = primary.task === 'binary' && canary.task === 'binary';
  if (binary && primary.labelled.length >= policy.minLabelled && canary.labelled.length >= policy.minLabelled) {
    const aucOf = (rows: RouteSample['labelled']) =>
      auc(
        rows.map((r) => r.label),
        rows.map((r) => r.score),
      );
    const drop = aucOf(primary.labelled) - aucOf(canary.labelled);
    checks.push({
      check: 'auc_drop',
      measured: drop,
      threshold: policy.maxAucDrop,
      regressed: drop > policy.maxAucDrop,
      detail: `AUC on ${canary.labelled.length} labelled canary and ${primary.labelled.length} primary predictions`,
    });
  }
  return { checks, regressed: checks.some((c) => c.regressed) };
}
