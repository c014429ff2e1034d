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

/** One evaluation per (field, value), ordered by field then value, for segments of at least minSize rows. */
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

/** The largest gap between two groups of a sensitive attribute, with each group's rate. */
export interface BiasEvaluation {
  readonly attribute: string;
  readonly metric: BiasMetricName;
  readonly value: number;
  readonly groups: Readonly<Record<string, number>>;
}

/**
 * Demographic parity difference (gap in the share predicted positive) and equal opportunity
 * difference (gap in the true positive rate) across the groups of each sensitive attribute. Groups
 * smaller than minGroupSize are left out: their rates are noise.
 */
export function biasMetrics(labels: ArrayLike<number>, scores: ArrayLike<number>, attributes: Readonly<Record<string, readonly unknown[]>>, threshold = 0.5, minGroupSize = 30): BiasEvaluation[] {
  return Object.keys(attributes).sort().flatMap((attribute) => {
    const groups = [...groupIndices(attributes[attribute])].filter(([, rows]) => rows.length >= minGroupSize).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const positiveRate = new Map(groups.map(([group, rows]) => [group, rows.filter((i) => scores[i] >= threshold).length / rows.length]));
    const truePositiveRate = new Map(
      groups
        .map(([group, rows]) => [group, rows.filter((i) => labels[i] === 1)] as const)
        .filter(([, positives]) => positives.length > 0)
        .map(([group, positives]) => [group, positives.filter((i) => scores[i] >= threshold).length / positives.length]),
    );
    return [gap(attribute, 'demographic_parity_difference', positiveRate), gap(attribute, 'equal_opportunity_difference', truePositiveRate)];
  });
}

function gap(attribute: string, metric: BiasMetricName, rates: Map<string, number>): BiasEvaluation {
  const values = [...rates.values()];
  return { attribute, metric, value: values.length < 2 ? 0 : Math.max(...values) - Math.min(...values), groups: Object.fromEntries(rates) };
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
