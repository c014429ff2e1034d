import { type DataSource } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { ProcessedEvent } from '../idempotency/processed-event.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';

export interface BusRetentionOptions {
  /** How long a published outbox row is kept after the relay published it (it is on Kafka: only for forensics). */
  readonly publishedOutboxMs: number;
  /**
   * How long a redelivered event is still recognised (its processed_events row kept). Kafka redelivers
   * what was handled but not committed, as the consumer comes back: this must outlast the longest a
   * consumer may stay down, as must the brokers' committed offsets (offsets.retention.minutes), else the
   * group starts again from the beginning of its topics.
   */
  readonly dedupeWindowMs: number;
  /** Rows deleted per statement, so a large backlog never holds one long lock. */
  readonly batchSize?: number;
}

export interface Pruned {
  readonly outbox: number;
  readonly processedEvents: number;
}

/** Keeps the bus's own tables bounded: every ingested record passes through the outbox once. */
export class BusRetention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: BusRetentionOptions,
  ) {}

  async prune(now = Date.now()): Promise<Pruned> {
    const manager = this.dataSource.manager;
    const outbox = await this.deleteInBatches(
      quotedTable(manager, OutboxMessage),
      'published_at IS NOT NULL AND published_at < $1',
      new Date(now - this.options.publishedOutboxMs),
    );
    const processedEvents = await this.deleteInBatches(
      quotedTable(manager, ProcessedEvent),
      'processed_at < $1',
      new Date(now - this.options.dedupeWindowMs),
    );
    return { outbox, processedEvents };
  }

  private async deleteInBatches(table: string, where: string, before: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      // ctid: a row's physical address, the cheapest key for "these rows, then stop" in Postgres.
      const [, count]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${where} LIMIT $2)`,
        [before, this.options.batchSize ?? 10_000],
      );
      deleted += count;
      if (count < (this.options.batchSize ?? 10_000)) return deleted;
    }
  }
}
