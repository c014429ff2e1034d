import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  EphemeralAuthority,
  governanceKeyEnv,
  type InstallationKeys,
  type ObjectKind,
  readInstallationKeys,
  type RoleBinding,
} from '@loopgate/auth';
import { type EventBus } from '@loopgate/bus';

/**
 * Signs tokens for tests of a service without governance: its key is published on each test
 * namespace's governance.access, certified by the authority's root key as governance's are by the
 * installation's, so the service (given `rootPublicKey`) verifies these tokens and events the way it
 * verifies governance's.
 */
export class TestAuthority extends EphemeralAuthority {
  private keys: InstallationKeys | null = null;

  constructor() {
    super('test-admin');
  }

  /**
   * What a service of a test namespace is configured with to trust this authority: its root public key,
   * and for governance the private half's file (governance then certifies its own keys with it too).
   */
  rootEnv(): Record<string, string> {
    const keys = this.installationKeys();
    return { LOOPGATE_ROOT_PUBLIC_KEY: keys.rootPublicKey, ...governanceKeyEnv(keys) };
  }

  /** This authority's root as `loopgate admin init` leaves an installation's keys, in a directory of their own. */
  installationKeys(): InstallationKeys {
    if (!this.keys) {
      const dir = mkdtempSync(join(tmpdir(), 'loopgate-test-keys-'));
      writeFileSync(join(dir, 'root-key.pem'), this.rootKey.privateKeyPem, { mode: 0o600 });
      writeFileSync(join(dir, 'root-key.pub'), `${this.rootPublicKey}\n`);
      writeFileSync(join(dir, 'key-encryption.key'), `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
      this.keys = readInstallationKeys(dir);
    }
    return this.keys;
  }

  /** What governance publishes when a team claims an object or changes its grants. */
  async assign(
    bus: EventBus,
    kind: ObjectKind,
    name: string,
    ownerTeam: string,
    grants: readonly RoleBinding[] = [],
  ): Promise<void> {
    await bus.publish([
      {
        type: 'ObjectAccessChanged',
        payload: this.signed('ObjectAccessChanged', {
          subject: `${kind}:${name}`,
          kind,
          name,
          ownerTeam,
          grants: [...grants],
          changedBy: 'test',
        }),
      },
    ]);
  }

  async revoke(bus: EventBus, tokenId: string): Promise<void> {
    await bus.publish([
      {
        type: 'TokenRevoked',
        payload: this.signed('TokenRevoked', {
          subject: tokenId,
          principal: 'test',
          expiresAt: Date.now() + 3_600_000,
          revokedBy: 'test',
          reason: 'test',
        }),
      },
    ]);
  }
}

let authority: TestAuthority | null = null;

/** One authority per test process: every test namespace trusts its key. */
export function testAuthority(): TestAuthority {
  authority ??= new TestAuthority();
  return authority;
}

/** fetch as a platform admin of the test authority, unless the request brings its own Authorization. */
export async function authorizedFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${await testAuthority().token()}`);
  return fetch(input, { ...init, headers });
}
