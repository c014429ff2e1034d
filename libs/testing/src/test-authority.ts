import { EphemeralAuthority, type ObjectKind, type RoleBinding } from '@loopgate/auth';
import { type EventBus } from '@loopgate/bus';

/**
 * Signs tokens for tests of a service without governance: its key is published on each test
 * namespace's governance.access, exactly as governance publishes its own, so the service verifies
 * these tokens the way it verifies governance's.
 */
export class TestAuthority extends EphemeralAuthority {
  constructor() {
    super('test-admin');
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
        payload: { subject: `${kind}:${name}`, kind, name, ownerTeam, grants: [...grants], changedBy: 'test' },
      },
    ]);
  }

  async revoke(bus: EventBus, tokenId: string): Promise<void> {
    await bus.publish([
      {
        type: 'TokenRevoked',
        payload: {
          subject: tokenId,
          principal: 'test',
          expiresAt: Date.now() + 3_600_000,
          revokedBy: 'test',
          reason: 'test',
        },
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
