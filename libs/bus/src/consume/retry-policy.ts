/** How often and how patiently a failing handler is tried again before its event goes to the dead-letter topic. */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 200, maxBackoffMs: 5_000 };

/**
 * For handlers whose event may arrive before another it depends on (a verdict before its snapshot, a
 * snapshot before its spec: different topics, no order between them): retrying covers about 30 s.
 */
export const WAIT_FOR_UPSTREAM_RETRY: RetryPolicy = { maxAttempts: 10, initialBackoffMs: 250, maxBackoffMs: 5_000 };

/** Exponential backoff with full jitter, capped: attempt 1 failed -> wait up to initial, then 2x, 4x... */
export function backoffMs(policy: RetryPolicy, failedAttempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (failedAttempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function validateRetryPolicy(policy: RetryPolicy): RetryPolicy {
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1)
    throw new Error('retry maxAttempts must be an integer >= 1');
  if (policy.initialBackoffMs < 0 || policy.maxBackoffMs < policy.initialBackoffMs) {
    throw new Error('retry backoff must satisfy 0 <= initialBackoffMs <= maxBackoffMs');
  }
  return policy;
}
