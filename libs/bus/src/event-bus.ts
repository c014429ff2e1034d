import { type Kafka } from 'kafkajs';
import { EVENT_SCHEMAS, type EventType, type SchemaVersion } from '@loopgate/contracts';
import { EventCodec } from './avro/event-codec';
import { createKafka, type BusLogger, type KafkaCredentials } from './kafka/kafka-client';
import { TopicNamespace } from './kafka/topic-namespace';
import { TopicAdmin, topicPlan } from './kafka/topic-admin';
import { EventPublisher, type OutgoingEvent } from './publish/event-publisher';
import { EventConsumer, type EventConsumerOptions } from './consume/event-consumer';
import { type EventMetadata } from './metadata/event-metadata';
import { TopicRecorder } from './consume/topic-recorder';
import { TopicFollower, type FollowedEventHandler } from './consume/topic-follower';
import { TopicRangeReader, type TopicRange } from './consume/topic-range-reader';
import { type RecordedMessage } from './consume/topic-recorder';

export interface EventBusOptions {
  readonly brokers: string[];
  /** Service name: the Kafka client id and, with the version, the source of every event. */
  readonly service: string;
  readonly serviceVersion: string;
  /** Isolates a replay or a test from the real topics. */
  readonly topicPrefix?: string;
  readonly logger?: BusLogger;
  /** Default session timeout of this bus's consumers (a consumer's own option wins). */
  readonly sessionTimeoutMs?: number;
  /** The service's own principal on a broker with SASL/SCRAM and ACLs. */
  readonly sasl?: KafkaCredentials;
  /** The event schemas it reads and writes: the contracts' (a test plays an older or newer service with others). */
  readonly schemas?: Readonly<Record<EventType, readonly SchemaVersion[]>>;
}

const quiet: BusLogger = (level, message, fields) => {
  if (level === 'error' || level === 'warn') console.error(JSON.stringify({ level, message, ...fields }));
};

/** The one entry point to Kafka for a service: publisher, consumers and admin share a client and a codec. */
export class EventBus {
  readonly codec: EventCodec;
  readonly namespace: TopicNamespace;
  readonly publisher: EventPublisher;
  readonly admin: TopicAdmin;
  private readonly kafka: Kafka;
  private readonly log: BusLogger;
  private readonly consumers = new Set<EventConsumer>();

  constructor(private readonly options: EventBusOptions) {
    this.log = options.logger ?? quiet;
    this.codec = new EventCodec(options.schemas ?? EVENT_SCHEMAS);
    this.namespace = new TopicNamespace(options.topicPrefix ?? '');
    this.kafka = createKafka({ brokers: options.brokers, clientId: options.service, sasl: options.sasl }, this.log);
    this.publisher = new EventPublisher(this.kafka, this.codec, this.namespace, {
      source: `${options.service}@${options.serviceVersion}`,
    });
    this.admin = new TopicAdmin(this.kafka, this.log);
  }

  get service(): string {
    return this.options.service;
  }

  async connect(): Promise<void> {
    await this.publisher.connect();
  }

  publish(events: readonly OutgoingEvent[]): Promise<EventMetadata[]> {
    return this.publisher.publish(events);
  }

  /** A consumer that dead-letters through this bus's producer and is stopped with the bus. */
  consumer(options: EventConsumerOptions): EventConsumer {
    const consumer = new EventConsumer(
      this.kafka,
      this.codec,
      this.namespace,
      this.publisher,
      { sessionTimeoutMs: this.options.sessionTimeoutMs, ...options },
      this.log,
    );
    this.consumers.add(consumer);
    return consumer;
  }

  /** Creates every catalog topic and dead-letter topic of this bus's namespace that is missing. */
  ensureTopics(): Promise<string[]> {
    return this.admin.ensureTopics(topicPlan(this.namespace));
  }

  /**
   * This process's own reader of a whole catalog topic, from its beginning and on (see TopicFollower).
   * The group is named after the service, so a broker with ACLs lets it.
   */
  follower(topic: string, events: readonly EventType[], onEvent: FollowedEventHandler): TopicFollower {
    return new TopicFollower(
      this.kafka,
      this.codec,
      this.admin,
      {
        topic: this.namespace.topic(topic),
        groupPrefix: this.namespace.topic(`${this.options.service}.follow`),
        events,
        onEvent,
      },
      this.log,
    );
  }

  /** A range of a topic (actual name), raw and ordered by timestamp: for replaying it elsewhere. */
  readRange(range: TopicRange): Promise<RecordedMessage[]> {
    return new TopicRangeReader(this.kafka, this.admin, `${this.options.service}.range`).read(range);
  }

  /** Raw reader of topics (actual names, dead-letter topics included), for tools and tests. */
  recorder(topics: string[]): TopicRecorder {
    return new TopicRecorder(this.kafka, topics);
  }

  async disconnect(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    this.consumers.clear();
    await this.publisher.disconnect();
  }
}
