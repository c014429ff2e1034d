import { CompressionTypes, Partitioners, type Kafka, type Producer } from 'kafkajs';
import { keyOf, topicOf, type EventPayloads, type EventType } from '@loopgate/contracts';
import { type EventCodec } from '../avro/event-codec';
import { newMetadata, toHeaders, type EventMetadata, type EventOrigin } from '../metadata/event-metadata';
import { type TopicNamespace } from '../kafka/topic-namespace';
import { activeTraceparent } from '../telemetry/trace-context';
import { busMetrics } from '../telemetry/bus-metrics';

/** An event to publish: its type, its payload and how it relates to earlier events. */
export type OutgoingEvent<T extends EventType = EventType> = {
  [K in T]: { readonly type: K; readonly payload: EventPayloads[K] } & EventOrigin;
}[T];

/** An event encoded and addressed, ready for Kafka (or for the outbox table). */
export interface PreparedMessage {
  readonly topic: string;
  readonly key: string;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
  readonly metadata: EventMetadata;
}

export interface PublisherIdentity {
  /** service@version, written as the CloudEvents source of every event. */
  readonly source: string;
}

/**
 * What one produce request carries at most, counted as keys, values and headers: half the broker's
 * default message.max.bytes, which bounds each partition's record batch of the request. An outbox relay
 * taking 5,000 rows of one partition at once (a few hundred bytes each) was refused by the broker, and
 * retried the same rows forever.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;
/** What Kafka's record format adds to each record (lengths, offsets, timestamps), rounded up. */
const RECORD_OVERHEAD_BYTES = 64;

/** A record's size on the wire, near enough to bound a request by. */
export function recordBytes(message: Pick<PreparedMessage, 'key' | 'value' | 'headers'>): number {
  let bytes = RECORD_OVERHEAD_BYTES + Buffer.byteLength(message.key) + message.value.length;
  for (const [name, value] of Object.entries(message.headers))
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value) + 8;
  return bytes;
}

/** Consecutive chunks of at most maxBytes each (a single larger message is a chunk of its own). */
export function chunksOf<M extends Pick<PreparedMessage, 'key' | 'value' | 'headers'>>(
  messages: readonly M[],
  maxBytes: number,
): M[][] {
  const chunks: M[][] = [];
  let current: M[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = recordBytes(message);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Publishes typed events: idempotent producer, acks from all in-sync replicas, one request per
 * topic-batch (split when it would be too large for the broker). Encoding happens before anything is sent, so a bad payload never half-publishes a batch.
 */
export class EventPublisher {
  private producer: Producer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    private readonly namespace: TopicNamespace,
    private readonly identity: PublisherIdentity,
  ) {}

  async connect(): Promise<void> {
    if (this.producer) return;
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Java-compatible murmur2 partitioning, so keys land where any other Kafka client puts them.
      createPartitioner: Partitioners.DefaultPartitioner,
      // The idempotent producer needs unbounded retries to keep its guarantees; maxRetryTime bounds a send instead.
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 30_000, initialRetryTime: 100 },
    });
    await producer.connect();
    this.producer = producer;
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect();
  }

  prepare(event: OutgoingEvent): PreparedMessage {
    const payload = event.payload as EventPayloads[EventType];
    const value = this.codec.encode(event.type, payload);
    const metadata = newMetadata(event.type, this.identity.source, event, activeTraceparent());
    return {
      topic: this.namespace.topic(topicOf(event.type)),
      key: keyOf(event.type, payload),
      value,
      headers: toHeaders(metadata),
      metadata,
    };
  }

  async publish(events: readonly OutgoingEvent[]): Promise<EventMetadata[]> {
    const prepared = events.map((event) => this.prepare(event));
    await this.send(prepared);
    return prepared.map((message) => message.metadata);
  }

  /** Sends already prepared messages, grouped per topic, in requests of at most MAX_REQUEST_BYTES. Order is kept per topic. */
  async send(messages: readonly PreparedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = this.producer;
    if (!producer) throw new Error('EventPublisher.connect() must be awaited before publishing');
    // One request per chunk, in order: the broker refuses a record batch over message.max.bytes (1 MiB by default).
    for (const chunk of chunksOf(messages, MAX_REQUEST_BYTES)) {
      const byTopic = new Map<string, Array<{ key: string; value: Buffer; headers: Record<string, string> }>>();
      for (const { topic, key, value, headers } of chunk) {
        const list = byTopic.get(topic) ?? [];
        list.push({ key, value, headers });
        byTopic.set(topic, list);
      }
      await producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, topicMessages]) => ({ topic, messages: topicMessages })),
      });
      for (const [topic, topicMessages] of byTopic) busMetrics().published.add(topicMessages.length, { topic });
    }
  }

  /**
   * Sends messages as they were stored elsewhere (a replay): bytes, headers and partition untouched,
   * in one request per topic, in order.
   */
  async sendStored(
    messages: ReadonlyArray<{
      topic: string;
      partition: number;
      key: Buffer | null;
      value: Buffer | null;
      headers: Record<string, string>;
    }>,
  ): Promise<void> {
    if (messages.length === 0) return;
    const producer = this.producer;
    if (!producer) throw new Error('EventPublisher.connect() must be awaited before publishing');
    const byTopic = new Map<
      string,
      Array<{ partition: number; key: Buffer | null; value: Buffer | null; headers: Record<string, string> }>
    >();
    for (const { topic, ...message } of messages) {
      const list = byTopic.get(topic) ?? [];
      list.push(message);
      byTopic.set(topic, list);
    }
    await producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, topicMessages]) => ({ topic, messages: topicMessages })),
    });
  }

  /** Sends raw bytes, used for dead letters, which must keep the original key and value untouched. */
  async sendRaw(
    topic: string,
    message: { key: Buffer | null; value: Buffer | null; headers: Record<string, string | Buffer> },
  ): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new Error('EventPublisher.connect() must be awaited before publishing');
    await producer.send({ topic, acks: -1, messages: [message] });
  }
}
