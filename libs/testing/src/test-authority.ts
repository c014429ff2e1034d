import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { PLATFORM_TEAM, signAccessToken, type ObjectKind, type PrincipalKind, type RoleBinding } from '@loopgate/auth';
import { type EventBus } from '@loopgate/bus';

export interface TestTokenOptions {
  readonly name?: string;
  readonly kind?: PrincipalKind;
  /** Platform admin (admin on every team) unless given. */
  readonly roles?: readonly RoleBinding[];
  readonly ttlSeconds?: number;
  readonly tokenId?: string;
  /** Issued this many seconds ago (with a negative ttl: an expired token). */
  readonly issuedSecondsAgo?: number;
}

/**
 * Signs tokens for tests of a service without governance: its key is published on each test
 * namespace's governance.access, exactly as governance publishes its own, so the service verifies
 * these tokens the way it verifies governance's.
 */
export class TestAuthority {
  readonly keyId = `test-${randomUUID()}`;
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  token(options: TestTokenOptions = {}): string {
    const iat = Math.floor(Date.now() / 1000) - (options.issuedSecondsAgo ?? 0);
    return signAccessToken({
      sub: options.name ?? 'test-admin', kind: options.kind ?? 'person', roles: options.roles ?? [{ team: PLATFORM_TEAM, role: 'admin' }],
      jti: options.tokenId ?? randomUUID(), iat, exp: iat + (options.ttlSeconds ?? 3_600),
    }, { keyId: this.keyId, privateKey: this.privateKey });
  }

  async publishKey(bus: EventBus): Promise<void> {
    await bus.publish([{ type: 'SigningKeyPublished', payload: { subject: this.keyId, algorithm: 'Ed25519', publicKey: this.publicKeyPem, publishedAt: Date.now(), retiresAt: null } }]);
  }

  /** What governance publishes when a team claims an object or changes its grants. */
  async assign(bus: EventBus, kind: ObjectKind, name: string, ownerTeam: string, grants: readonly RoleBinding[] = []): Promise<void> {
    await bus.publish([{ type: 'ObjectAccessChanged', payload: { subject: `${kind}:${name}`, kind, name, ownerTeam, grants: [...grants], changedBy: 'test' } }]);
  }

  async revoke(bus: EventBus, tokenId: string): Promise<void> {
    await bus.publish([{ type: 'TokenRevoked', payload: { subject: tokenId, principal: 'test', expiresAt: Date.now() + 3_600_000, revokedBy: 'test', reason: 'test' } }]);
  }
}

let authority: TestAuthority | null = null;

/** One authority per test process: every test namespace trusts its key. */
export function testAuthority(): TestAuthority {
  authority ??= new TestAuthority();
  return authority;
}

/** fetch as a platform admin of the test authority, unless the request brings its own Authorization. */
export function authorizedFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${testAuthority().token()}`);
  return fetch(input, { ...init, headers });
}
