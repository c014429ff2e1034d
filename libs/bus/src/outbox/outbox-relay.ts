import { type DataSource } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { type EventPublisher } from '../publish/event-publisher';
import { type BusLogger } from '../kafka/kafka-client';
import { fromStoredHeaders } from './stored-headers';
import { OutboxMessage } from './outbox-message.entity';

export interface OutboxRelayOptions {
  readonly batchSize?: number;
  /** How often the relay looks for unpublished rows when nobody woke it. */
  readonly pollIntervalMs?: number;
}

// Any constant works: it only has to be the same for every relay of one schema.
const RELAY_LOCK_KEY = 0x4c4f4f50; // 'LOOP'

/**
 * Publishes committed outbox rows in insertion order and marks them. One relay per schema holds an
 * advisory lock while it publishes, so several service instances never reorder events. A crash after
 * publishing but before marking publishes the rows again: consumers are idempotent by event id.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly log: BusLogger,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Relay now rather than at the next poll, for a caller that just committed events. */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /**
   * Returns once everything committed to the outbox so far is on Kafka: for an answer that promises the
   * event is out (another service may read it the moment the caller has the answer).
   */
  async flush(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.pending()) > 0) {
      if (Date.now() > deadline) throw new Error(`outbox not flushed within ${timeoutMs} ms`);
      // 0: another relay holds the lock and is publishing them
      if ((await this.relayOnce()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async pending(): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${quotedTable(this.dataSource.manager, OutboxMessage)} WHERE published_at IS NULL`,
    );
    return n;
  }

  /** Publishes one batch; returns how many rows it published (0 when another relay holds the lock). */
  async relayOnce(): Promise<number> {
    const schema = (this.dataSource.options as { schema?: string }).schema ?? 'public';
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [
        RELAY_LOCK_KEY,
        schema,
      ]);
      if (!locked) return 0;
      // Raw SQL: hydrating thousands of entities per batch would cost more than the publishing.
      const table = quotedTable(manager, OutboxMessage);
      const rows: Array<{ id: string; topic: string; key: string; value: Buffer; headers: Record<string, string> }> =
        await manager.query(
          `SELECT id, topic, key, value, headers FROM ${table} WHERE published_at IS NULL ORDER BY id LIMIT $1`,
          [this.options.batchSize ?? 500],
        );
      if (rows.length === 0) return 0;
      await this.publisher.send(
        rows.map((row) => ({
          topic: row.topic,
          key: row.key,
          value: row.value,
          headers: row.headers,
          metadata: fromStoredHeaders(row.headers),
        })),
      );
      await manager.query(`UPDATE ${table} SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.drain().finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.options.pollIntervalMs ?? 500);
      });
    }, delayMs);
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayOnce()) > 0) {
        // keep going while there is a backlog
      }
    } catch (error) {
      this.log('error', `outbox relay failed, will retry: ${(error as Error).message}`);
    }
  }
}
