import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '@loopgate/artifacts';
import { CEILING_METRICS, FLOOR_METRICS } from '@loopgate/ml';
import { checkAcross } from '@loopgate/service';

/** A metric of any task with a better side: floors on those where larger is better, ceilings on the others. */
export type QualityMetric = string;

const HOUR = 3_600_000;

/**
 * What monitoring watches on one model and which signals it turns into recommendations: declared per
 * model (PUT /v1/models/:name/monitoring-policy); every field has a default, so a model without a
 * policy is still watched.
 */
const fields = z.strictObject({
  owner: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .meta({ description: "the team named on every signal of the model; the service's default owner when null" }),
  drift: z
    .strictObject({
      psiWarn: z
        .number()
        .positive()
        .nullable()
        .default(null)
        .meta({ description: "PSI from which a feature has drifted; the service's default when null" }),
      psiAlert: z
        .number()
        .positive()
        .nullable()
        .default(null)
        .meta({ description: "PSI from which a feature alarms; the service's default when null" }),
      perFeature: z
        .record(z.string(), z.strictObject({ psiWarn: z.number().positive(), psiAlert: z.number().positive() }))
        .default({})
        .meta({ description: 'thresholds of single features, by name' }),
    })
    .prefault({}),
  quality: z
    .strictObject({
      windowSize: z
        .number()
        .int()
        .min(50)
        .default(2_000)
        .meta({ description: 'labelled predictions per window of one version' }),
      segmentFields: z.array(z.string().min(1)).default([]).meta({
        description:
          "input fields whose values are segments (fields of the model's dataset); a segment with fewer labelled predictions in a window than minSegmentSize is not judged",
      }),
      minSegmentSize: z.number().int().min(10).default(200),
      floors: z
        .partialRecord(z.enum(FLOOR_METRICS as [string, ...string[]]), z.number().max(1))
        .default({})
        .meta({
          description:
            "floors on higher-is-better metrics (auc, accuracy, macro_f1, r2, ...); a metric the model's task does not report never fires",
          example: { auc: 0.7 },
        }),
      ceilings: z
        .partialRecord(z.enum(CEILING_METRICS as [string, ...string[]]), z.number().min(0))
        .default({})
        .meta({
          description: 'ceilings on lower-is-better metrics (log_loss, ece, rmse, mae, ...)',
          example: { ece: 0.05 },
        }),
    })
    .prefault({}),
  slo: z
    .strictObject({
      windowSize: z
        .number()
        .int()
        .min(10)
        .default(1_000)
        .meta({ description: 'predictions of one version per measured window' }),
      p99LatencyMs: z.number().positive().default(100),
      maxFallbackRate: z
        .number()
        .min(0)
        .max(1)
        .default(0.01)
        .meta({ description: 'share of answers that came from a fallback because the deployed model failed' }),
    })
    .prefault({}),
  canary: z
    .strictObject({
      minPredictions: z.number().int().min(10).default(1_000).meta({
        description: 'canary predictions before it is compared with the primary, and again after every as many more',
      }),
      maxP99LatencyRatio: z.number().min(1).default(2),
      maxScorePsi: z
        .number()
        .positive()
        .default(0.25)
        .meta({ description: "PSI of the canary's scores against the primary's over the same period" }),
      minLabelled: z
        .number()
        .int()
        .min(10)
        .default(200)
        .meta({ description: 'labelled predictions of each route before quality is compared' }),
      maxAucDrop: z.number().min(0).default(0.05),
    })
    .prefault({}),
  retrain: z
    .strictObject({
      onQualityDegraded: z.boolean().default(true),
      onSegmentQuality: z.boolean().default(false).meta({
        description:
          'whether a quality drop in one segment alone recommends retraining (segments are small and noisy; they are always reported)',
      }),
      onDriftedFeatures: z.number().int().min(1).nullable().default(2).meta({
        description: 'drifted features (WARN or ALERT) in one window that recommend retraining; null: drift never does',
      }),
      onScoreDrift: z.boolean().default(false),
      cooldownMs: z
        .number()
        .int()
        .min(0)
        .default(6 * HOUR)
        .meta({ description: 'no second recommendation for the model within this long of the last one' }),
    })
    .prefault({}),
  rollback: z
    .strictObject({
      onCanaryRegression: z.boolean().default(true),
      cooldownMs: z
        .number()
        .int()
        .min(0)
        .default(HOUR / 6),
    })
    .prefault({}),
});

type PolicyFields = z.output<typeof fields>;

export const monitoringPolicySchema = fields
  .check(
    checkAcross<PolicyFields>(['drift'], ({ drift: { psiWarn, psiAlert, perFeature } }, problem) => {
      if (psiWarn !== null && psiAlert !== null && psiWarn >= psiAlert)
        problem('drift.psiWarn', 'must be below drift.psiAlert');
      for (const [feature, limits] of Object.entries(perFeature)) {
        if (limits.psiWarn >= limits.psiAlert)
          problem(`drift.perFeature.${feature}.psiWarn`, 'must be below its psiAlert');
      }
    }),
  )
  .meta({ id: 'MonitoringPolicy' });

export type MonitoringPolicy = z.infer<typeof monitoringPolicySchema>;

export const DEFAULT_MONITORING_POLICY: MonitoringPolicy = monitoringPolicySchema.parse({});

export function monitoringPolicyVersion(policy: MonitoringPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16);
}
