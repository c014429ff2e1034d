import { binaryMetrics, metricsAsMap, segmentMetrics } from '@loopgate/ml';
import { type MonitoringPolicy, type QualityMetric } from '../policies/monitoring-policy';

/** A served prediction and the outcome observed for it. */
export interface LabelledPrediction {
  readonly score: number;
  readonly label: number;
  readonly inputs: Readonly<Record<string, unknown>>;
}

export interface QualityViolation {
  readonly metric: QualityMetric;
  /** field=value, or null for the whole window. */
  readonly segment: string | null;
  readonly measured: number;
  readonly threshold: number;
  readonly sampleSize: number;
}

export interface QualityJudgement {
  readonly size: number;
  readonly metrics: Record<string, number>;
  readonly segments: Array<{ segment: string; sampleSize: number; metrics: Record<string, number> }>;
  readonly violations: QualityViolation[];
}

/** Quality of one window of labelled predictions, overall and per segment, against the policy's floors and ceilings. */
export function judgeQuality(window: readonly LabelledPrediction[], policy: MonitoringPolicy['quality']): QualityJudgement {
  const labels = window.map((p) => p.label);
  const scores = window.map((p) => p.score);
  const metrics = metricsAsMap(binaryMetrics(labels, scores));
  const columns = Object.fromEntries(policy.segmentFields.map((field) => [field, window.map((p) => p.inputs[field])]));
  const segments = segmentMetrics({ task: 'binary', labels, outputs: scores, classCount: 1 }, columns, policy.minSegmentSize).map((s) => ({
    segment: `${s.segmentField}=${s.segmentValue}`, sampleSize: s.sampleSize, metrics: s.metrics,
  }));
  const violations = [
    ...violationsOf(metrics, null, window.length, policy),
    ...segments.flatMap((s) => violationsOf(s.metrics, s.segment, s.sampleSize, policy)),
  ];
  return { size: window.length, metrics, segments, violations };
}

function violationsOf(metrics: Record<string, number>, segment: string | null, sampleSize: number, policy: MonitoringPolicy['quality']): QualityViolation[] {
  const below = Object.entries(policy.floors).filter(([metric, floor]) => metrics[metric] < floor!).map(([metric, floor]) => ({ metric, threshold: floor! }));
  const above = Object.entries(policy.ceilings).filter(([metric, ceiling]) => metrics[metric] > ceiling!).map(([metric, ceiling]) => ({ metric, threshold: ceiling! }));
  return [...below, ...above].map(({ metric, threshold }) => ({ metric: metric as QualityMetric, segment, measured: metrics[metric], threshold, sampleSize }));
}
