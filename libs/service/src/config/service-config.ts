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
  /** How long the consumer group waits for a silent (crashed) member before its partitions move. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
  /** The service's Postgres schema; defaults to the service name. Tests and replays use their own. */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and underscores').optional(),
  TOPIC_PREFIX: z.string().regex(/^[a-zA-Z0-9._-]*$/, 'may hold letters, digits, dot, dash and underscore only').default(''),
  /** Where snapshots, training sets and models are kept: file:///absolute/dir (shared by the services). */
  ARTIFACT_STORE_URI: z
    .string()
    .regex(/^file:\/\/\/\S*$/, 'must be file:///absolute/path')
    .default(`file://${process.cwd()}/.data/artifacts`),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  /** Largest JSON request body, in the notation of the body parser (for example 10mb). */
  HTTP_JSON_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/, 'must look like 512kb or 10mb').default('10mb'),
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
