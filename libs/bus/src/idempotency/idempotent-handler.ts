import { type DataSource, type EntityManager } from 'typeorm';
import { ProcessedEvent } from './processed-event.entity';

export type IdempotentOutcome = 'applied' | 'duplicate';

/**
 * Applies an event's effect at most once per consumer: the processed-events row and the handler's
 * own writes commit in one transaction, so a redelivery after a crash finds the row and does nothing.
 */
export class IdempotentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumer: string,
  ) {}

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
}
