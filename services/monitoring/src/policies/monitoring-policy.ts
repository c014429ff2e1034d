import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '@loopgate/artifacts';
import { CEILING_METRICS, FLOOR_METRICS } from '@loopgate/ml';

/** A metric of any task with a better side: floors on those where larger is better, ceilings on the others. */
export type QualityMetric = string;

const HOUR = 3_600_000;

/**
 * What monitoring watches on one model and which signals it turns into recommendations: declared per
 * model (PUT /v1/models/:name/monitoring-policy); every field has a default, so a model without a
 * policy is still watched.
 */
export const monitoringPolicySchema = z.strictObject({
  /** Team named on every signal of the model; the service's default owner when absent. */
  owner: z.string().min(1).nullable().default(null),
  drift: z.strictObject({
    psiWarn: z.number().positive().nullable().default(null),
    psiAlert: z.number().positive().nullable().default(null),
    perFeature: z.record(z.string(), z.strictObject({ psiWarn: z.number().positive(), psiAlert: z.number().positive() })).default({}),
  }).prefault({}),
  quality: z.strictObject({
    /** Labelled predictions per window of one version. */
    windowSize: z.number().int().min(50).default(2_000),
    /** Input fields whose values are segments; a segment with fewer labelled predictions in a window is not judged. */
    segmentFields: z.array(z.string().min(1)).default([]),
    minSegmentSize: z.number().int().min(10).default(200),
    /** Floors (auc, accuracy, macro_f1, r2, ...) and ceilings (log_loss, ece, rmse, mae, ...); a metric the model's task does not report never fires. */
    floors: z.partialRecord(z.enum(FLOOR_METRICS as [string, ...string[]]), z.number().max(1)).default({}),
    ceilings: z.partialRecord(z.enum(CEILING_METRICS as [string, ...string[]]), z.number().min(0)).default({}),
  }).prefault({}),
  slo: z.strictObject({
    /** Predictions of one version per measured window. */
    windowSize: z.number().int().min(10).default(1_000),
    p99LatencyMs: z.number().positive().default(100),
    /** Share of answers that came from a fallback because the deployed model failed. */
    maxFallbackRate: z.number().min(0).max(1).default(0.01),
  }).prefault({}),
  canary: z.strictObject({
    /** Canary predictions before it is compared with the primary, and again after every as many more. */
    minPredictions: z.number().int().min(10).default(1_000),
    maxP99LatencyRatio: z.number().min(1).default(2),
    /** PSI of the canary's scores against the primary's over the same period. */
    maxScorePsi: z.number().positive().default(0.25),
    /** Labelled predictions of each route before quality is compared. */
    minLabelled: z.number().int().min(10).default(200),
    maxAucDrop: z.number().min(0).default(0.05),
  }).prefault({}),
  retrain: z.strictObject({
    onQualityDegraded: z.boolean().default(true),
    /** Whether a quality drop in one segment alone recommends retraining (segments are small and noisy; they are always reported). */
    onSegmentQuality: z.boolean().default(false),
    /** Drifted features (WARN or ALERT) in one window that recommend retraining; null: drift never does. */
    onDriftedFeatures: z.number().int().min(1).nullable().default(2),
    onScoreDrift: z.boolean().default(false),
    /** No second recommendation for the model within this long of the last one. */
    cooldownMs: z.number().int().min(0).default(6 * HOUR),
  }).prefault({}),
  rollback: z.strictObject({
    onCanaryRegression: z.boolean().default(true),
    cooldownMs: z.number().int().min(0).default(HOUR / 6),
  }).prefault({}),
}).superRefine((policy, context) => {
  const { psiWarn, psiAlert, perFeature } = policy.drift;
  if (psiWarn !== null && psiAlert !== null && psiWarn >= psiAlert) context.addIssue({ code: 'custom', path: ['drift', 'psiWarn'], message: 'must be below drift.psiAlert' });
  for (const [feature, limits] of Object.entries(perFeature)) {
    if (limits.psiWarn >= limits.psiAlert) context.addIssue({ code: 'custom', path: ['drift', 'perFeature', feature, 'psiWarn'], message: 'must be below its psiAlert' });
  }
});

export type MonitoringPolicy = z.infer<typeof monitoringPolicySchema>;

export const DEFAULT_MONITORING_POLICY: MonitoringPolicy = monitoringPolicySchema.parse({});

export function monitoringPolicyVersion(policy: MonitoringPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16);
}
