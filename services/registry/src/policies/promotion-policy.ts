import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '@loopgate/artifacts';
import { BIAS_METRIC_NAMES, GATED_METRICS } from '@loopgate/ml';

const STAGES = ['CANARY', 'SHADOW', 'PRODUCTION'] as const;
/** Any metric of any task that has a better side; a metric the version's task does not report is "not measured". */
const METRICS = GATED_METRICS as [string, ...string[]];

export const promotionPolicySchema = z
  .strictObject({
    minMetrics: z
      .partialRecord(z.enum(METRICS), z.number())
      .default({})
      .meta({
        description: "floors (ceilings for lower-is-better metrics) on the candidate's holdout metrics",
        example: { auc: 0.7 },
      }),
    minSegmentSize: z
      .number()
      .int()
      .min(1)
      .default(30)
      .meta({
        description:
          'fewest holdout rows a segment or sensitive group needs before a gate judges it: the bias gap is taken over groups this large, ' +
          'and regression is compared on segments this large in both versions',
      }),
    unmeasured: z
      .enum(['fail', 'ignore'])
      .default('fail')
      .meta({
        description:
          'what a gate does with what it cannot measure (a group or segment under the minimum size, an attribute with fewer than two measurable groups, ' +
          "a metric the version does not report): a gate result with `measured: null` that fails the promotion ('fail'), or is recorded and passes ('ignore')",
      }),
    maxRegression: z
      .strictObject({
        metrics: z.partialRecord(z.enum(METRICS), z.number().min(0)),
        minSegmentSize: z.number().int().min(1).optional().meta({
          description: 'replaces the top-level minSegmentSize for these gates (policies declared before it have it)',
        }),
      })
      .nullable()
      .default(null)
      .meta({
        description:
          'how much worse than the current production version a candidate may be, overall and in every segment both report',
      }),
    maxBias: z
      .partialRecord(z.enum(BIAS_METRIC_NAMES as [string, ...string[]]), z.number().min(0))
      .default({})
      .meta({
        description:
          "ceilings on bias metrics across the dataset's sensitive attributes (each task reports its own: see libs/ml BIAS_METRICS)",
      }),
    dataVerdicts: z
      .array(z.enum(['PASS', 'WARN', 'RELEASED']))
      .min(1)
      .default(['PASS', 'WARN', 'RELEASED'])
      .meta({ description: 'validation verdicts of the training snapshot that may be promoted' }),
    loadTestRequiredFor: z
      .array(z.enum(STAGES))
      .default(['PRODUCTION'])
      .meta({ description: 'stages that need a passing load test of the version first' }),
    approval: z.enum(['never', 'always', 'override']).default('override').meta({
      description:
        'never: gates decide; always: a person approves every promotion; override: a person may approve one that failed its gates, with a reason',
    }),
    autoRelease: z
      .strictObject({
        canaryPercent: z.number().int().min(1).max(50).default(10),
        toProduction: z.boolean().default(true),
      })
      .nullable()
      .default(null)
      .meta({
        description:
          'releases without a person: every registered version is tried as a canary, and a canary whose load test passed is tried for production; ' +
          'the gates decide each step (null: people promote)',
      }),
  })
  .meta({ id: 'PromotionPolicy' });

export type PromotionPolicy = z.infer<typeof promotionPolicySchema>;

/** The policy of a model that has none declared: every default above. */
export const DEFAULT_POLICY: PromotionPolicy = promotionPolicySchema.parse({});

export function policyVersion(policy: PromotionPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16);
}
