import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { type EventBus } from '@loopgate/bus';
import { signAccessToken, type PrincipalKind } from './access-token';
import { PLATFORM_TEAM, type RoleBinding } from './roles';

export interface EphemeralTokenOptions {
  readonly name?: string;
  readonly kind?: PrincipalKind;
  /** Platform admin (admin on every team) unless given. */
  readonly roles?: readonly RoleBinding[];
  readonly ttlSeconds?: number;
  readonly tokenId?: string;
  /** Issued this many seconds ago (with a shorter ttl: an expired token). */
  readonly issuedSecondsAgo?: number;
}

/**
 * A signing key that lives as long as its process, published on one namespace's governance.access as
 * governance publishes its own: for a namespace that has no governance of its own (a replay, a test).
 * Whoever may write that topic may do this; on a broker with ACLs that is governance and the operators.
 */
export class EphemeralAuthority {
  readonly keyId = `ephemeral-${randomUUID()}`;
  readonly publicKeyPem: string;
  private readonly privateKey: KeyObject;

  constructor(private readonly defaultName = 'operator') {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  token(options: EphemeralTokenOptions = {}): Promise<string> {
    const iat = Math.floor(Date.now() / 1000) - (options.issuedSecondsAgo ?? 0);
    return signAccessToken(
      {
        sub: options.name ?? this.defaultName,
        kind: options.kind ?? 'person',
        roles: options.roles ?? [{ team: PLATFORM_TEAM, role: 'admin' }],
        jti: options.tokenId ?? randomUUID(),
        iat,
        exp: iat + (options.ttlSeconds ?? 3_600),
      },
      { keyId: this.keyId, privateKey: this.privateKey },
    );
  }

  async publishKey(bus: EventBus): Promise<void> {
    await bus.publish([
      {
        type: 'SigningKeyPublished',
        payload: {
          subject: this.keyId,
          algorithm: 'Ed25519',
          publicKey: this.publicKeyPem,
          publishedAt: Date.now(),
          retiresAt: null,
        },
      },
    ]);
  }
}
