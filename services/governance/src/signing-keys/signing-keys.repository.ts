import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Like, MoreThan, Not } from 'typeorm';
import { SigningKey } from './signing-key.entity';

@Injectable()
export class SigningKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The key that signs now: the newest one neither set to retire nor revoked. */
  signing(manager: EntityManager = this.dataSource.manager): Promise<SigningKey | null> {
    return manager
      .getRepository(SigningKey)
      .findOne({ where: { retiresAt: IsNull(), revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Keys that still verify tokens: not revoked, and signing or retiring later than now. */
  live(manager: EntityManager, now: Date): Promise<SigningKey[]> {
    return manager.getRepository(SigningKey).find({
      where: [
        { retiresAt: IsNull(), revokedAt: IsNull() },
        { retiresAt: MoreThan(now), revokedAt: IsNull() },
      ],
      order: { createdAt: 'ASC' },
    });
  }

  find(manager: EntityManager, keyId: string): Promise<SigningKey | null> {
    return manager.getRepository(SigningKey).findOneBy({ keyId });
  }

  async revoke(manager: EntityManager, keyId: string, revokedBy: string, reason: string, at: Date): Promise<void> {
    await manager.update(SigningKey, { keyId }, { revokedAt: at, revokedBy, revocationReason: reason });
  }

  async insert(manager: EntityManager, key: SigningKey): Promise<void> {
    await manager.insert(SigningKey, key);
  }

  /** Keys whose private half is kept as PEM (made before sealing was configured). */
  async unsealed(manager: EntityManager): Promise<SigningKey[]> {
    return manager.getRepository(SigningKey).find({ where: { privateKey: Not(Like('sealed:%')) } });
  }

  async replacePrivateKey(manager: EntityManager, keyId: string, stored: string): Promise<void> {
    await manager.update(SigningKey, { keyId }, { privateKey: stored });
  }

  async retire(manager: EntityManager, keyId: string, retiresAt: Date): Promise<void> {
    await manager.update(SigningKey, { keyId }, { retiresAt });
  }

  /** Serializes key creation between governance instances starting together. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('loopgate.signing_keys'))`);
  }
}
