import { type BiasMetric, type SegmentMetrics } from '@loopgate/contracts';
import { type Evaluation } from '@loopgate/ml';

/** An evaluation as runs and TrainingCompleted record it, whoever trained the model. */
export function recordedEvaluation(evaluation: Evaluation): {
  metrics: Record<string, number>;
  segmentMetrics: SegmentMetrics[];
  biasMetrics: BiasMetric[];
  confusionMatrix: number[][];
} {
  return {
    metrics: evaluation.metrics,
    segmentMetrics: evaluation.segments.map((s) => ({
      segmentField: s.segmentField,
      segmentValue: s.segmentValue,
      sampleSize: s.sampleSize,
      metrics: s.metrics,
    })),
    biasMetrics: evaluation.bias.map((b) => ({
      attribute: b.attribute,
      metric: b.metric,
      value: b.value,
      groups: { ...b.groups },
      groupSizes: { ...b.groupSizes },
    })),
    confusionMatrix: evaluation.confusion,
  };
}
