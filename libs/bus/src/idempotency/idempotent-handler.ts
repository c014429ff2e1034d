import { type DataSource, type EntityManager } from 'typeorm';
import { ProcessedEvent } from './processed-event.entity';

export type IdempotentOutcome = 'applied' | 'duplicate';

/**
 * Applies an event's effect at most once per consumer: the processed-events row and the handler's
 * own writes commit in one transaction, so a redelivery after a crash finds the row and does nothing.
 */
export class IdempotentHandler {
  constructor(private readonly dataSource: DataSource, private readonly consumer: string) {}

  runOnce(eventId: string, effect: (manager: EntityManager) => Promise<void>): Promise<IdempotentOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // A concurrent delivery of the same event waits here on the row lock, then sees the conflict.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProcessedEvent)
        .values({ consumer: this.consumer, eventId })
        .orIgnore()
        .returning(['eventId'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return 'duplicate';
      await effect(manager);
      return 'applied';
    });
  }

  /**
   * The batch form: one transaction for many events; the effect receives only the ids not processed
   * before (in the order given), and their processed-events rows commit with it.
   */
  runOnceEach(eventIds: readonly string[], effect: (manager: EntityManager, fresh: ReadonlySet<string>) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const fresh = new Set<string>();
      for (let from = 0; from < eventIds.length; from += ROWS_PER_INSERT) {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ProcessedEvent)
          .values(eventIds.slice(from, from + ROWS_PER_INSERT).map((eventId) => ({ consumer: this.consumer, eventId })))
          .orIgnore()
          .returning(['eventId'])
          .execute();
        for (const row of inserted.raw as Array<{ event_id: string }>) fresh.add(row.event_id);
      }
      if (fresh.size > 0) await effect(manager, fresh);
      return fresh.size;
    });
  }
}

// Postgres takes at most 65,535 parameters per statement.
const ROWS_PER_INSERT = 10_000;
