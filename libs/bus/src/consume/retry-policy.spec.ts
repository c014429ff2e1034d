import { backoffMs, validateRetryPolicy } from './retry-policy';

describe('retry policy', () => {
  const policy = { maxAttempts: 5, initialBackoffMs: 100, maxBackoffMs: 1000 };

  it('grows exponentially and stays within the cap', () => {
    expect(backoffMs(policy, 1, () => 1)).toBe(100);
    expect(backoffMs(policy, 2, () => 1)).toBe(200);
    expect(backoffMs(policy, 3, () => 1)).toBe(400);
    expect(backoffMs(policy, 10, () => 1)).toBe(1000);
  });

  it('jitters between half and the whole ceiling', () => {
    expect(backoffMs(policy, 2, () => 0)).toBe(100);
    expect(backoffMs(policy, 2, () => 0.5)).toBe(150);
  });

  it('refuses a policy that could block forever or makes no sense', () => {
    expect(() => validateRetryPolicy({ ...policy, maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => validateRetryPolicy({ ...policy, maxAttempts: Infinity })).toThrow(/maxAttempts/);
    expect(() => validateRetryPolicy({ ...policy, maxBackoffMs: 10 })).toThrow(/backoff/);
  });
});
