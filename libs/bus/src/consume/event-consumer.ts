import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { topicOf, type EventPayloads, type EventType } from '@loopgate/contracts';
import { type EventCodec } from '../avro/event-codec';
import { fromHeaders, type EventMetadata } from '../metadata/event-metadata';
import { type TopicNamespace } from '../kafka/topic-namespace';
import { type EventPublisher } from '../publish/event-publisher';
import { type BusLogger, restartUnlessStopped } from '../kafka/kafka-client';
import { inConsumerSpan } from '../telemetry/trace-context';
import { busMetrics } from '../telemetry/bus-metrics';
import { errorCodeOf, isRetriable } from '@loopgate/errors';
import { backoffMs, DEFAULT_RETRY_POLICY, validateRetryPolicy, type RetryPolicy } from './retry-policy';
import { deadLetterHeaders } from './dead-letter';
import { UnknownWriterSchemaError } from '../bus.errors';

/** Thrown inside a batch when the consumer stops while a handler still fails: the event is left for redelivery. */
class ConsumerStopping extends Error {}

/** A partition stopped at an event of a schema this consumer does not know. */
class WaitingForSchema extends Error {
  constructor(
    readonly error: UnknownWriterSchemaError,
    readonly offset: string,
  ) {
    super(error.message);
  }
}

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

/**
 * One call for many events of a partition, in order: for work that is cheaper in bulk (one database
 * transaction for a thousand rows). If a call fails for good, its events are handed over one at a
 * time, so only the event that really fails goes to the dead-letter topic.
 */
export interface BatchHandling<T extends EventType = EventType> {
  readonly types: readonly T[];
  /** Applies what it can and returns the events it refuses (they go to the dead-letter topic with their error). */
  readonly handle: (events: Array<ConsumedEvent<T>>) => Promise<RefusedEvent[] | void>;
  /** Most events per call; default 1,000. */
  readonly maxEvents?: number;
}

/** An event a batch handler will not apply, with the reason (its error code ends up in the dead letter). */
export interface RefusedEvent {
  readonly eventId: string;
  readonly error: unknown;
}

export interface EventConsumerOptions {
  readonly groupId: string;
  /** One handler per event type... */
  readonly handlers?: EventHandlers;
  /** ...or one batch handler for some event types. Exactly one of the two. */
  readonly batch?: BatchHandling;
  readonly retry?: RetryPolicy;
  /** Partitions processed at once; each partition stays strictly ordered. */
  readonly partitionsConsumedConcurrently?: number;
  /** Where a group with no committed offset starts. Services start from the beginning: topics are the record. */
  readonly fromBeginning?: boolean;
  /** How long the group waits for a silent member before giving its partitions to others (broker minimum 6 s). */
  readonly sessionTimeoutMs?: number;
  /** How long a partition waits at an event of an unknown (newer) schema before it is tried again; default 30 s. */
  readonly schemaWaitMs?: number;
}

/**
 * Consumes the topics that carry the handled event types. Offsets are committed only after the
 * handler succeeded; retriable failures are retried with bounded backoff; anything else, or an
 * exhausted retry, or an undecodable message, goes to `<topic>.dlq` and the partition moves on. An
 * event of a schema this consumer does not know (a newer producer) is no dead letter: its partition
 * pauses there and tries again every schemaWaitMs, until the consumer is upgraded; the others go on.
 */
