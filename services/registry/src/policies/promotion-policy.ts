import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '@loopgate/artifacts';
import { BIAS_METRIC_NAMES, GATED_METRICS } from '@loopgate/ml';

const STAGES = ['CANARY', 'SHADOW', 'PRODUCTION'] as const;
/** Any metric of any task that has a better side; a metric the version's task does not report is "not measured". */
const METRICS = GATED_METRICS as [string, ...string[]];

export const promotionPolicySchema = z.strictObject({
  /** Floors (ceilings for lower-is-better metrics) on the candidate's holdout metrics. */
  minMetrics: z.partialRecord(z.enum(METRICS), z.number()).default({}),
  /**
   * Fewest holdout rows a segment or sensitive group needs before a gate judges it: the bias gap is
   * taken over groups this large, and regression is compared on segments this large in both versions.
   */
  minSegmentSize: z.number().int().min(1).default(30),
  /**
   * What a gate does with what it cannot measure (a group or segment under the minimum size, an
   * attribute with fewer than two measurable groups, a metric the version does not report): each is a
   * gate result with `measured: null` that fails the promotion ('fail'), or is recorded and passes ('ignore').
   */
  unmeasured: z.enum(['fail', 'ignore']).default('fail'),
  /**
   * How much worse than the current production version a candidate may be, overall and in every segment
   * both report. Its own minSegmentSize, where set (policies declared before the top-level one have it),
   * replaces the top-level minSegmentSize for these gates.
   */
  maxRegression: z.strictObject({
    metrics: z.partialRecord(z.enum(METRICS), z.number().min(0)),
    minSegmentSize: z.number().int().min(1).optional(),
  }).nullable().default(null),
  /** Ceilings on bias metrics across the dataset's sensitive attributes (each task reports its own: see libs/ml BIAS_METRICS). */
  maxBias: z.partialRecord(z.enum(BIAS_METRIC_NAMES as [string, ...string[]]), z.number().min(0)).default({}),
  /** Validation verdicts of the training snapshot that may be promoted. */
  dataVerdicts: z.array(z.enum(['PASS', 'WARN', 'RELEASED'])).min(1).default(['PASS', 'WARN', 'RELEASED']),
  /** Stages that need a passing load test of the version first. */
  loadTestRequiredFor: z.array(z.enum(STAGES)).default(['PRODUCTION']),
  /** never: gates decide; always: a person approves every promotion; override: a person may approve one that failed its gates, with a reason. */
  approval: z.enum(['never', 'always', 'override']).default('override'),
  /**
   * Releases without a person: every registered version is tried as a canary, and a canary whose load
   * test passed is tried for production; the gates decide each step (null: people promote).
   */
  autoRelease: z.strictObject({
    canaryPercent: z.number().int().min(1).max(50).default(10),
    toProduction: z.boolean().default(true),
  }).nullable().default(null),
});

export type PromotionPolicy = z.infer<typeof promotionPolicySchema>;

/** The policy of a model that has none declared: every default above. */
export const DEFAULT_POLICY: PromotionPolicy = promotionPolicySchema.parse({});

export function policyVersion(policy: PromotionPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16);
}
