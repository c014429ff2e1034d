import { z } from 'zod';

/** Variables every service reads. A service extends this with its own. */
export const baseConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((b) => b.trim()))
    .refine((brokers) => brokers.every((b) => /^[^:\s]+:\d+$/.test(b)), 'must be a comma-separated list of host:port'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgres:// URL'),
  TOPIC_PREFIX: z.string().regex(/^[a-zA-Z0-9._-]*$/, 'may hold letters, digits, dot, dash and underscore only').default(''),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export class ConfigurationError extends Error {
  constructor(readonly service: string, readonly problems: string[]) {
    super(`${service} cannot start, its configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses the environment against a schema, listing every bad or missing variable at once. */
export function loadConfig<S extends z.ZodType>(service: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const given = issue.path.length === 1 ? env[String(issue.path[0])] : undefined;
    const detail = given === undefined ? 'is not set' : `is ${JSON.stringify(given)}`;
    return `${name} ${detail}: ${issue.message}`;
  });
  throw new ConfigurationError(service, problems);
}
