import {
  type CategoricalFeature,
  type DateTimeFeature,
  type FeatureDefinition,
  type FeatureSpec,
  type NumericFeature,
  definitionVersion,
  sourcesOf,
} from './feature-definition';

export type Row = Readonly<Record<string, unknown>>;

/** What a numeric feature learned from training data (all float32, as the ONNX graph computes). */
export interface FittedNumeric {
  readonly fill: number;
  readonly mean: number;
  readonly std: number;
}

export interface FittedCategorical {
  /** Most frequent first, ties by value: a stable order, so the same data gives the same columns. */
  readonly vocabulary: readonly string[];
  readonly shares: readonly number[];
  /** target encoding: the smoothed mean label per vocabulary value, and the prior for unknown values. */
  readonly targets?: { readonly values: readonly number[]; readonly prior: number };
}

export type FittedParams = FittedNumeric | FittedCategorical | null;

/** A definition and what it learned from its training rows: enough to transform any row, in TS or ONNX. */
export interface FittedFeatures {
  readonly definition: FeatureDefinition;
  readonly version: string;
  readonly params: readonly FittedParams[];
  readonly columns: readonly string[];
}

const f32 = Math.fround;

/**
 * Learns imputation values, scaling, vocabularies and target encodings from training rows only.
 * Deterministic. The label field is needed only by target-encoded features.
 */
export function fitFeatures(definition: FeatureDefinition, rows: readonly Row[], labelField?: string): FittedFeatures {
  sourcesOf(definition); // refuses a field read two ways
  const params = definition.features.map((feature) => fitOne(feature, rows, labelField));
  const fitted = { definition, version: definitionVersion(definition), params, columns: [] as string[] };
  return { ...fitted, columns: definition.features.flatMap((feature, i) => columnsOf(feature, params[i])) };
}

function fitOne(feature: FeatureSpec, rows: readonly Row[], labelField: string | undefined): FittedParams {
  switch (feature.kind) {
    case 'numeric':
      return fitNumeric(feature, rows);
    case 'categorical':
      return fitCategorical(feature, rows, labelField);
    default:
      return null;
  }
}

function fitNumeric(feature: NumericFeature, rows: readonly Row[]): FittedNumeric {
  const values = rows
    .map((r) => r[feature.source])
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .map(f32);
  const fill =
    typeof feature.impute === 'object'
      ? f32(feature.impute.value)
      : feature.impute === 'mean'
        ? f32(mean(values))
        : f32(median(values));
  if (!feature.standardize) return { fill, mean: 0, std: 1 };
  const prepared = rows.map((r) => numericBeforeScaling(feature, fill, r[feature.source]));
  const m = mean(prepared);
  const std = Math.sqrt(mean(prepared.map((v) => (v - m) ** 2)));
  return { fill, mean: f32(m), std: f32(std > 0 ? std : 1) };
}

function fitCategorical(
  feature: CategoricalFeature,
  rows: readonly Row[],
  labelField: string | undefined,
): FittedCategorical {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const value = row[feature.source];
    if (value === null || value === undefined) continue;
    counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    total++;
  }
  const kept = [...counts]
    .filter(([, n]) => n >= feature.minFrequency)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = kept.map(([v]) => v);
  const fitted = { vocabulary, shares: kept.map(([, n]) => f32(n / Math.max(total, 1))) };
  if (feature.encoding !== 'target') return fitted;
  if (labelField === undefined)
    throw new Error(`feature '${feature.name}' is target-encoded: fitting it needs the label field`);
  return { ...fitted, targets: fitTargets(feature, vocabulary, rows, labelField) };
}

/** Mean label per category, shrunk towards the overall mean by `smoothing` rows' worth of it. */
function fitTargets(
  feature: CategoricalFeature,
  vocabulary: readonly string[],
  rows: readonly Row[],
  labelField: string,
): { values: number[]; prior: number } {
  const index = new Map(vocabulary.map((v, i) => [v, i]));
  const sums = new Float64Array(vocabulary.length);
  const counts = new Float64Array(vocabulary.length);
  let labelSum = 0;
  let labelled = 0;
  for (const row of rows) {
    const label = row[labelField];
    if (typeof label !== 'number' || !Number.isFinite(label)) continue;
    labelSum += label;
    labelled++;
    const value = row[feature.source];
    const i = value === null || value === undefined ? undefined : index.get(String(value));
    if (i === undefined) continue;
    sums[i] += label;
    counts[i]++;
  }
  const prior = labelled > 0 ? labelSum / labelled : 0;
  const m = feature.smoothing ?? 20;
  return { values: vocabulary.map((_, i) => f32((sums[i] + m * prior) / (counts[i] + m))), prior: f32(prior) };
}

function columnsOf(feature: FeatureSpec, params: FittedParams): string[] {
  switch (feature.kind) {
    case 'categorical': {
      const { vocabulary } = params as FittedCategorical;
      return feature.encoding === 'onehot'
        ? [...vocabulary.map((v) => `${feature.name}=${v}`), `${feature.name}=__unknown__`]
        : [feature.name];
    }
    case 'datetime':
      return feature.parts.flatMap((part) =>
        part.endsWith('Cyclical')
          ? [`${feature.name}.${part}.sin`, `${feature.name}.${part}.cos`]
          : [`${feature.name}.${part}`],
      );
    default:
      return [feature.name];
  }
}

/** Impute, clip and log, in float32 steps: the value standardization then scales. */
export function numericBeforeScaling(feature: NumericFeature, fill: number, raw: unknown): number {
  let v = typeof raw === 'number' ? f32(raw) : NaN;
  if (Number.isNaN(v)) v = fill;
  if (feature.clip?.lower !== undefined) v = Math.max(v, f32(feature.clip.lower));
  if (feature.clip?.upper !== undefined) v = Math.min(v, f32(feature.clip.upper));
  if (feature.log) v = f32(Math.log(f32(Math.max(v, 0) + 1)));
  return v;
}

export function isDateTime(feature: FeatureSpec): feature is DateTimeFeature {
  return feature.kind === 'datetime';
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
