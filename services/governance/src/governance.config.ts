import { type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { MAX_TOKEN_LIFETIME_S } from '@loopgate/auth';
import { baseConfigSchema, loadConfig } from '@loopgate/service';
import { version } from '../package.json';
import { loadKeyEncryptionKey, loadRootKey } from './signing-keys/installation-keys';

export const SERVICE_NAME = 'governance';
export const SERVICE_VERSION = version;

export const governanceConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3008),
  KAFKA_BROKERS: baseConfigSchema.shape.KAFKA_BROKERS.default(['127.0.0.1:9092']),
  DATABASE_URL: baseConfigSchema.shape.DATABASE_URL.default('postgres://loopgate:loopgate@127.0.0.1:5432/loopgate'),
  GOVERNANCE_CHECKPOINT_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(60_000)
    .meta({ description: 'How often the head of the audit chain is published as AuditCheckpointed (when it moved).' }),
  GOVERNANCE_TOKEN_TTL_S: z.coerce
    .number()
    .int()
    .min(60)
    .default(3_600)
    .meta({ description: 'How long an access token lives unless the exchange asks for less.' }),
  GOVERNANCE_TOKEN_MAX_TTL_S: z.coerce.number().int().min(60).max(MAX_TOKEN_LIFETIME_S).default(86_400).meta({
    description:
      'The longest a token may live; a rotated signing key retires after this long. Verifiers refuse any token longer than MAX_TOKEN_LIFETIME_S.',
  }),
  GOVERNANCE_TOKEN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(120).meta({
    description:
      'Token exchanges one client address may try per minute (each costs a scrypt hash); more are 429 with Retry-After.',
  }),
  GOVERNANCE_TOKEN_FAILURES_PER_PRINCIPAL: z.coerce.number().int().min(1).default(10).meta({
    description:
      'Wrong secrets for one principal name within 15 minutes before its exchanges are 429 until the window ends (a success clears them).',
  }),
  GOVERNANCE_ROOT_KEY_FILE: z.string().min(1).optional().meta({
    description:
      "PEM file of the installation's root private key (`loopgate admin init`), which certifies every signing key governance publishes; with LOOPGATE_ROOT_PUBLIC_KEY, whose other half it must be.",
  }),
  GOVERNANCE_KEY_ENCRYPTION_KEY_FILE: z.string().min(1).optional().meta({
    description:
      "File of the 32-byte key (base64; `loopgate admin init`) that seals the signing keys in governance's table (AES-256-GCM); unset, they are kept as PEM (development).",
  }),
  GOVERNANCE_ALLOW_SELF_APPROVAL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'whether the person who asked for a promotion may approve it too' }),
});

export type GovernanceConfig = z.infer<typeof governanceConfigSchema> & {
  /** The root private key read from GOVERNANCE_ROOT_KEY_FILE (checked against LOOPGATE_ROOT_PUBLIC_KEY); null without one. */
  readonly rootKey: KeyObject | null;
  /** The key-encryption key read from GOVERNANCE_KEY_ENCRYPTION_KEY_FILE; null without one. */
  readonly keyEncryptionKey: Buffer | null;
};

export function loadGovernanceConfig(env: NodeJS.ProcessEnv = process.env): GovernanceConfig {
  const config = loadConfig(SERVICE_NAME, governanceConfigSchema, env);
  return {
    ...config,
    rootKey: loadRootKey(SERVICE_NAME, config),
    keyEncryptionKey: loadKeyEncryptionKey(SERVICE_NAME, config),
  };
}
