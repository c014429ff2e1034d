import { z } from 'zod';
import { TokenSource } from '@loopgate/client';

/** How the runner authenticates to serving: a principal of its own (viewer of the models it tests). */
export const credentialsSchema = {
  GOVERNANCE_URL: z.url().default('http://127.0.0.1:3008'),
  LOADTEST_PRINCIPAL: z.string().min(1, 'the principal the runner gets its tokens as (governance: POST /v1/principals)'),
  LOADTEST_SECRET: z.string().min(1, "that principal's secret"),
};

export function servingTokens(config: { GOVERNANCE_URL: string; LOADTEST_PRINCIPAL: string; LOADTEST_SECRET: string }): TokenSource {
  return new TokenSource({ governanceUrl: config.GOVERNANCE_URL, principal: config.LOADTEST_PRINCIPAL, secret: config.LOADTEST_SECRET });
}
