import { TooManyTokenAttemptsError } from './identities.errors';
import { TokenAttemptLimits } from './token-attempt-limits';

describe('TokenAttemptLimits', () => {
  it('refuses a name after its wrong secrets, until a success clears them', async () => {
    const limits = new TokenAttemptLimits({ attemptsPerMinute: 100, failuresPerPrincipal: 2 });
    await limits.admit('alice', 'a');
    await limits.failed('alice');
    await limits.succeeded('alice'); // cleared: two more wrong ones are allowed
    await limits.failed('alice');
    await limits.admit('alice', 'b');
    await limits.failed('alice');
    await expect(limits.admit('alice', 'c')).rejects.toMatchObject({
      code: 'governance.too_many_token_attempts',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await limits.admit('bob', 'c'); // another name is not held back
  });

  it('refuses an address past its attempts per minute, whatever the names, saying when to try again', async () => {
    const limits = new TokenAttemptLimits({ attemptsPerMinute: 2, failuresPerPrincipal: 10 });
    await limits.admit('alice', '10.0.0.1');
    await limits.admit('bob', '10.0.0.1');
    const refused = await limits.admit('carol', '10.0.0.1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyTokenAttemptsError);
    expect((refused as TooManyTokenAttemptsError).details!.retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as TooManyTokenAttemptsError).details!.retryAfterSeconds).toBeLessThanOrEqual(60);
    await limits.admit('carol', '10.0.0.2');
  });
});
