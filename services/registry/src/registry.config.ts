import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';

export const SERVICE_NAME = 'registry';
export const SERVICE_VERSION = version;

export const registryConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3005),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
});

export type RegistryConfig = z.infer<typeof registryConfigSchema>;

export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return loadConfig(SERVICE_NAME, registryConfigSchema, env);
}
