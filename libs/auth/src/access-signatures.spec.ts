import { generateKeyPairSync } from 'node:crypto';
import { AccessState } from './access-state';
import {
  certify,
  createRootKey,
  parseRootPrivateKey,
  parseRootPublicKey,
  rootKeysMatch,
  signEvent,
} from './access-signatures';
import { signAccessToken } from './access-token';
import { UnauthenticatedError } from './auth.errors';

const NOW = Date.now();
const root = createRootKey();
const rootPrivate = parseRootPrivateKey(root.privateKeyPem);
const rogueRoot = parseRootPrivateKey(createRootKey().privateKeyPem);

function signingKey(keyId: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    keyId,
    privateKey,
    published: (signer = rootPrivate, retiresAt: number | null = null) =>
      certify(
        'SigningKeyPublished',
        {
          subject: keyId,
          algorithm: 'Ed25519',
          publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
          publishedAt: NOW - 1_000,
          retiresAt,
        },
        signer,
      ),
  };
}
const k1 = signingKey('k1');
const k2 = signingKey('k2');
const claim = (ownerTeam: string) => ({
  subject: 'model:delay',
  kind: 'model' as const,
  name: 'delay',
  ownerTeam,
  grants: [],
  changedBy: 'fay',
});
const revocation = (subject: string, signer = rootPrivate) =>
  certify('SigningKeyRevoked', { subject, revokedAt: NOW, revokedBy: 'root', reason: 'leaked' }, signer);
const tokenOf = (key: { keyId: string; privateKey: typeof k1.privateKey }) =>
  signAccessToken(
    {
      sub: 'alice',
      kind: 'person',
      roles: [{ team: '*', role: 'admin' }],
      jti: `t-${key.keyId}`,
      iat: NOW / 1000,
      exp: NOW / 1000 + 600,
    },
    key,
  );
async function refusalOf(state: AccessState, token: string): Promise<string> {
  try {
    await state.authenticate(token, NOW);
    return 'accepted';
  } catch (error) {
    if (error instanceof UnauthenticatedError) return error.reason;
    throw error;
  }
}

/** A state that trusts the installation's root key, with k1 certified. */
function rooted(): AccessState {
  const state = new AccessState(parseRootPublicKey(root.publicKey));
  expect(state.apply({ type: 'SigningKeyPublished', payload: k1.published() })).toBeNull();
  return state;
}

describe('the root of trust', () => {
  it('reads the root key as one line of base64 or as PEM, and knows its private half', () => {
    const pemPublic = parseRootPublicKey(root.publicKey).export({ type: 'spki', format: 'pem' }).toString();
    expect(parseRootPublicKey(pemPublic).equals(parseRootPublicKey(root.publicKey))).toBe(true);
    expect(rootKeysMatch(rootPrivate, parseRootPublicKey(root.publicKey))).toBe(true);
    expect(rootKeysMatch(rogueRoot, parseRootPublicKey(root.publicKey))).toBe(false);
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => parseRootPublicKey(publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(
      /not Ed25519/,
    );
  });

  it('refuses a signing key that the root did not certify, and the tokens it signs', async () => {
    const state = rooted();
    const rogue = signingKey('rogue');
    expect(state.apply({ type: 'SigningKeyPublished', payload: rogue.published(rogueRoot) })).toMatch(
      /not certified by the installation's root key/,
    );
    expect(state.apply({ type: 'SigningKeyPublished', payload: { ...rogue.published(), certificate: null } })).toMatch(
      /not certified/,
    );
    // A certificate of another key's publication does not carry over.
    expect(
      state.apply({
        type: 'SigningKeyPublished',
        payload: { ...rogue.published(rogueRoot), certificate: k1.published().certificate },
      }),
    ).toMatch(/not certified/);
    expect(await refusalOf(state, await tokenOf(rogue))).toMatch(/never published/);
    expect(await refusalOf(state, await tokenOf(k1))).toBe('accepted');
  });

  it('believes an access event only when a certified key signed it', async () => {
    const state = rooted();
    expect(
      state.apply({ type: 'ObjectAccessChanged', payload: { ...claim('flights'), signedBy: null, signature: null } }),
    ).toMatch(/is not signed/);
    expect(
      state.apply({ type: 'ObjectAccessChanged', payload: signEvent('ObjectAccessChanged', claim('risk'), k2) }),
    ).toMatch(/'k2', which is not a certified key/);
    const forged = { ...signEvent('ObjectAccessChanged', claim('flights'), k1), ownerTeam: 'risk' };
    expect(state.apply({ type: 'ObjectAccessChanged', payload: forged })).toMatch(/does not verify with key 'k1'/);
    expect(
      state.apply({
        type: 'ObjectAccessChanged',
        payload: signEvent('ObjectAccessChanged', claim('flights'), k1),
      }),
    ).toBeNull();
    const principal = await state.authenticate(await tokenOf(k1), NOW);
    expect(
      state.decide({ ...principal, roles: [{ team: 'flights', role: 'viewer' }] }, 'read', {
        kind: 'model',
        name: 'delay',
      }),
    ).toEqual({
      allowed: true,
    });
  });

  it('revokes a key at once: its tokens (verified before too) and its later events fail; it is never trusted again', async () => {
    const state = rooted();
    const token = await tokenOf(k1);
    expect(await refusalOf(state, token)).toBe('accepted');
    expect(state.apply({ type: 'SigningKeyRevoked', payload: revocation('k1', rogueRoot) })).toMatch(/not certified/);
    expect(await refusalOf(state, token)).toBe('accepted');
    expect(state.apply({ type: 'SigningKeyRevoked', payload: revocation('k1') })).toBeNull();
    expect(await refusalOf(state, token)).toMatch(/signing key 'k1' was revoked/);
    expect(
      state.apply({ type: 'ObjectAccessChanged', payload: signEvent('ObjectAccessChanged', claim('risk'), k1) }),
    ).toMatch(/signed by revoked key 'k1'/);
    expect(state.apply({ type: 'SigningKeyPublished', payload: k1.published() })).toMatch(/was revoked/);
    expect(await refusalOf(state, await tokenOf(k1))).toMatch(/was revoked/);
  });

  it('keeps the earliest retirement of a key: an older publication read again does not bring it back', async () => {
    const state = rooted();
    expect(state.apply({ type: 'SigningKeyPublished', payload: k1.published(rootPrivate, NOW - 1) })).toBeNull();
    expect(state.apply({ type: 'SigningKeyPublished', payload: k1.published() })).toBeNull();
    expect(await refusalOf(state, await tokenOf(k1))).toMatch(/retired/);
  });

  it('believes everything on the topic without a root key (development)', () => {
    const state = new AccessState();
    expect(
      state.apply({ type: 'ObjectAccessChanged', payload: { ...claim('flights'), signedBy: null, signature: null } }),
    ).toBeNull();
    expect(state.apply({ type: 'SigningKeyPublished', payload: { ...k2.published(), certificate: null } })).toBeNull();
  });
});
