import { Type, type Schema } from 'avsc';
import { EVENT_SCHEMAS, type EventPayloads, type EventType, type SchemaVersion } from '@loopgate/contracts';
import { EventDecodeError, EventEncodeError, UnknownWriterSchemaError } from '../bus.errors';
import { crc64Avro } from './crc64-avro';

/** Avro single-object encoding: C3 01, the writer schema's CRC-64-AVRO fingerprint (little-endian), the Avro body. */
const MARKER_0 = 0xc3;
const MARKER_1 = 0x01;
const HEADER_BYTES = 10;

export function canonicalFormOf(type: Type): string {
  // avsc's schema() without exportAttrs is the parsing canonical form (checked against the spec's vectors).
  return JSON.stringify(type.schema());
}

export function fingerprintOf(type: Type): Buffer {
  const fingerprint = crc64Avro(Buffer.from(canonicalFormOf(type), 'utf8'));
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(fingerprint);
  return bytes;
}

export function parseSchema(schema: object): Type {
  return Type.forSchema(schema as Schema, { wrapUnions: 'auto' });
}

interface WriterSchema {
  readonly eventType: EventType;
  readonly version: number;
  readonly type: Type;
  /** Reads this writer's bytes as the newest version of the event (null when it is the newest). */
  readonly resolver: unknown;
}

interface EventSchema {
  readonly newest: Type;
  readonly newestVersion: number;
  readonly header: Buffer;
}

export interface DecodedEvent<T extends EventType = EventType> {
  readonly type: T;
  /** Version of the schema the event was written with; the payload is always read as the newest version. */
  readonly writerVersion: number;
  readonly payload: EventPayloads[T];
}

/**
 * Encodes events with the newest version of their schema and decodes any version this build knows,
 * resolving it to the newest. The fingerprint in every value names its writer schema, so no registry
 * server is needed.
 */
export class EventCodec {
  private readonly events = new Map<EventType, EventSchema>();
  private readonly writers = new Map<string, WriterSchema>();

  constructor(schemas: Readonly<Record<EventType, readonly SchemaVersion[]>> = EVENT_SCHEMAS) {
    for (const [eventType, versions] of Object.entries(schemas) as Array<[EventType, readonly SchemaVersion[]]>) {
      const newestVersion = versions[versions.length - 1];
      const newest = parseSchema(newestVersion.schema);
      const header = Buffer.concat([Buffer.from([MARKER_0, MARKER_1]), fingerprintOf(newest)]);
      this.events.set(eventType, { newest, newestVersion: newestVersion.version, header });
      for (const { version, schema } of versions) {
        const type = version === newestVersion.version ? newest : parseSchema(schema);
        const resolver = type === newest ? null : newest.createResolver(type);
        this.writers.set(fingerprintOf(type).toString('hex'), { eventType, version, type, resolver });
      }
    }
  }

  eventTypes(): EventType[] {
    return [...this.events.keys()];
  }

  has(eventType: string): eventType is EventType {
    return this.events.has(eventType as EventType);
  }

  /** Hex fingerprint of the newest schema of an event type. */
  fingerprint(eventType: EventType): string {
    return this.schemaOf(eventType).header.subarray(2).toString('hex');
  }

  encode<T extends EventType>(eventType: T, payload: EventPayloads[T]): Buffer {
    const { newest, header } = this.schemaOf(eventType);
    let body: Buffer;
    try {
      body = newest.toBuffer(payload);
    } catch (error) {
      throw new EventEncodeError(eventType, problemsOf(newest, payload, error));
    }
    return Buffer.concat([header, body], header.length + body.length);
  }

  /** Checks a payload without encoding it; returns what is wrong, or an empty list. */
  problems<T extends EventType>(eventType: T, payload: unknown): string[] {
    const { newest } = this.schemaOf(eventType);
    return problemsOf(newest, payload);
  }

  decode(value: Buffer | null): DecodedEvent {
    if (!value || value.length < HEADER_BYTES) {
      throw new EventDecodeError(`value of ${value?.length ?? 0} bytes is too short for Avro single-object encoding`);
    }
    if (value[0] !== MARKER_0 || value[1] !== MARKER_1) {
      throw new EventDecodeError(
        `value does not start with the Avro single-object marker C3 01 (found ${value.subarray(0, 2).toString('hex')})`,
      );
    }
    const fingerprint = value.subarray(2, HEADER_BYTES).toString('hex');
    const writer = this.writers.get(fingerprint);
    if (!writer) throw new UnknownWriterSchemaError(fingerprint);
    const body = value.subarray(HEADER_BYTES);
    try {
      const payload = writer.resolver
        ? this.schemaOf(writer.eventType).newest.fromBuffer(body, writer.resolver as never)
        : writer.type.fromBuffer(body);
      return { type: writer.eventType, writerVersion: writer.version, payload: payload as EventPayloads[EventType] };
    } catch (error) {
      throw new EventDecodeError(
        `${writer.eventType} v${writer.version} body is corrupt: ${(error as Error).message}`,
        error,
      );
    }
  }

  private schemaOf(eventType: EventType): EventSchema {
    const schema = this.events.get(eventType);
    if (!schema) throw new EventEncodeError(eventType, [`unknown event type ${eventType}`]);
    return schema;
  }
}

function problemsOf(type: Type, payload: unknown, fallback?: unknown): string[] {
  const problems: string[] = [];
  type.isValid(payload, {
    errorHook: (path: string[], value: unknown, expected: Type) => {
      problems.push(
        `${path.join('.') || '(value)'}: ${JSON.stringify(value) ?? 'undefined'} is not ${JSON.stringify(expected.schema())}`,
      );
    },
  });
  if (problems.length === 0 && fallback !== undefined) problems.push((fallback as Error).message ?? String(fallback));
  return problems;
}
