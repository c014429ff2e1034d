import { type BinaryMetrics, binaryMetrics } from './binary-metrics';

/** Metrics of the rows that share one value of a declared segment field. */
export interface SegmentEvaluation {
  readonly segmentField: string;
  readonly segmentValue: string;
  readonly sampleSize: number;
  readonly metrics: BinaryMetrics;
}

/** Missing segment values form their own segment, so no row is left out of the breakdown. */
export const MISSING_SEGMENT = '__missing__';

/**
 * One evaluation per (field, value), ordered by field then value, for segments of at least minSize rows
 * (every segment by default: a reader such as the registry decides which are large enough to judge).
 */
export function segmentMetrics(labels: ArrayLike<number>, scores: ArrayLike<number>, segments: Readonly<Record<string, readonly unknown[]>>, minSize = 1): SegmentEvaluation[] {
  return Object.keys(segments).sort().flatMap((field) =>
    [...groupIndices(segments[field])]
      .filter(([, rows]) => rows.length >= minSize)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, rows]) => ({
        segmentField: field,
        segmentValue: value,
        sampleSize: rows.length,
        metrics: binaryMetrics(rows.map((i) => labels[i]), rows.map((i) => scores[i])),
      })),
  );
}

export type BiasMetricName = 'demographic_parity_difference' | 'equal_opportunity_difference';

/** The largest gap between two groups of a sensitive attribute, with every group's rate and size. */
export interface BiasEvaluation {
  readonly attribute: string;
  readonly metric: BiasMetricName;
  /** Largest minus smallest rate over the groups of at least minGroupSize rows; 0 when fewer than two are that large. */
  readonly value: number;
  /** Rate per group, every group with a defined rate (equal opportunity: groups with at least one positive). */
  readonly groups: Readonly<Record<string, number>>;
  /**
   * Holdout rows each rate is computed on, for every group: all of its rows for demographic parity,
   * its positive rows for equal opportunity. A reader judges with its own minimum from these.
   */
  readonly groupSizes: Readonly<Record<string, number>>;
}

/**
 * Demographic parity difference (gap in the share predicted positive) and equal opportunity
 * difference (gap in the true positive rate) across the groups of each sensitive attribute. Every
 * group is reported with its rate and size; only groups of at least minGroupSize rows count towards
 * the gap, since the rates of smaller ones are noise.
 */
export function biasMetrics(labels: ArrayLike<number>, scores: ArrayLike<number>, attributes: Readonly<Record<string, readonly unknown[]>>, threshold = 0.5, minGroupSize = 30): BiasEvaluation[] {
  return Object.keys(attributes).sort().flatMap((attribute) => {
    const groups = [...groupIndices(attributes[attribute])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const predictedPositive = (rows: readonly number[]) => rows.filter((i) => scores[i] >= threshold).length;
    const positiveRows = groups.map(([group, rows]) => [group, rows.filter((i) => labels[i] === 1)] as const);
    return [
      gap(attribute, 'demographic_parity_difference', groups, predictedPositive, minGroupSize),
      gap(attribute, 'equal_opportunity_difference', positiveRows, predictedPositive, minGroupSize),
    ];
  });
}

/** The share of each group's rows predicted positive, and the gap over the groups large enough to count. */
function gap(attribute: string, metric: BiasMetricName, groups: ReadonlyArray<readonly [string, readonly number[]]>, predictedPositive: (rows: readonly number[]) => number, minGroupSize: number): BiasEvaluation {
  const rated = groups.filter(([, rows]) => rows.length > 0);
  const rates = new Map(rated.map(([group, rows]) => [group, predictedPositive(rows) / rows.length]));
  const counted = rated.filter(([, rows]) => rows.length >= minGroupSize).map(([group]) => rates.get(group)!);
  return {
    attribute,
    metric,
    value: counted.length < 2 ? 0 : Math.max(...counted) - Math.min(...counted),
    groups: Object.fromEntries(rates),
    groupSizes: Object.fromEntries(groups.map(([group, rows]) => [group, rows.length])),
  };
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
