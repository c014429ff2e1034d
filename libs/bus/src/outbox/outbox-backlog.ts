import { type EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/**
 * How many events the service's outbox holds unpublished, at most: the span of ids its partial index
 * of unpublished rows holds (two index lookups, however long the backlog), for pushing back on the
 * callers that fill it faster than the relay empties it.
 */
export async function unpublishedOutboxRows(manager: EntityManager): Promise<number> {
  const span = await manager
    .getRepository(OutboxMessage)
    .createQueryBuilder('o')
    .select('min(o.id)', 'low')
    .addSelect('max(o.id)', 'high')
    .where('o.published_at IS NULL')
    .getRawOne<{ low: string | null; high: string | null }>();
  if (!span?.low || !span.high) return 0;
  return Number(BigInt(span.high) - BigInt(span.low) + 1n);
}
