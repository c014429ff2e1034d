import { type EventType } from '@loopgate/contracts';
import { HEADER, type EventMetadata } from '../metadata/event-metadata';

/** Rebuilds the metadata of an outbox row from the headers stored with it. */
export function fromStoredHeaders(headers: Record<string, string>): EventMetadata {
  return {
    eventId: headers[HEADER.id],
    type: headers[HEADER.type] as EventType,
    source: headers[HEADER.source],
    time: headers[HEADER.time],
    correlationId: headers[HEADER.correlationId],
    causationId: headers[HEADER.causationId] ?? null,
    actor: headers[HEADER.actor],
    traceparent: headers[HEADER.traceparent] ?? null,
  };
}
