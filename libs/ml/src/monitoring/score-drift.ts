import { binShares, psi, quantileEdges } from '../profile/distribution';
import { type DriftStatus, type FeatureDriftResult, jensenShannonDistance } from './feature-drift';

/** The name prediction (score) drift is reported under, next to the features. */
export const SCORE_FEATURE = '__score__';

/** A score distribution to compare later scores with: quantile bins of a reference window. */
export interface ScoreBaseline {
  readonly edges: number[];
  readonly shares: number[];
  readonly count: number;
}

export function scoreBaseline(scores: readonly number[], bins = 10): ScoreBaseline {
  const edges = quantileEdges(
    [...scores].sort((a, b) => a - b),
    bins,
  );
  return { edges, shares: binShares(edges, scores), count: scores.length };
}

/** Drift of scores against a baseline on its bins: PSI, KS on the bins, Jensen-Shannon distance. */
export function scoreDrift(
  baseline: ScoreBaseline,
  scores: readonly number[],
  limits: { readonly psiWarn: number; readonly psiAlert: number },
): FeatureDriftResult {
  const current = binShares(baseline.edges, scores);
  let ks = 0;
  let expected = 0;
  let actual = 0;
  for (let i = 0; i < current.length; i++) {
    expected += baseline.shares[i];
    actual += current[i];
    ks = Math.max(ks, Math.abs(expected - actual));
  }
  const value = psi(baseline.shares, current);
  const status: DriftStatus = value >= limits.psiAlert ? 'ALERT' : value >= limits.psiWarn ? 'WARN' : 'OK';
  return {
    feature: SCORE_FEATURE,
    kind: 'NUMERIC',
    count: scores.length,
    psi: value,
    ks,
    jsDistance: jensenShannonDistance(baseline.shares, current),
    psiWarn: limits.psiWarn,
    psiAlert: limits.psiAlert,
    status,
  };
}
