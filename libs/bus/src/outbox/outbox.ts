import { type EntityManager } from 'typeorm';
import { type EventPublisher, type OutgoingEvent } from '../publish/event-publisher';
import { type EventMetadata } from '../metadata/event-metadata';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Writes events into the service's outbox table inside the caller's transaction: they are published
 * if and only if the state change commits.
 */
export class Outbox {
  constructor(private readonly publisher: EventPublisher) {}

  async add(manager: EntityManager, events: readonly OutgoingEvent[]): Promise<EventMetadata[]> {
    if (events.length === 0) return [];
    const prepared = events.map((event) => this.publisher.prepare(event));
    await manager.insert(
      OutboxMessage,
      prepared.map((m) => ({ eventId: m.metadata.eventId, topic: m.topic, key: m.key, value: m.value, headers: m.headers })),
    );
    return prepared.map((m) => m.metadata);
  }
}
