import { z } from 'zod';
import { createLoopgateClient, type LoopgateClient, type TokenSource } from '@loopgate/client';

/** How the runner authenticates to the platform: a principal of its own (viewer of the models it tests). */
export const credentialsSchema = {
  GOVERNANCE_URL: z.url().default('http://127.0.0.1:3008'),
  LOADTEST_PRINCIPAL: z
    .string()
    .min(1, 'the principal the runner gets its tokens as (governance: POST /v1/principals)'),
  LOADTEST_SECRET: z.string().min(1, "that principal's secret"),
};

export interface RunnerConfig {
  readonly GOVERNANCE_URL: string;
  readonly LOADTEST_PRINCIPAL: string;
  readonly LOADTEST_SECRET: string;
  readonly SERVING_URL: string;
  readonly REGISTRY_URL: string;
  readonly INGESTION_URL: string;
}

/** A client of the platform with the tokens it exchanged its principal's secret for. */
export type RunnerClient = LoopgateClient & { readonly tokens: TokenSource };

/**
 * The runner's client of the platform as its principal: the registry names a version's training
 * snapshot, ingestion says where its rows are, serving what it has deployed. Its tokens are also what
 * the load test sends serving as they are.
 */
export function runnerClient(config: RunnerConfig): RunnerClient {
  const client = createLoopgateClient({
    urls: {
      governance: config.GOVERNANCE_URL,
      serving: config.SERVING_URL,
      registry: config.REGISTRY_URL,
      ingestion: config.INGESTION_URL,
    },
    credentials: { principal: config.LOADTEST_PRINCIPAL, secret: config.LOADTEST_SECRET },
  });
  if (!client.tokens) throw new Error(`no tokens for ${config.LOADTEST_PRINCIPAL}`);
  return { ...client, tokens: client.tokens };
}
