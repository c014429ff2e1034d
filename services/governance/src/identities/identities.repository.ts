import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { Principal } from './principal.entity';
import { IssuedToken } from './issued-token.entity';

@Injectable()
export class IdentitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(name: string, manager: EntityManager = this.dataSource.manager): Promise<Principal | null> {
    return manager.getRepository(Principal).findOneBy({ name });
  }

  async insert(manager: EntityManager, principal: Principal): Promise<void> {
    await manager.insert(Principal, principal);
  }

  async disable(manager: EntityManager, name: string, at: Date): Promise<void> {
    await manager.update(Principal, { name }, { disabledAt: at });
  }

  /** By name, after a name (the `next` of the previous page). */
  list(limit: number, after: string | null): Promise<Principal[]> {
    return this.dataSource
      .getRepository(Principal)
      .find({ where: after ? { name: MoreThan(after) } : {}, order: { name: 'ASC' }, take: limit });
  }

  /** Names of the enabled principals that hold admin on every team. */
  async platformAdmins(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT "name" FROM ${quotedTable(manager, Principal)}
       WHERE "disabled_at" IS NULL AND "roles" @> '[{"team":"*","role":"admin"}]'::jsonb ORDER BY "name"`,
    );
    return rows.map((r) => r.name);
  }

  /** One bootstrap at a time. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('loopgate.principals'))`);
  }

  async insertToken(token: IssuedToken): Promise<void> {
    await this.dataSource.getRepository(IssuedToken).insert(token);
  }

  findToken(manager: EntityManager, tokenId: string): Promise<IssuedToken | null> {
    return manager.getRepository(IssuedToken).findOne({ where: { tokenId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Tokens of a principal that are neither expired nor revoked. */
  liveTokens(manager: EntityManager, principal: string, now: Date): Promise<IssuedToken[]> {
    return manager
      .getRepository(IssuedToken)
      .find({ where: { principal, revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  async revokeToken(manager: EntityManager, tokenId: string, by: string, at: Date): Promise<void> {
    await manager.update(IssuedToken, { tokenId }, { revokedAt: at, revokedBy: by });
  }
}
