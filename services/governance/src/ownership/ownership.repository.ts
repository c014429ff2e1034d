import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type ObjectKind } from '@loopgate/auth';
import { ObjectAccess } from './object-access.entity';

@Injectable()
export class OwnershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(kind: ObjectKind, name: string, manager: EntityManager = this.dataSource.manager): Promise<ObjectAccess | null> {
    return manager.getRepository(ObjectAccess).findOne({
      where: { kind, name },
      lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async save(manager: EntityManager, access: ObjectAccess): Promise<void> {
    await manager.upsert(ObjectAccess, access, ['kind', 'name']);
  }

  /** Serializes the first claim of a name. */
  async lock(manager: EntityManager, kind: ObjectKind, name: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`loopgate.object_access.${kind}:${name}`]);
  }
}
