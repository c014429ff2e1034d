import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'features';
export const SERVICE_VERSION = version;

export const featuresConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3003),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
});

export type FeaturesConfig = z.infer<typeof featuresConfigSchema>;

export function loadFeaturesConfig(env: NodeJS.ProcessEnv = process.env): FeaturesConfig {
  return loadConfig(SERVICE_NAME, featuresConfigSchema, env);
}
