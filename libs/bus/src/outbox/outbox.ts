import { type EntityManager } from 'typeorm';
import { type EventPublisher, type OutgoingEvent } from '../publish/event-publisher';
import { type EventMetadata } from '../metadata/event-metadata';
import { OutboxMessage } from './outbox-message.entity';

// Postgres takes at most 65,535 parameters per statement; six columns per row stays well below it.
const ROWS_PER_INSERT = 1_000;

/**
 * Writes events into the service's outbox table inside the caller's transaction: they are published
 * if and only if the state change commits.
 */
export class Outbox {
  constructor(private readonly publisher: EventPublisher) {}

  async add(manager: EntityManager, events: readonly OutgoingEvent[]): Promise<EventMetadata[]> {
    if (events.length === 0) return [];
    const prepared = events.map((event) => this.publisher.prepare(event));
    const rows = prepared.map((m) => ({
      eventId: m.metadata.eventId,
      topic: m.topic,
      key: m.key,
      value: m.value,
      headers: m.headers,
    }));
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      await manager.insert(OutboxMessage, rows.slice(from, from + ROWS_PER_INSERT));
    }
    return prepared.map((m) => m.metadata);
  }
}
