import { randomUUID } from 'node:crypto';
import { type IHeaders } from 'kafkajs';
import { type EventType } from '@loopgate/contracts';
import { EventDecodeError } from '../bus.errors';

/**
 * Who, what, when and why of one event; travels in CloudEvents-style Kafka headers, never in the Avro
 * body. Only the attributes that vary are sent: the content type is implied by the Avro single-object
 * marker, and every header costs producer throughput in kafkajs (docs/benchmarks.md).
 */
export interface EventMetadata {
  readonly eventId: string;
  readonly type: EventType;
  /** Producing service as service@version. */
  readonly source: string;
  /** ISO-8601 time the event happened. */
  readonly time: string;
  /** One loop iteration or pipeline run: every event it causes carries the same id. */
  readonly correlationId: string;
  /** The event this one was a reaction to, or null for an event from outside (a request, a schedule). */
  readonly causationId: string | null;
  /** Principal or service on whose behalf the event was produced. */
  readonly actor: string;
  /** W3C trace context of the span that produced the event. */
  readonly traceparent: string | null;
}

export const HEADER = {
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  actor: 'ce_actor',
  traceparent: 'traceparent',
} as const;

/** How an outgoing event relates to the ones before it. */
export interface EventOrigin {
  /** The consumed event this one reacts to: it names it as cause and inherits its correlation id. */
  readonly causedBy?: Pick<EventMetadata, 'eventId' | 'correlationId'>;
  /** A correlation id of its own: an event from outside, or one that starts a new run (a snapshot) while naming its cause. */
  readonly correlationId?: string;
  readonly actor?: string;
  /** Fixed event id, for a producer that must be able to re-send the same event (idempotency). */
  readonly eventId?: string;
  readonly time?: Date;
}

export function newMetadata(
  type: EventType,
  source: string,
  origin: EventOrigin,
  traceparent: string | null,
): EventMetadata {
  const eventId = origin.eventId ?? randomUUID();
  return {
    eventId,
    type,
    source,
    time: (origin.time ?? new Date()).toISOString(),
    correlationId: origin.correlationId ?? origin.causedBy?.correlationId ?? eventId,
    causationId: origin.causedBy?.eventId ?? null,
    actor: origin.actor ?? source,
    traceparent,
  };
}

export function toHeaders(metadata: EventMetadata): Record<string, string> {
  const headers: Record<string, string> = {
    [HEADER.id]: metadata.eventId,
    [HEADER.type]: metadata.type,
    [HEADER.source]: metadata.source,
    [HEADER.time]: metadata.time,
    [HEADER.correlationId]: metadata.correlationId,
    [HEADER.actor]: metadata.actor,
  };
  if (metadata.causationId) headers[HEADER.causationId] = metadata.causationId;
  if (metadata.traceparent) headers[HEADER.traceparent] = metadata.traceparent;
  return headers;
}

export function headerValue(headers: IHeaders | undefined, name: string): string | null {
  const value = headers?.[name];
  if (value === undefined || value === null) return null;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? null : first.toString();
}

/** Reads the metadata of a consumed message; the type from the Avro fingerprint wins over the header. */
export function fromHeaders(headers: IHeaders | undefined, decodedType: EventType): EventMetadata {
  const eventId = headerValue(headers, HEADER.id);
  if (!eventId) throw new EventDecodeError(`message has no ${HEADER.id} header`);
  const headerType = headerValue(headers, HEADER.type);
  if (headerType && headerType !== decodedType) {
    throw new EventDecodeError(`${HEADER.type} header says ${headerType} but the value is a ${decodedType}`);
  }
  return {
    eventId,
    type: decodedType,
    source: headerValue(headers, HEADER.source) ?? 'unknown',
    time: headerValue(headers, HEADER.time) ?? new Date(0).toISOString(),
    correlationId: headerValue(headers, HEADER.correlationId) ?? eventId,
    causationId: headerValue(headers, HEADER.causationId),
    actor: headerValue(headers, HEADER.actor) ?? 'unknown',
    traceparent: headerValue(headers, HEADER.traceparent),
  };
}
