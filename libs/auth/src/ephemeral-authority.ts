import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { type EventBus } from '@loopgate/bus';
import { type EventPayloads } from '@loopgate/contracts';
import { certify, createRootKey, parseRootPrivateKey, type RootKey, signEvent } from './access-signatures';
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
 * Its key is certified by a root key of its own (whose public half the namespace's services are given,
 * `rootPublicKey`), or by the installation's root key when an operator holds it; the access events it
 * publishes are signed with its key, so services that check certificates believe them.
 */
export class EphemeralAuthority {
  readonly keyId = `ephemeral-${randomUUID()}`;
  readonly publicKeyPem: string;
  /** LOOPGATE_ROOT_PUBLIC_KEY for the services that trust this authority. */
  readonly rootPublicKey: string;
  private readonly privateKey: KeyObject;
  private readonly root: KeyObject;

  constructor(
    private readonly defaultName = 'operator',
    protected readonly rootKey: RootKey = createRootKey(),
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.root = parseRootPrivateKey(rootKey.privateKeyPem);
    this.rootPublicKey = rootKey.publicKey;
  }

  /** An access event as governance signs it, with this authority's key. */
  signed<T extends 'TokenRevoked' | 'ObjectAccessChanged'>(
    type: T,
    payload: Omit<EventPayloads[T], 'signedBy' | 'signature'>,
  ): EventPayloads[T] {
    return signEvent(type, payload, { keyId: this.keyId, privateKey: this.privateKey });
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

  /** Its key's publication, certified by its root key. */
  keyPublication(): EventPayloads['SigningKeyPublished'] {
    return certify(
      'SigningKeyPublished',
      {
        subject: this.keyId,
        algorithm: 'Ed25519',
        publicKey: this.publicKeyPem,
        publishedAt: Date.now(),
        retiresAt: null,
      },
      this.root,
    );
  }

  async publishKey(bus: EventBus): Promise<void> {
    await bus.publish([{ type: 'SigningKeyPublished', payload: this.keyPublication() }]);
  }
}
