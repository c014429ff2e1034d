import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { topicOf, type EventPayloads, type EventType } from '@loopgate/contracts';
import { type EventCodec } from '../avro/event-codec';
import { fromHeaders, type EventMetadata } from '../metadata/event-metadata';
import { type TopicNamespace } from '../kafka/topic-namespace';
import { type EventPublisher } from '../publish/event-publisher';
import { type BusLogger } from '../kafka/kafka-client';
import { inConsumerSpan } from '../telemetry/trace-context';
import { busMetrics } from '../telemetry/bus-metrics';
import { errorCodeOf, isRetriable } from '@loopgate/errors';
import { backoffMs, DEFAULT_RETRY_POLICY, validateRetryPolicy, type RetryPolicy } from './retry-policy';
import { deadLetterHeaders } from './dead-letter';

/** Thrown inside a batch when the consumer stops while a handler still fails: the event is left for redelivery. */
class ConsumerStopping extends Error {}

/** One consumed event as a handler sees it. */
export interface ConsumedEvent<T extends EventType = EventType> {
  readonly type: T;
  readonly payload: EventPayloads[T];
  readonly metadata: EventMetadata;
  readonly writerVersion: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** 1 on first delivery to the handler, counting retries within this consumer. */
  readonly attempt: number;
}

export type EventHandler<T extends EventType = EventType> = (event: ConsumedEvent<T>) => Promise<void>;

export type EventHandlers = { [K in EventType]?: EventHandler<K> };

export interface EventConsumerOptions {
  readonly groupId: string;
  readonly handlers: EventHandlers;
  readonly retry?: RetryPolicy;
  /** Partitions processed at once; each partition stays strictly ordered. */
  readonly partitionsConsumedConcurrently?: number;
  /** Where a group with no committed offset starts. Services start from the beginning: topics are the record. */
  readonly fromBeginning?: boolean;
  /** How long the group waits for a silent member before giving its partitions to others (broker minimum 6 s). */
  readonly sessionTimeoutMs?: number;
}

/**
 * Consumes the topics that carry the handled event types. Offsets are committed only after the
 * handler succeeded; retriable failures are retried with bounded backoff; anything else, or an
 * exhausted retry, or an undecodable message, goes to `<topic>.dlq` and the partition moves on.
 */
export class EventConsumer {
  private consumer: Consumer | null = null;
  private readonly retry: RetryPolicy;

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    private readonly namespace: TopicNamespace,
    private readonly deadLetters: EventPublisher,
    private readonly options: EventConsumerOptions,
    private readonly log: BusLogger,
  ) {
    this.retry = validateRetryPolicy(options.retry ?? DEFAULT_RETRY_POLICY);
  }

  topics(): string[] {
    const types = Object.keys(this.options.handlers) as EventType[];
    return [...new Set(types.map((type) => this.namespace.topic(topicOf(type))))].sort();
  }

  async start(): Promise<void> {
    if (this.consumer) return;
    const topics = this.topics();
    if (topics.length === 0) throw new Error(`consumer group ${this.options.groupId} has no handlers`);
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 250,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
    });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.consumeBatch(consumer, payload),
    });
    this.consumer = consumer;
    this.log('info', `consumer ${this.options.groupId} started`, { topics });
  }

  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect();
  }

  private async consumeBatch(consumer: Consumer, { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    let next: string | null = null;
    const stopping = () => !isRunning() || isStale();
    try {
      for (const message of batch.messages) {
        if (stopping()) break;
        await this.consumeMessage(batch.topic, batch.partition, message, heartbeat, stopping);
        resolveOffset(message.offset);
        next = (BigInt(message.offset) + 1n).toString();
      }
    } catch (error) {
      if (!(error instanceof ConsumerStopping)) throw error;
      this.log('info', `consumer ${this.options.groupId} stopping; ${batch.topic}[${batch.partition}] resumes at ${next ?? 'its last commit'}`);
    } finally {
      // Commit what succeeded, even when a later message threw (it is then redelivered, not skipped).
      if (next !== null) await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
    }
  }

  private async consumeMessage(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    stopping: () => boolean,
  ): Promise<void> {
    let event: Omit<ConsumedEvent, 'attempt'>;
    try {
      const decoded = this.codec.decode(message.value);
      const metadata = fromHeaders(message.headers, decoded.type);
      event = { type: decoded.type, payload: decoded.payload, metadata, writerVersion: decoded.writerVersion, topic, partition, offset: message.offset };
    } catch (error) {
      await this.deadLetter(topic, partition, message, error, 0);
      return;
    }
    const handler = this.options.handlers[event.type] as EventHandler | undefined;
    if (!handler) return; // another event type of the same topic: not ours
    const started = performance.now();
    const outcome = await this.handleWithRetries(handler, event, message, heartbeat, stopping);
    const attributes = { topic, type: event.type, group: this.options.groupId, outcome };
    busMetrics().handled.add(1, attributes);
    busMetrics().handlerDuration.record((performance.now() - started) / 1000, attributes);
  }

  private async handleWithRetries(
    handler: EventHandler,
    event: Omit<ConsumedEvent, 'attempt'>,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    stopping: () => boolean,
  ): Promise<'handled' | 'dead_lettered'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await inConsumerSpan(`${event.type} process`, event.metadata.traceparent, {
          'messaging.system': 'kafka',
          'messaging.destination.name': event.topic,
          'messaging.consumer.group.name': this.options.groupId,
          'messaging.message.id': event.metadata.eventId,
        }, () => handler({ ...event, attempt }));
        return 'handled';
      } catch (error) {
        const exhausted = attempt >= this.retry.maxAttempts;
        // A failure while shutting down (a closed pool, say) is not the event's fault: leave it for redelivery.
        if (isRetriable(error) && stopping()) throw new ConsumerStopping();
        if (!isRetriable(error) || exhausted) {
          await this.deadLetter(event.topic, event.partition, message, error, attempt);
          return 'dead_lettered';
        }
        const wait = backoffMs(this.retry, attempt);
        this.log('warn', `${event.type} ${event.metadata.eventId} failed (attempt ${attempt}/${this.retry.maxAttempts}), retrying in ${wait} ms`, {
          error: (error as Error).message,
        });
        await this.pause(wait, heartbeat);
      }
    }
  }

  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    // Heartbeat while waiting so a long backoff does not cost the partition in a rebalance.
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, deadline - Date.now())));
      await heartbeat();
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, error: unknown, attempts: number): Promise<void> {
    const dlq = this.namespace.deadLetterOf(topic);
    this.log('error', `dead-lettering ${topic}[${partition}]@${message.offset} to ${dlq}: ${(error as Error).message ?? error}`, {
      groupId: this.options.groupId,
      attempts,
    });
    busMetrics().deadLettered.add(1, { topic, group: this.options.groupId, code: errorCodeOf(error) });
    await this.deadLetters.sendRaw(dlq, {
      key: message.key,
      value: message.value,
      headers: deadLetterHeaders({ topic, partition, message, groupId: this.options.groupId, error, attempts }),
    });
  }
}
