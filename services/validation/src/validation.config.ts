import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'validation';
export const SERVICE_VERSION = version;

export const validationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
});

export type ValidationConfig = z.infer<typeof validationConfigSchema>;

export function loadValidationConfig(env: NodeJS.ProcessEnv = process.env): ValidationConfig {
  return loadConfig(SERVICE_NAME, validationConfigSchema, env);
}
