import { type DriftDetected, type QualityDegraded } from '@loopgate/contracts';
import { SCORE_FEATURE } from '@loopgate/ml';
import { type MonitoringPolicy } from '../policies/monitoring-policy';

export interface RuleDecision {
  readonly rule: string;
  readonly reason: string;
}

/** Whether the signals of one window recommend retraining under the model's policy, and which rule says so. */
export function retrainDecision(
  signals: { readonly drift?: DriftDetected; readonly quality: readonly QualityDegraded[] },
  policy: MonitoringPolicy['retrain'],
): RuleDecision | null {
  const quality = signals.quality.filter((q) => q.segment === null || policy.onSegmentQuality);
  if (policy.onQualityDegraded && quality.length > 0) {
    return { rule: 'quality-below-floor', reason: quality.map(describeQuality).join('; ') };
  }
  if (!signals.drift) return null;
  const drifted = signals.drift.features.filter((f) => f.drifted && f.feature !== SCORE_FEATURE);
  if (policy.onDriftedFeatures !== null && drifted.length >= policy.onDriftedFeatures) {
    return {
      rule: 'drift-on-features',
      reason: `${drifted.length} features drifted (at least ${policy.onDriftedFeatures} recommend retraining): ${drifted.map((f) => `${f.feature} PSI ${f.psi?.toFixed(3)}`).join(', ')}`,
    };
  }
  const score = signals.drift.features.find((f) => f.feature === SCORE_FEATURE && f.drifted);
  if (policy.onScoreDrift && score)
    return {
      rule: 'score-drift',
      reason: `the score distribution drifted: PSI ${score.psi?.toFixed(3)} over ${score.threshold}`,
    };
  return null;
}

export function describeQuality(signal: QualityDegraded): string {
  const direction = signal.measured < signal.threshold ? 'below' : 'above';
  return `${signal.metric} ${signal.measured.toFixed(4)} ${direction} ${signal.threshold}${signal.segment ? ` in ${signal.segment}` : ' overall'} (v${signal.version}, ${signal.window.size} labelled predictions)`;
}
