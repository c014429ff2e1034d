import { type FeatureDefinition, type FeatureSpec } from '../features/feature-definition';
import { type Row } from '../features/fitted-features';
import { binShares, categoryShares, quantileEdges } from './distribution';

/** The reference distribution of one feature's raw input, shipped with a feature set for drift monitoring. */
export interface FeatureProfile {
  readonly feature: string;
  readonly kind: 'NUMERIC' | 'CATEGORICAL';
  readonly nullRate: number;
  readonly binEdges: number[];
  readonly binShares: number[];
  readonly categoryShares: Record<string, number>;
}

const BINS = 10;
const MAX_CATEGORIES = 50;
const HOUR_MS = 3_600_000;

/**
 * What a feature's input looks like in the rows it was fitted on: quantile bins for numbers, shares
 * of categories, and the null rate. A timestamp always drifts, so a datetime feature is profiled by
 * the hour of day, which is what it feeds the model.
 */
export function referenceProfile(definition: FeatureDefinition, rows: readonly Row[]): FeatureProfile[] {
  return definition.features.map((feature) => {
    const present = rows
      .map((r) => r[feature.source])
      .filter((v) => v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v)));
    const nullRate = rows.length === 0 ? 0 : 1 - present.length / rows.length;
    const base = {
      feature: feature.name,
      nullRate,
      binEdges: [] as number[],
      binShares: [] as number[],
      categoryShares: {} as Record<string, number>,
    };
    if (profiledAs(feature) === 'CATEGORICAL') {
      return {
        ...base,
        kind: 'CATEGORICAL' as const,
        categoryShares: categoryShares(
          present.map((v) => profileCategory(feature, v)),
          MAX_CATEGORIES,
        ).shares,
      };
    }
    const values = present.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    const edges = quantileEdges(values, BINS);
    return { ...base, kind: 'NUMERIC' as const, binEdges: edges, binShares: binShares(edges, values) };
  });
}

export function profiledAs(feature: FeatureSpec): FeatureProfile['kind'] {
  return feature.kind === 'categorical' || feature.kind === 'datetime' ? 'CATEGORICAL' : 'NUMERIC';
}

/** The category a raw value counts as in a profile: itself, or for a datetime its UTC hour. */
export function profileCategory(feature: FeatureSpec, raw: unknown): string {
  if (feature.kind === 'datetime') return String(Math.trunc(Number(raw) / HOUR_MS) % 24);
  return String(raw);
}
