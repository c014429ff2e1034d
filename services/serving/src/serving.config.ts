import { hostname } from 'node:os';
import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'serving';
export const SERVICE_VERSION = version;

export const servingConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3006),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
  SERVING_INSTANCE_ID: z.string().min(1).default(`${hostname()}-${process.pid}`).meta({
    defaultText: '<hostname>-<pid>',
    description: "This instance's name in DeploymentActivated; every instance loads every deployment.",
  }),
  SERVING_INFERENCE_THREADS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .meta({ description: 'Threads that run the models (each holds every loaded model); the event loop keeps HTTP.' }),
  SERVING_LATENCY_BUDGET_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(60_000)
    .default(100)
    .meta({ description: 'A model slower than this (or failing) is answered by the fallback, flagged in the answer.' }),
  SERVING_FALLBACK_SCORE: z.coerce.number().min(0).max(1).optional().meta({
    description: 'The declared default score when no previous version can answer; unset: such a request fails (503).',
  }),
  SERVING_DECISION_THRESHOLD: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .meta({ description: 'Scores at or above this are label 1.' }),
  SERVING_PREDICTION_SAMPLE_RATE: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(1)
    .meta({ description: 'Share of predictions announced as PredictionServed (0-1), decided by prediction id.' }),
  SERVING_MAX_ROWS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(10_000)
    .meta({ description: 'Most rows in one predict request.' }),
});

export type ServingConfig = z.infer<typeof servingConfigSchema>;

export function loadServingConfig(env: NodeJS.ProcessEnv = process.env): ServingConfig {
  return loadConfig(SERVICE_NAME, servingConfigSchema, env);
}
