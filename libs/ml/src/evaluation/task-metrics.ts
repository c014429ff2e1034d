import { type ModelTask } from '../training/model-task';
import { binaryMetrics, metricsAsMap } from './binary-metrics';
import { multiclassMetrics, type MulticlassMetrics } from './multiclass-metrics';
import { regressionMetrics, type RegressionMetrics } from './regression-metrics';

/** A model's outputs on labelled rows, in the shape of its task. */
export interface Predictions {
  readonly task: ModelTask;
  /** Per row: 0 or 1 (binary), the class index (multiclass) or the observed value (regression). */
  readonly labels: ArrayLike<number>;
  /** Per row: the score (binary), classCount probabilities row-major (multiclass) or the predicted value (regression). */
  readonly outputs: ArrayLike<number>;
  /** Classes of a multi-class model; 1 for the other tasks. */
  readonly classCount: number;
}

/** The metrics of the task under the names events carry them, on all rows or on the given ones. */
export function taskMetrics(predictions: Predictions, rows?: readonly number[]): Record<string, number> {
  const { labels, outputs } = rows ? pick(predictions, rows) : predictions;
  switch (predictions.task) {
    case 'binary':
      return metricsAsMap(binaryMetrics(labels, outputs));
    case 'multiclass':
      return multiclassMetricsAsMap(multiclassMetrics(labels, outputs, predictions.classCount));
    case 'regression':
      return regressionMetricsAsMap(regressionMetrics(labels, outputs));
  }
}

export function multiclassMetricsAsMap(m: MulticlassMetrics): Record<string, number> {
  return {
    log_loss: m.logLoss,
    accuracy: m.accuracy,
    macro_f1: m.macroF1,
    weighted_f1: m.weightedF1,
    macro_auc: m.macroAuc,
    classwise_ece: m.classwiseEce,
    count: m.count,
  };
}

export function regressionMetricsAsMap(m: RegressionMetrics): Record<string, number> {
  const q = m.residualQuantiles;
  return {
    rmse: m.rmse,
    mae: m.mae,
    r2: m.r2,
    mean_error: m.meanError,
    mean_prediction: m.meanPrediction,
    residual_p05: q.p05,
    residual_p25: q.p25,
    residual_p50: q.p50,
    residual_p75: q.p75,
    residual_p95: q.p95,
    count: m.count,
  };
}

/** The rows' labels and outputs (all K probabilities of each row for multi-class). */
export function pick(
  predictions: Predictions,
  rows: readonly number[],
): { labels: Float64Array; outputs: Float64Array } {
  const width = predictions.task === 'multiclass' ? predictions.classCount : 1;
  const labels = new Float64Array(rows.length);
  const outputs = new Float64Array(rows.length * width);
  rows.forEach((row, i) => {
    labels[i] = predictions.labels[row];
    for (let k = 0; k < width; k++) outputs[i * width + k] = predictions.outputs[row * width + k];
  });
  return { labels, outputs };
}
