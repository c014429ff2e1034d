import { type Counter } from '@opentelemetry/api';
import { lazyInstruments } from '@loopgate/telemetry';

interface IdentitiesMetrics {
  readonly limitedTokenAttempts: Counter;
}

export const identitiesMetrics = lazyInstruments('@loopgate/governance', (meter): IdentitiesMetrics => ({
  limitedTokenAttempts: meter.createCounter('loopgate_governance_token_attempts_limited', {
    description: 'Token exchanges refused with 429 (too many from one address, or too many wrong secrets for a name)',
  }),
}));
