import { z } from 'zod';
import { defaultArtifactStoreUri } from '@loopgate/artifacts';
import { parseRootPublicKey } from '@loopgate/auth';

/** A Kafka principal's login, for every process that talks to a broker with SASL/SCRAM and ACLs (services, the load-test runner). */
export const kafkaCredentialsShape = {
  KAFKA_SASL_MECHANISM: z.enum(['scram-sha-256', 'scram-sha-512']).optional().meta({
    description:
      "The service's own Kafka principal on a broker with SASL/SCRAM and ACLs (deploy/kafka); all three or none.",
  }),
  KAFKA_SASL_USERNAME: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "the service's Kafka principal (with KAFKA_SASL_MECHANISM)" }),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional().meta({ description: 'its password (with KAFKA_SASL_MECHANISM)' }),
};

/** Variables every service reads. A service extends this with its own. */
export const baseConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).meta({ description: 'HTTP port' }),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((b) => b.trim()))
    .refine((brokers) => brokers.every((b) => /^[^:\s]+:\d+$/.test(b)), 'must be a comma-separated list of host:port')
    .meta({ description: 'Kafka brokers, comma-separated host:port' }),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgres:// URL')
    .meta({ description: 'Postgres' }),
  ...kafkaCredentialsShape,
  LOOPGATE_ROOT_PUBLIC_KEY: z
    .string()
    .refine(
      isRootPublicKey,
      'must be an Ed25519 public key: one line of base64 (SPKI DER), as `loopgate admin init` prints it, or SPKI PEM',
    )
    .optional()
    .meta({
      description:
        "The installation's root public key (`loopgate admin init`): signing keys on governance.access count only when it certified them, and other access events only when a certified key signed them (refusals are audited). Unset: development, everything on the topic is believed.",
    }),
  ACCESS_ANONYMOUS_REFUSALS_PER_MINUTE: z.coerce.number().int().min(1).default(60).meta({
    description:
      'Requests without a valid token one client address may have refused per minute before it is answered 429 with Retry-After (counted, not audited one by one).',
  }),
  ACCESS_REFUSAL_SUMMARY_MS: z.coerce.number().int().min(100).default(60_000).meta({
    description:
      'Refusals of requests without a valid token are audited in aggregate: the first of each kind at once, the rest as one AccessDenied with their count this often.',
  }),
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000).meta({
    description: 'How long the consumer group waits for a silent (crashed) member before its partitions move.',
  }),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and underscores')
    .optional()
    .meta({
      description: "The service's Postgres schema; defaults to the service name. Tests and replays use their own.",
    }),
  TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/, 'may hold letters, digits, dot, dash and underscore only')
    .default('')
    .meta({
      description:
        "put before every topic name and consumer group: a namespace of its own (the demo's runs, tests, replays)",
    }),
  ARTIFACT_STORE_URI: z
    .string()
    .regex(/^file:\/\/\/\S*$/, 'must be file:///absolute/path')
    .default(defaultArtifactStoreUri())
    .meta({
      description:
        'where snapshots, training sets and models are kept, file:///absolute/dir: one store every service of an installation shares, wherever it starts',
      defaultText: 'file://$LOOPGATE_HOME/artifacts (LOOPGATE_HOME: ~/.loopgate)',
    }),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'debug'])
    .default('info')
    .meta({ description: 'JSON logs on stdout, with trace ids' }),
  HTTP_JSON_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must look like 512kb or 10mb')
    .default('10mb')
    .meta({ description: 'Largest JSON request body, in the notation of the body parser (for example 10mb).' }),
  BUS_OUTBOX_RETENTION_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(3_600_000)
    .meta({ description: 'how long an outbox row is kept once published (it is on Kafka then)' }),
  BUS_DEDUPE_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(30 * 86_400_000)
    .meta({
      description:
        "how long a redelivered event is still recognised as handled (processed_events rows are kept that long): above the longest a consumer may stay down, as the brokers' offsets.retention.minutes must be",
    }),
  BUS_RETENTION_INTERVAL_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(600_000)
    .meta({ description: 'how often published outbox rows and expired processed_events rows are deleted' }),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15_000)
    .meta({ description: 'on SIGTERM, how long in-flight work may take before the process exits' }),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

function isRootPublicKey(text: string): boolean {
  try {
    parseRootPublicKey(text);
    return true;
  } catch {
    return false;
  }
}

export class ConfigurationError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service} cannot start, its configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses the environment against a schema, listing every bad or missing variable at once. */
export function loadConfig<S extends z.ZodType>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
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

/** The SASL credentials of a configuration, refusing a partial set with a message that names what is missing. */
export function kafkaCredentials(
  service: string,
  config: Pick<BaseConfig, 'KAFKA_SASL_MECHANISM' | 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD'>,
): { mechanism: 'scram-sha-256' | 'scram-sha-512'; username: string; password: string } | undefined {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = config;
  if (!mechanism && !username && !password) return undefined;
  if (mechanism && username && password) return { mechanism, username, password };
  const missing = Object.entries({
    KAFKA_SASL_MECHANISM: mechanism,
    KAFKA_SASL_USERNAME: username,
    KAFKA_SASL_PASSWORD: password,
  })
    .filter(([, v]) => !v)
    .map(([k]) => k);
  throw new ConfigurationError(
    service,
    missing.map(
      (name) =>
        `${name} is not set: the Kafka credentials need all of KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, or none`,
    ),
  );
}