export class EventConsumer {
  private consumer: Consumer | null = null;
  private readonly resumes = new Set<NodeJS.Timeout>();
  private readonly retry: RetryPolicy;
  private stopped = false;
  private readonly types: ReadonlySet<EventType>;

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    private readonly namespace: TopicNamespace,
    private readonly deadLetters: EventPublisher,
    private readonly options: EventConsumerOptions,
    private readonly log: BusLogger,
  ) {
    if (Boolean(options.handlers) === Boolean(options.batch)) {
      throw new Error(`consumer group ${options.groupId} needs either handlers or batch, not both or neither`);
    }
    this.retry = validateRetryPolicy(options.retry ?? DEFAULT_RETRY_POLICY);
    this.types = new Set(options.batch ? options.batch.types : (Object.keys(options.handlers ?? {}) as EventType[]));
  }

  topics(): string[] {
    return [...new Set([...this.types].map((type) => this.namespace.topic(topicOf(type))))].sort();
  }

  async start(): Promise<void> {
    if (this.consumer) return;
    const topics = this.topics();
    if (topics.length === 0) throw new Error(`consumer group ${this.options.groupId} has no handlers`);
    this.stopped = false;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 250,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      retry: restartUnlessStopped(() => this.stopped),
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
    this.stopped = true;
    const consumer = this.consumer;
    this.consumer = null;
    for (const timer of this.resumes) clearTimeout(timer);
    this.resumes.clear();
    await consumer?.disconnect();
  }

  private async consumeBatch(
    consumer: Consumer,
    { batch, resolveOffset, heartbeat, isRunning, isStale, pause }: EachBatchPayload,
  ): Promise<void> {
    const progress: Progress = { next: null, heartbeat, stopping: () => !isRunning() || isStale() };
    const done = (message: KafkaMessage) => {
      resolveOffset(message.offset);
      progress.next = (BigInt(message.offset) + 1n).toString();
    };
    try {
      if (this.options.batch)
        await this.consumeInChunks(this.options.batch, batch.topic, batch.partition, batch.messages, progress, done);
      else
        await this.consumeOneByOne(
          this.options.handlers ?? {},
          batch.topic,
          batch.partition,
          batch.messages,
          progress,
          done,
        );
    } catch (error) {
      if (error instanceof WaitingForSchema) return this.waitForUpgrade(batch.topic, batch.partition, error, pause);
      if (!(error instanceof ConsumerStopping)) throw error;
      this.log(
        'info',
        `consumer ${this.options.groupId} stopping; ${batch.topic}[${batch.partition}] resumes at ${progress.next ?? 'its last commit'}`,
      );
    } finally {
      // Commit what succeeded, even when a later message threw (it is then redelivered, not skipped).
      if (progress.next !== null)
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: progress.next }]);
    }
  }

  private async consumeOneByOne(
    handlers: EventHandlers,
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    progress: Progress,
    done: (m: KafkaMessage) => void,
  ): Promise<void> {
    for (const message of messages) {
      if (progress.stopping()) return;
      const event = await this.decodeOrDeadLetter(topic, partition, message);
      const handler = event && (handlers[event.type] as EventHandler | undefined);
      if (event && handler) await this.deliver([{ event, message }], (items) => handler(items[0]), progress);
      done(message);
    }
  }

  private async consumeInChunks(
    batch: BatchHandling,
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    progress: Progress,
    done: (m: KafkaMessage) => void,
  ): Promise<void> {
    const maxEvents = batch.maxEvents ?? 1_000;
    let pending: Delivery[] = [];
    let lastSeen: KafkaMessage | null = null;
    const flush = async () => {
      if (pending.length > 0) await this.deliver(pending, (events) => batch.handle(events), progress);
      pending = [];
      if (lastSeen) done(lastSeen);
    };
    for (const message of messages) {
      if (progress.stopping()) break;
      const event = await this.decodeOrDeadLetter(topic, partition, message).catch(async (error: unknown) => {
        if (error instanceof WaitingForSchema) await flush(); // what came before it is handled and committed
        throw error;
      });
      if (event && this.types.has(event.type)) pending.push({ event, message });
      lastSeen = message;
      if (pending.length >= maxEvents) await flush();
    }
    if (!progress.stopping()) await flush();
  }

  private async decodeOrDeadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): Promise<DecodedMessage | null> {
    try {
      const decoded = this.codec.decode(message.value);
      const metadata = fromHeaders(message.headers, decoded.type);
      return {
        type: decoded.type,
        payload: decoded.payload,
        metadata,
        writerVersion: decoded.writerVersion,
        topic,
        partition,
        offset: message.offset,
      };
    } catch (error) {
      if (error instanceof UnknownWriterSchemaError) throw new WaitingForSchema(error, message.offset);
      await this.deadLetter(topic, partition, message, error, 0);
      return null;
    }
  }

  /** Pauses the partition at the event (nothing after it is handled, nothing is committed past it) and resumes it later. */
  private waitForUpgrade(topic: string, partition: number, waiting: WaitingForSchema, pause: () => () => void): void {
    const resume = pause();
    const waitMs = this.options.schemaWaitMs ?? 30_000;
    this.log(
      'error',
      `${topic}[${partition}]@${waiting.offset}: ${waiting.error.message}; trying again in ${waitMs} ms`,
      {
        groupId: this.options.groupId,
        fingerprint: waiting.error.fingerprint,
      },
    );
    busMetrics().waitingForSchema.add(1, { topic, group: this.options.groupId });
    const timer = setTimeout(() => {
      this.resumes.delete(timer);
      resume();
    }, waitMs);
    this.resumes.add(timer);
  }

  /** Hands events to the handler with retries; a call that fails for good is split into single events, and a single one is dead-lettered. */
  private async deliver(
    items: Delivery[],
    handle: (events: ConsumedEvent[]) => Promise<RefusedEvent[] | void>,
    progress: Progress,
  ): Promise<void> {
    const first = items[0].event;
    const started = performance.now();
    let refused: RefusedEvent[] = [];
    const failure = await this.withRetries(
      `${first.type} ${first.metadata.eventId}${items.length > 1 ? ` (+${items.length - 1})` : ''}`,
      progress,
      (attempt) =>
        inConsumerSpan(
          items.length > 1 ? `${first.topic} process batch` : `${first.type} process`,
          first.metadata.traceparent,
          {
            'messaging.system': 'kafka',
            'messaging.destination.name': first.topic,
            'messaging.consumer.group.name': this.options.groupId,
            'messaging.batch.message_count': items.length,
            'messaging.message.id': first.metadata.eventId,
          },
          async () => {
            refused = (await handle(items.map(({ event }) => ({ ...event, attempt })))) ?? [];
          },
        ),
    );
    if (failure && items.length > 1) {
      for (const item of items) await this.deliver([item], handle, progress);
      return;
    }
    if (failure) await this.deadLetter(first.topic, first.partition, items[0].message, failure.error, failure.attempts);
    for (const { eventId, error } of refused) {
      const item = items.find((i) => i.event.metadata.eventId === eventId);
      if (item) await this.deadLetter(item.event.topic, item.event.partition, item.message, error, 1);
    }
    const deadLettered = failure ? items.length : refused.length;
    const metric = (outcome: string) => ({ topic: first.topic, group: this.options.groupId, outcome });
    if (items.length > deadLettered) busMetrics().handled.add(items.length - deadLettered, metric('handled'));
    if (deadLettered > 0) busMetrics().handled.add(deadLettered, metric('dead_lettered'));
    busMetrics().handlerDuration.record(
      (performance.now() - started) / 1000,
      metric(failure ? 'dead_lettered' : 'handled'),
    );
  }

  /** Runs work until it succeeds (null) or fails for good ({ error, attempts }). */
  private async withRetries(
    label: string,
    progress: Progress,
    work: (attempt: number) => Promise<void>,
  ): Promise<{ error: unknown; attempts: number } | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        await work(attempt);
        return null;
      } catch (error) {
        // A failure while shutting down (a closed pool, say) is not the event's fault: leave it for redelivery.
        if (isRetriable(error) && progress.stopping()) throw new ConsumerStopping();
        if (!isRetriable(error) || attempt >= this.retry.maxAttempts) return { error, attempts: attempt };
        const wait = backoffMs(this.retry, attempt);
        this.log('warn', `${label} failed (attempt ${attempt}/${this.retry.maxAttempts}), retrying in ${wait} ms`, {
          error: (error as Error).message,
        });
        await this.pause(wait, progress.heartbeat);
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

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const dlq = this.namespace.deadLetterOf(topic);
    this.log(
      'error',
      `dead-lettering ${topic}[${partition}]@${message.offset} to ${dlq}: ${(error as Error).message ?? error}`,
      {
        groupId: this.options.groupId,
        attempts,
      },
    );
    busMetrics().deadLettered.add(1, { topic, group: this.options.groupId, code: errorCodeOf(error) });
    await this.deadLetters.sendRaw(dlq, {
      key: message.key,
      value: message.value,
      headers: deadLetterHeaders({ topic, partition, message, groupId: this.options.groupId, error, attempts }),
    });
  }
}

type DecodedMessage = Omit<ConsumedEvent, 'attempt'>;

interface Delivery {
  readonly event: DecodedMessage;
  readonly message: KafkaMessage;
}

interface Progress {
  next: string | null;
  readonly heartbeat: () => Promise<void>;
  readonly stopping: () => boolean;
}
