import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'monitoring';
export const SERVICE_VERSION = version;

export const monitoringConfigSchema = baseConfigSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(3007),
    KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
    DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
    MONITORING_WINDOW_SIZE: z.coerce.number().int().min(10).max(10_000_000).default(5_000).meta({
      description: "Predictions per drift window, per model version (the model's policy sets quality and SLO windows).",
    }),
    MONITORING_WINDOW_MS: z.coerce.number().int().min(1_000).optional().meta({
      description:
        "Also close a drift window once it spans this long in event time (a quiet model's window may never fill); unset: count windows only.",
    }),
    MONITORING_MIN_WINDOW: z.coerce
      .number()
      .int()
      .min(1)
      .default(1_000)
      .meta({ description: 'A window with fewer values of a feature says nothing about it.' }),
    MONITORING_PSI_WARN: z.coerce
      .number()
      .positive()
      .default(0.1)
      .meta({ description: 'PSI of a feature from which a drift report warns (a policy may set its own)' }),
    MONITORING_PSI_ALERT: z.coerce
      .number()
      .positive()
      .default(0.25)
      .meta({ description: 'PSI of a feature from which drift is signalled (DriftDetected)' }),
    MONITORING_OWNER: z
      .string()
      .min(1)
      .default('ml-platform')
      .meta({ description: 'Team named as the owner of the signals.' }),
    MONITORING_PREDICTION_RETENTION_MS: z.coerce.number().int().min(1_000).default(604_800_000).meta({
      description:
        "Served predictions (and their outcomes) are kept this long for the join, then deleted; default: the topic's 7 days.",
    }),
    MONITORING_RETENTION_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(3_600_000)
      .meta({ description: 'How often the expired ones are deleted.' }),
    MONITORING_WEBHOOK_URLS: z
      .string()
      .default('')
      .transform((value, context) => {
        const urls = value
          .split(',')
          .map((u) => u.trim())
          .filter((u) => u.length > 0);
        for (const url of urls) {
          if (!/^https?:\/\/[^\s/]+/.test(url))
            context.addIssue({ code: 'custom', message: `'${url}' is not an http(s) URL` });
        }
        return urls;
      })
      .meta({ description: 'Comma-separated http(s) URLs that receive every alert as JSON.' }),
    MONITORING_ALERT_COOLDOWN_MS: z.coerce.number().int().min(0).default(3_600_000).meta({
      description: 'The same alert (type, model, version, what) goes to the webhooks at most once per this long.',
    }),
  })
  .refine((c) => c.MONITORING_PSI_WARN < c.MONITORING_PSI_ALERT, {
    message: 'must be below MONITORING_PSI_ALERT',
    path: ['MONITORING_PSI_WARN'],
  });

export type MonitoringConfig = z.infer<typeof monitoringConfigSchema>;

export function loadMonitoringConfig(env: NodeJS.ProcessEnv = process.env): MonitoringConfig {
  return loadConfig(SERVICE_NAME, monitoringConfigSchema, env);
}
