import { type FeatureDefinition } from '../features/feature-definition';
import { type Row } from '../features/fitted-features';
import { binShares, OTHER_CATEGORY, psi } from '../profile/distribution';
import { type FeatureProfile, profileCategory } from '../profile/reference-profile';

export interface DriftThresholds {
  /** PSI from which a feature has drifted (warn) and from which it alarms. */
  readonly psiWarn: number;
  readonly psiAlert: number;
  /** Below this many values a window says nothing: no drift is reported on it. */
  readonly minWindow: number;
  /** Thresholds of single features, overriding the defaults. */
  readonly perFeature?: Readonly<Record<string, { readonly psiWarn: number; readonly psiAlert: number }>>;
}

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { psiWarn: 0.1, psiAlert: 0.25, minWindow: 1_000 };

export type DriftStatus = 'OK' | 'WARN' | 'ALERT';

export interface FeatureDriftResult {
  readonly feature: string;
  readonly kind: FeatureProfile['kind'];
  /** Values in the window (missing ones not counted). */
  readonly count: number;
  readonly psi: number;
  /** Kolmogorov-Smirnov statistic on the reference's quantile bins (numeric features only). */
  readonly ks: number | null;
  /** Jensen-Shannon distance (base 2, 0-1) between the binned distributions. */
  readonly jsDistance: number;
  readonly psiWarn: number;
  readonly psiAlert: number;
  readonly status: DriftStatus;
}

export interface DriftReport {
  /** The window had fewer values than minWindow: nothing is judged. */
  readonly tooSmall: boolean;
  readonly size: number;
  readonly features: FeatureDriftResult[];
  readonly severity: DriftStatus;
}

/**
 * Drift of served inputs (raw fields, as models take them) against a feature set's reference profile:
 * PSI on the reference's quantile bins or categories, KS and Jensen-Shannon distance, per feature.
 */
export function featureDrift(
  definition: FeatureDefinition,
  profile: readonly FeatureProfile[],
  rows: readonly Row[],
  thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS,
): DriftReport {
  if (rows.length < thresholds.minWindow) return { tooSmall: true, size: rows.length, features: [], severity: 'OK' };
  const specs = new Map(definition.features.map((f) => [f.name, f]));
  const features = profile.flatMap((reference) => {
    const spec = specs.get(reference.feature);
    if (!spec) return [];
    const limits = thresholds.perFeature?.[reference.feature] ?? thresholds;
    const present = rows
      .map((r) => r[spec.source])
      .filter((v) => v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v)));
    const [expected, actual, ks] =
      reference.kind === 'NUMERIC'
        ? numericBins(reference, present)
        : categoryBins(
            reference,
            present.map((v) => profileCategory(spec, v)),
          );
    const value = psi(expected, actual);
    const status: DriftStatus = value >= limits.psiAlert ? 'ALERT' : value >= limits.psiWarn ? 'WARN' : 'OK';
    return [
      {
        feature: reference.feature,
        kind: reference.kind,
        count: present.length,
        psi: value,
        ks,
        jsDistance: jensenShannonDistance(expected, actual),
        psiWarn: limits.psiWarn,
        psiAlert: limits.psiAlert,
        status,
      },
    ];
  });
  const severity: DriftStatus = features.some((f) => f.status === 'ALERT')
    ? 'ALERT'
    : features.some((f) => f.status === 'WARN')
      ? 'WARN'
      : 'OK';
  return { tooSmall: false, size: rows.length, features, severity };
}

function numericBins(reference: FeatureProfile, values: readonly unknown[]): [number[], number[], number] {
  const current = binShares(
    reference.binEdges,
    values.filter((v): v is number => typeof v === 'number'),
  );
  let ks = 0;
  let expected = 0;
  let actual = 0;
  for (let i = 0; i < current.length; i++) {
    expected += reference.binShares[i] ?? 0;
    actual += current[i];
    ks = Math.max(ks, Math.abs(expected - actual));
  }
  return [reference.binShares, current, ks];
}

/** The reference's categories, then one bucket for everything else (its OTHER share plus unseen values). */
function categoryBins(reference: FeatureProfile, categories: readonly string[]): [number[], number[], null] {
  const known = Object.keys(reference.categoryShares).filter((c) => c !== OTHER_CATEGORY);
  const index = new Map(known.map((c, i) => [c, i]));
  const counts = new Array<number>(known.length + 1).fill(0);
  for (const category of categories) counts[index.get(category) ?? known.length]++;
  const total = Math.max(categories.length, 1);
  const expected = [...known.map((c) => reference.categoryShares[c]), reference.categoryShares[OTHER_CATEGORY] ?? 0];
  return [expected, counts.map((n) => n / total), null];
}

export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + (q[i] ?? 0)) / 2;
    if (p[i] > 0) divergence += 0.5 * p[i] * Math.log2(p[i] / m);
    if ((q[i] ?? 0) > 0) divergence += 0.5 * q[i] * Math.log2(q[i] / m);
  }
  return Math.sqrt(Math.max(0, divergence));
}
