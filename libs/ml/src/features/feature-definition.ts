import { createHash } from 'node:crypto';
import { canonicalJson } from '@loopgate/artifacts';

/** A raw number: missing values imputed, then optionally clipped, log-scaled (log1p) and standardized. */
export interface NumericFeature {
  readonly kind: 'numeric';
  readonly name: string;
  readonly source: string;
  readonly impute: 'mean' | 'median' | { readonly value: number };
  readonly clip?: { readonly lower?: number; readonly upper?: number };
  readonly log?: boolean;
  readonly standardize?: boolean;
}

/** A category: a vocabulary of values seen at least minFrequency times in training, and an unknown bucket. */
export interface CategoricalFeature {
  readonly kind: 'categorical';
  readonly name: string;
  readonly source: string;
  readonly minFrequency: number;
  /**
   * onehot: one column per vocabulary value plus one for unknown; frequency: the value's training
   * share (0 when unknown); target: the value's smoothed mean label in training (the prior when unknown).
   */
  readonly encoding: 'onehot' | 'frequency' | 'target';
  /** target encoding: how many rows' worth of the prior a category's mean is shrunk towards (default 20). */
  readonly smoothing?: number;
}

export type DateTimePart = 'hour' | 'dayOfWeek' | 'month' | 'hourCyclical' | 'dayOfWeekCyclical' | 'monthCyclical';

/** Parts of an epoch-millisecond timestamp, in UTC; the cyclical parts give sine and cosine columns. */
export interface DateTimeFeature {
  readonly kind: 'datetime';
  readonly name: string;
  readonly source: string;
  readonly parts: readonly DateTimePart[];
}

/** The index of the bucket a number falls in: how many boundaries are <= it (missing: 0). */
export interface BucketFeature {
  readonly kind: 'bucket';
  readonly name: string;
  readonly source: string;
  readonly boundaries: readonly number[];
}

export type FeatureSpec = NumericFeature | CategoricalFeature | DateTimeFeature | BucketFeature;

/** A feature set: compiled both to a TypeScript transform (training) and to an ONNX graph (serving). */
export interface FeatureDefinition {
  readonly featureSetId: string;
  readonly features: readonly FeatureSpec[];
}

/** The version of a definition is the hash of its canonical JSON: the same definition, the same version. */
export function definitionVersion(definition: FeatureDefinition): string {
  return createHash('sha256').update(canonicalDefinition(definition)).digest('hex').slice(0, 16);
}

/** The definition as JSON with sorted keys: how it travels in events, and what its version hashes. */
export function canonicalDefinition(definition: FeatureDefinition): string {
  return canonicalJson(definition);
}

/** Each raw field the features read, with the ONNX input type it needs. */
export function sourcesOf(definition: FeatureDefinition): Map<string, 'float' | 'string' | 'int64'> {
  const sources = new Map<string, 'float' | 'string' | 'int64'>();
  for (const feature of definition.features) {
    const type = feature.kind === 'categorical' ? 'string' : feature.kind === 'datetime' ? 'int64' : 'float';
    const seen = sources.get(feature.source);
    if (seen && seen !== type)
      throw new Error(`field '${feature.source}' is read as ${seen} and as ${type}; use one reading per field`);
    sources.set(feature.source, type);
  }
  return sources;
}
