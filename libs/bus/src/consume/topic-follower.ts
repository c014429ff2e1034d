import { type Consumer, type Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { type EventType } from '@loopgate/contracts';
import { type DecodedEvent, type EventCodec } from '../avro/event-codec';
import { type BusLogger, restartUnlessStopped } from '../kafka/kafka-client';
import { type TopicAdmin } from '../kafka/topic-admin';
import { UnknownWriterSchemaError } from '../bus.errors';

export type FollowedEventHandler = (event: DecodedEvent) => void;

export interface TopicFollowerOptions {
  /** Actual topic name (namespace applied). */
  readonly topic: string;
  /** Group id prefix the service may use; a random suffix makes the group this process's alone. */
  readonly groupPrefix: string;
  readonly events: readonly EventType[];
  readonly onEvent: FollowedEventHandler;
}

/**
 * Every process reads a whole small topic from its beginning and keeps following it: state that each
 * instance needs entirely (keys, revocations, object access), never split across a group. Commits
 * nothing: the next start reads from the beginning again. An undecodable or unknown message is logged
 * and skipped (the topic's owner dead-letters nothing here; it is the only writer); one of a newer schema
 * than this process knows stops the follower's readiness: its state would miss that event.
 */
export class TopicFollower {
  private consumer: Consumer | null = null;
  private readonly positions = new Map<number, bigint>();
  /** Set when the consumer crashed for good: the state stops moving, and the service must say so. */
  private failure: Error | null = null;
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    private readonly admin: TopicAdmin,
    private readonly options: TopicFollowerOptions,
    private readonly log: BusLogger,
  ) {}

  /** Starts following and returns once everything on the topic at start has been applied. */
  async start(timeoutMs = 30_000): Promise<void> {
    this.stopped = false;
    const consumer = this.kafka.consumer({
      groupId: `${this.options.groupPrefix}.${randomUUID()}`,
      maxWaitTimeInMs: 200,
      retry: restartUnlessStopped(() => this.stopped),
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) return;
      this.failure = payload.error;
      this.log('error', 'follower stopped for good', { topic: this.options.topic, error: payload.error.message });
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        this.apply(message.value, partition, message.offset);
        this.positions.set(partition, BigInt(message.offset) + 1n);
      },
    });
    this.consumer = consumer;
    await this.caughtUp(timeoutMs);
  }

  /** Resolves once every event on the topic right now has been applied (read-your-writes after another service published). */
  async caughtUp(timeoutMs = 5_000): Promise<void> {
    const ends = await this.admin.endOffsets(this.options.topic);
    const deadline = Date.now() + timeoutMs;
    while (!ends.every(({ partition, offset }) => (this.positions.get(partition) ?? 0n) >= BigInt(offset))) {
      if (Date.now() > deadline) throw new Error(`${this.options.topic} not caught up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Throws when the follower stopped following (for readiness checks). */
  assertFollowing(): void {
    if (this.failure) throw new Error(`no longer following ${this.options.topic}: ${this.failure.message}`);
    if (!this.consumer) throw new Error(`not following ${this.options.topic}`);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect();
  }

  private apply(value: Buffer | null, partition: number, offset: string): void {
    try {
      const event = this.codec.decode(value);
      if (this.options.events.includes(event.type)) this.options.onEvent(event);
    } catch (error) {
      if (error instanceof UnknownWriterSchemaError) this.failure = error;
      this.log('error', 'followed event skipped', {
        topic: this.options.topic,
        partition,
        offset,
        error: (error as Error).message,
      });
    }
  }
}
