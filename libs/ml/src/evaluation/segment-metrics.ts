import { argmaxRow } from './multiclass-metrics';
import { type Predictions, taskMetrics } from './task-metrics';
import { BIAS_METRICS, type BiasMetricName } from '../training/model-task';

/** Metrics of the rows that share one value of a declared segment field. */
export interface SegmentEvaluation {
  readonly segmentField: string;
  readonly segmentValue: string;
  readonly sampleSize: number;
  /** The task's metrics, under the names events carry them. */
  readonly metrics: Record<string, number>;
}

/** Missing segment values form their own segment, so no row is left out of the breakdown. */
export const MISSING_SEGMENT = '__missing__';

/**
 * One evaluation per (field, value), ordered by field then value, for segments of at least minSize rows
 * (every segment by default: a reader such as the registry decides which are large enough to judge).
 */
export function segmentMetrics(
  predictions: Predictions,
  segments: Readonly<Record<string, readonly unknown[]>>,
  minSize = 1,
): SegmentEvaluation[] {
  return Object.keys(segments)
    .sort()
    .flatMap((field) =>
      sortedGroups(segments[field])
        .filter(([, rows]) => rows.length >= minSize)
        .map(([value, rows]) => ({
          segmentField: field,
          segmentValue: value,
          sampleSize: rows.length,
          metrics: taskMetrics(predictions, rows),
        })),
    );
}

/** The largest gap between two groups of a sensitive attribute, with every group's rate and size. */
export interface BiasEvaluation {
  readonly attribute: string;
  readonly metric: BiasMetricName;
  /** Largest minus smallest rate over the groups of at least minGroupSize rows; 0 when fewer than two are that large. */
  readonly value: number;
  /** Rate per group, every group with a defined rate (equal opportunity: groups with at least one positive). */
  readonly groups: Readonly<Record<string, number>>;
  /**
   * Holdout rows each rate is computed on, for every group: all of its rows, or its positive rows for
   * equal opportunity. A reader judges with its own minimum from these.
   */
  readonly groupSizes: Readonly<Record<string, number>>;
}

type Groups = ReadonlyArray<readonly [string, readonly number[]]>;

/**
 * The gaps between the groups of each sensitive attribute, by task: binary, in the share predicted
 * positive (demographic parity) and in the true positive rate (equal opportunity); multi-class, in
 * accuracy; regression, in the mean error (predicted - observed) and in the mean prediction. Every
 * group is reported with its rate and size; only groups of at least minGroupSize rows count towards
 * the gap, since the rates of smaller ones are noise.
 */
export function biasMetrics(
  predictions: Predictions,
  attributes: Readonly<Record<string, readonly unknown[]>>,
  minGroupSize = 30,
  threshold = 0.5,
): BiasEvaluation[] {
  return Object.keys(attributes)
    .sort()
    .flatMap((attribute) => {
      const groups = sortedGroups(attributes[attribute]);
      return BIAS_METRICS[predictions.task].map((metric) => {
        const measured = measure(metric, groups, predictions, threshold);
        return gap(attribute, metric, measured.groups, measured.rate, minGroupSize);
      });
    });
}

/** The rows each group's rate is taken on, and the rate. */
function measure(
  metric: BiasMetricName,
  groups: Groups,
  { labels, outputs, classCount }: Predictions,
  threshold: number,
): { groups: Groups; rate: (rows: readonly number[]) => number } {
  const mean = (value: (i: number) => number) => (rows: readonly number[]) =>
    rows.reduce((sum, i) => sum + value(i), 0) / rows.length;
  const predictedPositive = mean((i) => (outputs[i] >= threshold ? 1 : 0));
  switch (metric) {
    case 'demographic_parity_difference':
      return { groups, rate: predictedPositive };
    case 'equal_opportunity_difference':
      return {
        groups: groups.map(([group, rows]) => [group, rows.filter((i) => labels[i] === 1)] as const),
        rate: predictedPositive,
      };
    case 'accuracy_difference':
      return { groups, rate: mean((i) => (argmaxRow(outputs, i, classCount) === labels[i] ? 1 : 0)) };
    case 'mean_error_difference':
      return { groups, rate: mean((i) => outputs[i] - labels[i]) };
    case 'mean_prediction_difference':
      return { groups, rate: mean((i) => outputs[i]) };
  }
}

/** Each group's rate, and the gap over the groups large enough to count. */
function gap(
  attribute: string,
  metric: BiasMetricName,
  groups: Groups,
  rateOf: (rows: readonly number[]) => number,
  minGroupSize: number,
): BiasEvaluation {
  const rated = groups.filter(([, rows]) => rows.length > 0);
  const rates = new Map(rated.map(([group, rows]) => [group, rateOf(rows)]));
  const counted = rated.filter(([, rows]) => rows.length >= minGroupSize).map(([group]) => rates.get(group)!);
  return {
    attribute,
    metric,
    value: counted.length < 2 ? 0 : Math.max(...counted) - Math.min(...counted),
    groups: Object.fromEntries(rates),
    groupSizes: Object.fromEntries(groups.map(([group, rows]) => [group, rows.length])),
  };
}

function sortedGroups(values: readonly unknown[]): Array<[string, number[]]> {
  return [...groupIndices(values)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function groupIndices(values: readonly unknown[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  values.forEach((raw, i) => {
    const key = raw === null || raw === undefined || raw === '' ? MISSING_SEGMENT : String(raw);
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}
