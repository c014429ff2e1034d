import { MODEL_TASKS, type ModelTask, type Predictions, segmentMetrics, taskMetrics } from '@loopgate/ml';
import { type MonitoringPolicy, type QualityMetric } from '../policies/monitoring-policy';

/** A served prediction and the outcome observed for it. */
export interface LabelledPrediction {
  /** The model's task, as serving announced it. */
  readonly task: string;
  /** The probability of label 1 (binary), of the predicted class (multiclass), or the predicted value (regression). */
  readonly score: number;
  /** Multi-class: each class's probability, by class label. */
  readonly probabilities: Readonly<Record<string, number>> | null;
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
  readonly task: string;
  readonly metrics: Record<string, number>;
  readonly segments: Array<{ segment: string; sampleSize: number; metrics: Record<string, number> }>;
  /** Outcomes the window could not judge, by reason (an observed class the model does not have, a task monitoring does not know). */
  readonly unjudged: Record<string, number>;
  readonly violations: QualityViolation[];
}

/**
 * Quality of one window of labelled predictions (one model version, so one task), overall and per
 * segment, with the task's metrics, against the policy's floors and ceilings.
 */
export function judgeQuality(
  window: readonly LabelledPrediction[],
  policy: MonitoringPolicy['quality'],
): QualityJudgement {
  const task = window[0]?.task ?? 'binary';
  if (!(MODEL_TASKS as readonly string[]).includes(task))
    return {
      size: window.length,
      task,
      metrics: {},
      segments: [],
      unjudged: { unknown_task: window.length },
      violations: [],
    };
  const { predictions, judged, unjudged } = predictionsOf(task as ModelTask, window);
  const metrics = taskMetrics(predictions);
  const columns = Object.fromEntries(policy.segmentFields.map((field) => [field, judged.map((p) => p.inputs[field])]));
  const segments = segmentMetrics(predictions, columns, policy.minSegmentSize).map((s) => ({
    segment: `${s.segmentField}=${s.segmentValue}`,
    sampleSize: s.sampleSize,
    metrics: s.metrics,
  }));
  const violations = [
    ...violationsOf(metrics, null, judged.length, policy),
    ...segments.flatMap((s) => violationsOf(s.metrics, s.segment, s.sampleSize, policy)),
  ];
  return { size: window.length, task, metrics, segments, unjudged, violations };
}

/**
 * The window as the task's metrics read it. A multi-class outcome is the index of its class among the
 * classes the predictions name; an outcome of a class the model does not have cannot be judged and is counted.
 */
function predictionsOf(
  task: ModelTask,
  window: readonly LabelledPrediction[],
): { predictions: Predictions; judged: readonly LabelledPrediction[]; unjudged: Record<string, number> } {
  if (task !== 'multiclass') {
    return {
      predictions: { task, labels: window.map((p) => p.label), outputs: window.map((p) => p.score), classCount: 1 },
      judged: window,
      unjudged: {},
    };
  }
  const classes = Object.keys(window[0].probabilities ?? {});
  const judged = window.filter((p) => classes.includes(String(p.label)) && p.probabilities !== null);
  const outputs = judged.flatMap((p) => classes.map((c) => p.probabilities![c] ?? 0));
  const unjudged: Record<string, number> =
    window.length > judged.length ? { unknown_class: window.length - judged.length } : {};
  return {
    predictions: {
      task,
      labels: judged.map((p) => classes.indexOf(String(p.label))),
      outputs,
      classCount: classes.length,
    },
    judged,
    unjudged,
  };
}

function violationsOf(
  metrics: Record<string, number>,
  segment: string | null,
  sampleSize: number,
  policy: MonitoringPolicy['quality'],
): QualityViolation[] {
  const below = Object.entries(policy.floors)
    .filter(([metric, floor]) => metrics[metric] < floor!)
    .map(([metric, floor]) => ({ metric, threshold: floor! }));
  const above = Object.entries(policy.ceilings)
    .filter(([metric, ceiling]) => metrics[metric] > ceiling!)
    .map(([metric, ceiling]) => ({ metric, threshold: ceiling! }));
  return [...below, ...above].map(({ metric, threshold }) => ({
    metric: metric as QualityMetric,
    segment,
    measured: metrics[metric],
    threshold,
    sampleSize,
  }));
}
