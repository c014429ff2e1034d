import { hashPrincipalSecret, newPrincipalSecret, secretMatches } from './principal-secret';

describe('principal secrets', () => {
  it('stores a salted hash that matches the secret and nothing else', async () => {
    const secret = newPrincipalSecret();
    const stored = await hashPrincipalSecret(secret);
    expect(stored).not.toContain(secret);
    expect(stored).not.toBe(await hashPrincipalSecret(secret)); // salted
    await expect(secretMatches(secret, stored)).resolves.toBe(true);
    await expect(secretMatches(`${secret}x`, stored)).resolves.toBe(false);
    await expect(secretMatches(secret, 'plain')).resolves.toBe(false);
  });
});
