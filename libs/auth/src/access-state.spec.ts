import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { AccessState, type Principal } from './access-state';
import {
  MAX_TOKEN_LIFETIME_S,
  signAccessToken,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  type AccessTokenClaims,
} from './access-token';
import { UnauthenticatedError } from './auth.errors';
import { type RoleBinding } from './roles';

const NOW = 1_764_300_000_000;
const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};
const k1 = pem();
const k2 = pem();
/** An installation without a root key (development) publishes access events without signatures. */
const UNSIGNED = { signedBy: null, signature: null };

function stateWithKeys(): AccessState {
  const state = new AccessState();
  state.apply({
    type: 'SigningKeyPublished',
    payload: {
      subject: 'k1',
      algorithm: 'Ed25519',
      publicKey: k1.publicKey,
      publishedAt: NOW - 10_000,
      retiresAt: null,
      certificate: null,
    },
  });
  state.apply({
    type: 'ObjectAccessChanged',
    payload: {
      subject: 'model:delay',
      kind: 'model',
      name: 'delay',
      ownerTeam: 'flights',
      grants: [{ team: 'risk', role: 'viewer' }],
      changedBy: 'root',
      ...UNSIGNED,
    },
  });
  state.apply({
    type: 'ObjectAccessChanged',
    payload: {
      subject: 'model:fraud',
      kind: 'model',
      name: 'fraud',
      ownerTeam: 'risk',
      grants: [],
      changedBy: 'root',
      ...UNSIGNED,
    },
  });
  return state;
}

function token(
  roles: RoleBinding[],
  overrides: Partial<AccessTokenClaims> = {},
  key = { keyId: 'k1', privateKey: k1.privateKey },
): Promise<string> {
  return signAccessToken(
    { sub: 'alice', kind: 'person', roles, jti: 'tok-1', iat: NOW / 1000 - 5, exp: NOW / 1000 + 3600, ...overrides },
    key,
  );
}

async function reasonOf(state: AccessState, token: string | Promise<string>): Promise<string> {
  try {
    await state.authenticate(await token, NOW);
  } catch (error) {
    if (error instanceof UnauthenticatedError) return error.reason;
    throw error;
  }
  return 'accepted';
}

/** A token as another issuer, or for another audience, would sign it: the same key, other claims. */
async function foreignToken(claims: { iss?: string; aud?: string; lifetimeS?: number }): Promise<string> {
  const iat = NOW / 1000 - 5;
  return new SignJWT({ kind: 'person', roles: [] })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setSubject('alice')
    .setJti('tok-9')
    .setIssuer(claims.iss ?? TOKEN_ISSUER)
    .setAudience(claims.aud ?? TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (claims.lifetimeS ?? 3_600))
    .sign(createPrivateKey(k1.privateKey));
}

describe('AccessState.authenticate', () => {
  it('accepts a token signed with a published key and reads its roles', async () => {
    const principal = await stateWithKeys().authenticate(await token([{ team: 'flights', role: 'viewer' }]), NOW);
    expect(principal).toMatchObject({
      name: 'alice',
      kind: 'person',
      tokenId: 'tok-1',
      roles: [{ team: 'flights', role: 'viewer' }],
    });
  });

  it('refuses expired, revoked, tampered, unknown-key and retired-key tokens, saying which', async () => {
    const state = stateWithKeys();
    expect(await reasonOf(state, token([], { exp: NOW / 1000 - 1 }))).toMatch(/expired/);
    expect(await reasonOf(state, token([], {}, { keyId: 'k2', privateKey: k2.privateKey }))).toMatch(/never published/);
    expect(await reasonOf(state, token([], {}, { keyId: 'k1', privateKey: k2.privateKey }))).toMatch(/signature/);
    const [header, , signature] = (await token([{ team: 'flights', role: 'viewer' }])).split('.');
    const forged = Buffer.from(
      JSON.stringify({
        sub: 'alice',
        kind: 'person',
        roles: [{ team: '*', role: 'admin' }],
        jti: 'tok-1',
        iat: 0,
        exp: NOW,
        iss: TOKEN_ISSUER,
        aud: TOKEN_AUDIENCE,
      }),
    ).toString('base64url');
    expect(await reasonOf(state, `${header}.${forged}.${signature}`)).toMatch(/signature/);
    expect(await reasonOf(state, 'not-a-token')).toMatch(/not a signed token/);
    state.apply({
      type: 'TokenRevoked',
      payload: {
        subject: 'tok-1',
        principal: 'alice',
        expiresAt: NOW + 3_600_000,
        revokedBy: 'root',
        reason: 'lost',
        ...UNSIGNED,
      },
    });
    expect(await reasonOf(state, token([]))).toMatch(/revoked/);
    state.apply({
      type: 'SigningKeyPublished',
      payload: {
        subject: 'k1',
        algorithm: 'Ed25519',
        publicKey: k1.publicKey,
        publishedAt: NOW - 10_000,
        retiresAt: NOW - 1,
        certificate: null,
      },
    });
    expect(await reasonOf(state, token([], { jti: 'tok-2' }))).toMatch(/retired/);
  });

  it('refuses a token of another issuer, for another audience, or living longer than a token may', async () => {
    const state = stateWithKeys();
    expect(await reasonOf(state, foreignToken({}))).toBe('accepted');
    expect(await reasonOf(state, foreignToken({ iss: 'someone-else' }))).toBe(
      `the token's iss claim is not accepted: it must be ${TOKEN_ISSUER}`,
    );
    expect(await reasonOf(state, foreignToken({ aud: 'another-api' }))).toBe(
      `the token's aud claim is not accepted: it must be ${TOKEN_AUDIENCE}`,
    );
    expect(await reasonOf(state, foreignToken({ lifetimeS: MAX_TOKEN_LIFETIME_S + 1 }))).toMatch(
      /longer than the 2592000 s a token may/,
    );
  });

  it('keeps accepting the old key after a rotation until it retires', async () => {
    const state = stateWithKeys();
    state.apply({
      type: 'SigningKeyPublished',
      payload: {
        subject: 'k2',
        algorithm: 'Ed25519',
        publicKey: k2.publicKey,
        publishedAt: NOW,
        retiresAt: null,
        certificate: null,
      },
    });
    state.apply({
      type: 'SigningKeyPublished',
      payload: {
        subject: 'k1',
        algorithm: 'Ed25519',
        publicKey: k1.publicKey,
        publishedAt: NOW - 10_000,
        retiresAt: NOW + 3_600_000,
        certificate: null,
      },
    });
    expect(await reasonOf(state, token([]))).toBe('accepted');
    expect(await reasonOf(state, token([], {}, { keyId: 'k2', privateKey: k2.privateKey }))).toBe('accepted');
  });
});

