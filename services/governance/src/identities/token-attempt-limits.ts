import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyTokenAttemptsError } from './identities.errors';

const FAILURE_WINDOW_S = 15 * 60;

/**
 * Limits on POST /v1/tokens, checked before the secret is hashed: attempts per client address per
 * minute (each costs a scrypt hash) and wrong secrets per principal name (guessing one principal's
 * secret from many addresses). Counted in this instance's memory: with n instances a guesser gets n
 * times the budget, which still bounds it.
 */
export class TokenAttemptLimits {
  private readonly perAddress: RateLimiterMemory;
  private readonly failuresPerName: RateLimiterMemory;

  constructor(limits: { attemptsPerMinute: number; failuresPerPrincipal: number }) {
    this.perAddress = new RateLimiterMemory({ points: limits.attemptsPerMinute, duration: 60 });
    this.failuresPerName = new RateLimiterMemory({ points: limits.failuresPerPrincipal, duration: FAILURE_WINDOW_S });
  }

  /** Throws TooManyTokenAttemptsError when this attempt is over a limit. */
  async admit(name: string, address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
    } catch (refused) {
      throw new TooManyTokenAttemptsError(`too many token requests from ${address}`, retryAfterOf(refused));
    }
    const failures = await this.failuresPerName.get(name);
    if (failures && failures.remainingPoints <= 0)
      throw new TooManyTokenAttemptsError(`too many wrong secrets for '${name}'`, retryAfterOf(failures));
  }

  async failed(name: string): Promise<void> {
    await this.failuresPerName.penalty(name);
  }

  async succeeded(name: string): Promise<void> {
    await this.failuresPerName.delete(name);
  }
}

function retryAfterOf(result: unknown): number {
  if (!(result instanceof RateLimiterRes)) throw result;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
