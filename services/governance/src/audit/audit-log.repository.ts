import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { type ChainedEntry, GENESIS_HASH } from './audit-chain';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { AuditEntry } from './audit-entry.entity';

@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One writer at a time extends the chain (several instances would otherwise fork it). */
  async lockChain(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit:${quotedTable(manager, AuditEntry)}`]);
  }

  async head(manager: EntityManager = this.dataSource.manager): Promise<{ sequence: number; hash: string }> {
    const last = await manager
      .getRepository(AuditEntry)
      .findOne({ where: {}, order: { sequence: 'DESC' }, select: { sequence: true, hash: true } });
    return last ? { sequence: last.sequence, hash: last.hash } : { sequence: 0, hash: GENESIS_HASH };
  }

  /** Event ids of these already in the log: a redelivered event is recorded once. */
  async known(manager: EntityManager, eventIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ event_id: string }> = await manager.query(
      `SELECT "event_id" FROM ${quotedTable(manager, AuditEntry)} WHERE "event_id" = ANY($1::text[])`,
      [eventIds],
    );
    return new Set(rows.map((r) => r.event_id));
  }

  async append(manager: EntityManager, entries: readonly ChainedEntry[]): Promise<void> {
    for (let from = 0; from < entries.length; from += 1_000)
      await manager.insert(AuditEntry, entries.slice(from, from + 1_000));
  }

  /** Entries after a sequence number, in order, a page at a time (verification walks the whole log this way). */
  after(sequence: number, limit: number): Promise<AuditEntry[]> {
    return this.dataSource
      .getRepository(AuditEntry)
      .find({ where: { sequence: MoreThan(sequence) }, order: { sequence: 'ASC' }, take: limit });
  }

  entry(sequence: number): Promise<AuditEntry | null> {
    return this.dataSource.getRepository(AuditEntry).findOneBy({ sequence });
  }

  /** Newest first, by correlation id or event type when asked. */
  list(
    filter: { correlationId: string | null; type: string | null },
    limit: number,
    before: number | null,
  ): Promise<AuditEntry[]> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .orderBy('e.sequence', 'DESC')
      .take(limit);
    if (filter.correlationId)
      query.andWhere('e.correlation_id = :correlationId', { correlationId: filter.correlationId });
    if (filter.type) query.andWhere('e.type = :type', { type: filter.type });
    if (before !== null) query.andWhere('e.sequence < :before', { before });
    return query.getMany();
  }

  /** Whether an entry after a sequence number is of another type than this one. */
  async anyOtherThan(sequence: number, type: string): Promise<boolean> {
    return this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.sequence > :sequence AND e.type <> :type', { sequence, type })
      .getExists();
  }

  async lastCheckpoint(): Promise<AuditCheckpoint | null> {
    return this.dataSource.getRepository(AuditCheckpoint).findOne({ where: {}, order: { sequence: 'DESC' } });
  }

  checkpoints(): Promise<AuditCheckpoint[]> {
    return this.dataSource.getRepository(AuditCheckpoint).find({ order: { sequence: 'ASC' } });
  }

  async insertCheckpoint(manager: EntityManager, checkpoint: AuditCheckpoint): Promise<void> {
    await manager.createQueryBuilder().insert().into(AuditCheckpoint).values(checkpoint).orIgnore().execute();
  }
}
