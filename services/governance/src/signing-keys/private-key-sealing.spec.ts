import { randomBytes } from 'node:crypto';
import { PrivateKeySealing } from './private-key-sealing';

const PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI...\n-----END PRIVATE KEY-----\n';

describe('PrivateKeySealing', () => {
  const sealing = new PrivateKeySealing(randomBytes(32));

  it('seals a key so that the stored text holds nothing of it, and opens it again', () => {
    const stored = sealing.seal('k-1', PEM);
    expect(stored).toMatch(/^sealed:v1:/);
    expect(stored).not.toContain('PRIVATE KEY');
    expect(sealing.seal('k-1', PEM)).not.toBe(stored); // a fresh nonce each time
    expect(sealing.open('k-1', stored)).toBe(PEM);
  });

  it('refuses to open it as another key, with another key-encryption key, or altered', () => {
    const stored = sealing.seal('k-1', PEM);
    expect(() => sealing.open('k-2', stored)).toThrow(/does not open/);
    expect(() => new PrivateKeySealing(randomBytes(32)).open('k-1', stored)).toThrow(/does not open/);
    const altered = `${stored.slice(0, -4)}AAAA`;
    expect(() => sealing.open('k-1', altered)).toThrow(/does not open/);
    expect(() => new PrivateKeySealing(null).open('k-1', stored)).toThrow(/needs GOVERNANCE_KEY_ENCRYPTION_KEY_FILE/);
  });

  it('keeps PEM as it is without a key-encryption key (development), and reads PEM kept before sealing', () => {
    expect(new PrivateKeySealing(null).seal('k-1', PEM)).toBe(PEM);
    expect(sealing.open('k-1', PEM)).toBe(PEM);
    expect(() => new PrivateKeySealing(randomBytes(16))).toThrow(/16 bytes, not 32/);
  });
});
