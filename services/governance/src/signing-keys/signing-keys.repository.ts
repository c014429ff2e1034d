import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { SigningKey } from './signing-key.entity';

@Injectable()
export class SigningKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The key that signs now: the newest one not set to retire. */
  signing(manager: EntityManager = this.dataSource.manager): Promise<SigningKey | null> {
    return manager.getRepository(SigningKey).findOne({ where: { retiresAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Keys that still verify tokens: signing, or retiring later than now. */
  live(manager: EntityManager, now: Date): Promise<SigningKey[]> {
    return manager
      .getRepository(SigningKey)
      .find({ where: [{ retiresAt: IsNull() }, { retiresAt: MoreThan(now) }], order: { createdAt: 'ASC' } });
  }

  async insert(manager: EntityManager, key: SigningKey): Promise<void> {
    await manager.insert(SigningKey, key);
  }

  async retire(manager: EntityManager, keyId: string, retiresAt: Date): Promise<void> {
    await manager.update(SigningKey, { keyId }, { retiresAt });
  }

  /** Serializes key creation between governance instances starting together. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('loopgate.signing_keys'))`);
  }
}
