import { type Row } from '../features/fitted-features';
import { multiclassMetrics } from './multiclass-metrics';
import { biasMetrics, segmentMetrics, type BiasEvaluation, type SegmentEvaluation } from './segment-metrics';
import { multiclassMetricsAsMap, taskMetrics, type Predictions } from './task-metrics';

export interface Evaluation {
  readonly metrics: Record<string, number>;
  /** Multi-class: confusion[actual][predicted], in class order; empty otherwise. */
  readonly confusion: number[][];
  readonly segments: SegmentEvaluation[];
  readonly bias: BiasEvaluation[];
}

/** Where the rows' segments and sensitive groups are read, and the smallest group the bias gap counts. */
export interface EvaluationGroups {
  readonly segmentFields: readonly string[];
  readonly sensitiveFields: readonly string[];
  readonly minSegmentSize: number;
}

/**
 * A model's outputs on labelled rows judged the way every model is, trained here or imported: the
 * task's metrics, per segment, and bias per sensitive field. `rows` are the evaluated rows, in the
 * order of the predictions; no groups: the metrics alone (a fold of a cross-validation).
 */
export function evaluatePredictions(
  predictions: Predictions,
  rows: readonly Row[],
  groups: EvaluationGroups | null,
): Evaluation {
  const column = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, rows.map((r) => r[f])]));
  // Multi-class metrics once, for the map and the confusion matrix both.
  const classMetrics =
    predictions.task === 'multiclass'
      ? multiclassMetrics(predictions.labels, predictions.outputs, predictions.classCount)
      : null;
  return {
    metrics: classMetrics ? multiclassMetricsAsMap(classMetrics) : taskMetrics(predictions),
    confusion: classMetrics?.confusion ?? [],
    segments: groups ? segmentMetrics(predictions, column(groups.segmentFields)) : [],
    bias: groups ? biasMetrics(predictions, column(groups.sensitiveFields), groups.minSegmentSize) : [],
  };
}
