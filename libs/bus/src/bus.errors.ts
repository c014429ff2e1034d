import { LoopgateError } from '@loopgate/errors';

/** An event value that is not a valid single-object Avro encoding of a known schema. Never retried: it goes to the dead-letter topic. */
export class EventDecodeError extends LoopgateError {
  constructor(message: string, cause?: unknown) {
    super({ code: 'bus.decode_failed', message, kind: 'invalid', retriable: false, cause });
  }
}

/**
 * A value written with a schema this consumer does not know: its producer is newer. Retriable, never
 * dead-lettered: the event waits on its partition until the consumer is upgraded.
 */
export class UnknownWriterSchemaError extends LoopgateError {
  constructor(readonly fingerprint: string) {
    super({
      code: 'bus.unknown_writer_schema',
      message: `no known schema has fingerprint ${fingerprint}: the producer is newer than this consumer, which must be upgraded to read on (the event waits)`,
      kind: 'unavailable',
      details: { fingerprint },
    });
  }
}

/** A payload that does not match its event schema; the publisher refuses it before anything is sent. */
export class EventEncodeError extends LoopgateError {
  constructor(eventType: string, problems: string[]) {
    super({
      code: 'bus.invalid_payload',
      message: `${eventType} payload does not match its schema: ${problems.join('; ')}`,
      kind: 'invalid',
      details: { eventType, problems },
    });
  }
}

export class BusConfigurationError extends LoopgateError {
  constructor(message: string) {
    super({ code: 'bus.misconfigured', message, kind: 'internal' });
  }
}
