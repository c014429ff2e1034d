import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('returns the first truthy value of the condition', async () => {
    let calls = 0;
    await expect(waitFor('third call', () => (++calls >= 3 ? calls : false), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('names what it waited for and the last error when it times out', async () => {
    await expect(
      waitFor(
        'the impossible',
        () => {
          throw new Error('nope');
        },
        { timeoutMs: 20, intervalMs: 1 },
      ),
    ).rejects.toThrow('timed out waiting for the impossible; last error: nope');
  });
});