describe('AccessState.decide', () => {
  const state = stateWithKeys();
  const principal = (roles: RoleBinding[]): Principal => ({
    name: 'alice',
    kind: 'person',
    roles,
    tokenId: 't',
    expiresAt: NOW,
  });
  const delay = { kind: 'model' as const, name: 'delay' };
  const fraud = { kind: 'model' as const, name: 'fraud' };

  it.each([
    ['viewer', 'read', true],
    ['viewer', 'write', false],
    ['viewer', 'approve', false],
    ['data_scientist', 'write', true],
    ['data_scientist', 'approve', false],
    ['approver', 'approve', true],
    ['approver', 'write', false],
    ['admin', 'write', true],
    ['admin', 'approve', true],
    ['admin', 'administer', true],
  ] as const)('%s of the owning team: %s -> %s', (role, capability, allowed) => {
    expect(state.decide(principal([{ team: 'flights', role }]), capability, delay).allowed).toBe(allowed);
  });

  it("refuses another team's model, naming its team and what is needed", () => {
    const decision = state.decide(principal([{ team: 'flights', role: 'admin' }]), 'read', fraud);
    expect(decision).toMatchObject({ allowed: false, unowned: false });
    expect(!decision.allowed && decision.reason).toMatch(
      /model 'fraud' \(team risk\) needs viewer or data_scientist or approver or admin/,
    );
  });

  it('lets a granted team use at most the granted role', () => {
    const riskAdmin = principal([{ team: 'risk', role: 'admin' }]);
    expect(state.decide(riskAdmin, 'read', delay).allowed).toBe(true);
    expect(state.decide(riskAdmin, 'write', delay).allowed).toBe(false);
  });

  it('gives platform roles every object, and the platform only to them', () => {
    expect(state.decide(principal([{ team: '*', role: 'viewer' }]), 'read', fraud).allowed).toBe(true);
    expect(state.decide(principal([{ team: '*', role: 'viewer' }]), 'read', 'platform').allowed).toBe(true);
    expect(state.decide(principal([{ team: 'flights', role: 'admin' }]), 'read', 'platform').allowed).toBe(false);
  });

  it('says an object nobody owns must be claimed first', () => {
    const decision = state.decide(principal([{ team: 'flights', role: 'data_scientist' }]), 'write', {
      kind: 'dataset',
      name: 'new',
    });
    expect(decision).toMatchObject({ allowed: false, unowned: true });
    expect(!decision.allowed && decision.reason).toMatch(/PUT \/v1\/access\/datasets\/new/);
  });

  it('lists only what the caller may read', () => {
    expect(state.visibleNames(principal([{ team: 'flights', role: 'viewer' }]), 'model')).toEqual(['delay']);
    expect(state.visibleNames(principal([{ team: 'risk', role: 'viewer' }]), 'model')).toEqual(['delay', 'fraud']);
    expect(state.visibleNames(principal([{ team: '*', role: 'viewer' }]), 'model')).toBeNull();
  });
});
