import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { certify, type EventSigner, type SigningKey as TokenSigningKey } from '@loopgate/auth';
import { JsonLogger } from '@loopgate/telemetry';
import { GOVERNANCE_CONFIG } from '../governance.tokens';
import { type GovernanceConfig } from '../governance.config';
import { SigningKeysRepository } from './signing-keys.repository';
import { type SigningKey } from './signing-key.entity';
import { SigningKeyRevokedAlreadyError, UnknownSigningKeyError } from './signing-keys.errors';
import { PrivateKeySealing } from './private-key-sealing';
import { type JwksView, type RotationView, type SigningKeyView } from './signing-keys.routes';

/**
 * The keys tokens and access events are signed with. A key is published (SigningKeyPublished, certified
 * by the installation's root key) before it signs anything; on rotation the old key is published again
 * with the instant it retires (the longest a token it signed can live), so tokens in flight stay good
 * and nothing has to restart. A leaked key is revoked at once (SigningKeyRevoked).
 */
@Injectable()
export class SigningKeysService implements OnApplicationBootstrap {
  private readonly sealing: PrivateKeySealing;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
    @Inject(GOVERNANCE_CONFIG) private readonly config: GovernanceConfig,
  ) {
    this.sealing = new PrivateKeySealing(config.keyEncryptionKey);
  }

  /**
   * The first start creates and publishes a key; later starts find it. With a root key, the live keys
   * are published again with a certificate: an installation that was given its root key later, or a
   * topic that lost them, has certified keys again without a rotation.
   */
  async onApplicationBootstrap(): Promise<void> {
    const created = await this.dataSource.transaction(async (manager) => {
      await this.keys.lock(manager);
      await this.sealUnsealed(manager);
      if (await this.keys.signing(manager)) {
        if (this.config.rootKey)
          await this.outbox.add(
            manager,
            (await this.keys.live(manager, new Date())).map((key) => this.published(key, 'governance')),
          );
        return null;
      }
      return this.create(manager, 'governance');
    });
    await this.relay.flush();
    if (created) this.logger.event('info', `signing key ${created.keyId} created and published`);
    if (!this.sealing.enabled)
      this.logger.event(
        'warn',
        "GOVERNANCE_KEY_ENCRYPTION_KEY_FILE is not set: the signing keys are kept as PEM in governance's table (development only)",
      );
  }

  /** Keys kept as PEM before a key-encryption key was configured are sealed now. */
  private async sealUnsealed(manager: EntityManager): Promise<void> {
    if (!this.sealing.enabled) return;
    for (const key of await this.keys.unsealed(manager))
      await this.keys.replacePrivateKey(manager, key.keyId, this.sealing.seal(key.keyId, key.privateKey));
  }

  async signer(): Promise<TokenSigningKey> {
    const key = await this.keys.signing();
    if (!key) throw new Error('no signing key: governance creates one at start-up');
    return { keyId: key.keyId, privateKey: this.sealing.open(key.keyId, key.privateKey) };
  }

  /** The key that signs access events (revocations, ownership) now, in the caller's transaction. */
  async eventSigner(manager: EntityManager): Promise<EventSigner> {
    const key = await this.keys.signing(manager);
    if (!key) throw new Error('no signing key: governance creates one at start-up');
    return { keyId: key.keyId, privateKey: createPrivateKey(this.sealing.open(key.keyId, key.privateKey)) };
  }

  /**
   * A key that must not be trusted any more: every service refuses its tokens and the events it signs
   * from SigningKeyRevoked on. The signing key is replaced first, so tokens are issued on.
   */
  async revoke(keyId: string, actor: string, reason: string): Promise<SigningKeyView> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      await this.keys.lock(manager);
      const key = await this.keys.find(manager, keyId);
      if (!key) throw new UnknownSigningKeyError(keyId);
      if (key.revokedAt) throw new SigningKeyRevokedAlreadyError(keyId, key.revokedAt);
      const signing = await this.keys.signing(manager);
      const now = new Date();
      await this.keys.revoke(manager, keyId, actor, reason, now);
      if (signing?.keyId === keyId) await this.create(manager, actor);
      const payload = { subject: keyId, revokedAt: now.getTime(), revokedBy: actor, reason };
      await this.outbox.add(manager, [
        {
          type: 'SigningKeyRevoked',
          actor,
          payload: this.config.rootKey
            ? certify('SigningKeyRevoked', payload, this.config.rootKey)
            : { ...payload, certificate: null },
        },
      ]);
      return { ...key, revokedAt: now };
    });
    await this.relay.flush();
    this.logger.event('warn', `signing key ${keyId} revoked by ${actor}: ${reason}`);
    return view(revoked);
  }

  /** Every key that still verifies tokens, as JWKs (Ed25519: the public key as base64url x). */
  async jsonWebKeySet(): Promise<JwksView> {
    const live = await this.keys.live(this.dataSource.manager, new Date());
    return {
      keys: live.map((key) => {
        const { x } = createPublicKey(key.publicKey).export({ format: 'jwk' });
        return {
          kty: 'OKP' as const,
          crv: 'Ed25519' as const,
          x: x!,
          kid: key.keyId,
          alg: 'EdDSA' as const,
          use: 'sig' as const,
        };
      }),
    };
  }

  /** A new key signs from now on; the others retire once every token they signed has expired. */
  async rotate(actor: string): Promise<RotationView> {
    const result = await this.dataSource.transaction(async (manager) => {
      await this.keys.lock(manager);
      const now = new Date();
      const retiresAt = new Date(now.getTime() + this.config.GOVERNANCE_TOKEN_MAX_TTL_S * 1000);
      const retiring: SigningKey[] = [];
      for (const key of await this.keys.live(manager, now)) {
        const retire = key.retiresAt && key.retiresAt < retiresAt ? key.retiresAt : retiresAt;
        await this.keys.retire(manager, key.keyId, retire);
        retiring.push({ ...key, retiresAt: retire });
      }
      await this.outbox.add(
        manager,
        retiring.map((key) => this.published(key, actor)),
      );
      return { signing: await this.create(manager, actor), retiring };
    });
    await this.relay.flush();
    this.logger.event('info', `signing key rotated to ${result.signing.keyId} by ${actor}`, {
      retiring: result.retiring.map((k) => k.keyId),
    });
    return { signing: view(result.signing), retiring: result.retiring.map(view) };
  }

  private async create(manager: EntityManager, actor: string): Promise<SigningKey> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyId = `k-${randomUUID()}`;
    const key: SigningKey = {
      keyId,
      privateKey: this.sealing.seal(keyId, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      createdAt: new Date(),
      retiresAt: null,
      revokedAt: null,
      revokedBy: null,
      revocationReason: null,
    };
    await this.keys.insert(manager, key);
    await this.outbox.add(manager, [this.published(key, actor)]);
    return key;
  }

  /** SigningKeyPublished, certified by the root key when the installation has one. */
  private published(key: SigningKey, actor: string) {
    const payload = {
      subject: key.keyId,
      algorithm: 'Ed25519',
      publicKey: key.publicKey,
      publishedAt: key.createdAt.getTime(),
      retiresAt: key.retiresAt?.getTime() ?? null,
    };
    return {
      type: 'SigningKeyPublished' as const,
      actor,
      payload: this.config.rootKey
        ? certify('SigningKeyPublished', payload, this.config.rootKey)
        : { ...payload, certificate: null },
    };
  }
}

function view(key: SigningKey): SigningKeyView {
  return {
    keyId: key.keyId,
    createdAt: key.createdAt.toISOString(),
    retiresAt: key.retiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
