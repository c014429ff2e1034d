/** What a model predicts: a yes/no probability, one of K classes, or a number. */
export const MODEL_TASKS = ['binary', 'multiclass', 'regression'] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/** The ONNX output a model of each task answers with: score [N, 1], probabilities [N, K] or value [N, 1]. */
export const TASK_OUTPUT: Readonly<Record<ModelTask, string>> = {
  binary: 'score',
  multiclass: 'probabilities',
  regression: 'value',
};

/** Metadata key of a multi-class model: its class labels as a JSON array, in the order of its probability columns. */
export const MODEL_CLASSES = 'loopgate.classes';

/** Metrics where a larger value is better, by task. */
const HIGHER_IS_BETTER: Readonly<Record<ModelTask, readonly string[]>> = {
  binary: ['auc', 'accuracy', 'precision', 'recall', 'f1'],
  multiclass: ['accuracy', 'macro_f1', 'weighted_f1', 'macro_auc'],
  regression: ['r2'],
};

/** Metrics where a smaller value is better, by task. */
const LOWER_IS_BETTER_BY_TASK: Readonly<Record<ModelTask, readonly string[]>> = {
  binary: ['log_loss', 'brier', 'ece'],
  multiclass: ['log_loss', 'classwise_ece'],
  regression: ['rmse', 'mae'],
};

/** Metrics a floor may be set on (larger is better), of any task. */
export const FLOOR_METRICS = [...new Set(MODEL_TASKS.flatMap((t) => HIGHER_IS_BETTER[t]))].sort() as readonly string[];

/** Metrics a ceiling may be set on (smaller is better), of any task: a regression in one is a rise. */
export const CEILING_METRICS = [
  ...new Set(MODEL_TASKS.flatMap((t) => LOWER_IS_BETTER_BY_TASK[t])),
].sort() as readonly string[];

/**
 * Every metric a gate may name: each has a direction. Descriptive figures (count, positive_rate,
 * mean_error, residual quantiles) are reported but have no better side.
 */
export const GATED_METRICS = [...FLOOR_METRICS, ...CEILING_METRICS].sort() as readonly string[];

export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(CEILING_METRICS);

/** The gated metrics a model of this task reports. */
export function gatedMetricsOf(task: ModelTask): readonly string[] {
  return [...HIGHER_IS_BETTER[task], ...LOWER_IS_BETTER_BY_TASK[task]];
}

/** Bias metrics by task: the largest gap between sensitive groups in a rate, a share or a mean. */
export const BIAS_METRICS = {
  binary: ['demographic_parity_difference', 'equal_opportunity_difference'],
  multiclass: ['accuracy_difference'],
  regression: ['mean_error_difference', 'mean_prediction_difference'],
} as const satisfies Record<ModelTask, readonly string[]>;

export type BiasMetricName = (typeof BIAS_METRICS)[ModelTask][number];
export const BIAS_METRIC_NAMES = MODEL_TASKS.flatMap((t) => BIAS_METRICS[t]) as readonly BiasMetricName[];
