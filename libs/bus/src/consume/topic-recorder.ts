import { type Consumer, type Kafka, type IHeaders } from 'kafkajs';
import { restartUnlessStopped } from '../kafka/kafka-client';
import { randomUUID } from 'node:crypto';

export interface RecordedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** Kafka's timestamp, epoch milliseconds. */
  readonly timestamp: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
}

/**
 * Reads raw messages of some topics from the beginning into memory, with its own throwaway group.
 * For operators' tools and tests that look at what is on a topic, dead-letter topics included.
 */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private consumer: Consumer | null = null;
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const consumer = this.kafka.consumer({
      groupId: `recorder-${randomUUID()}`,
      maxWaitTimeInMs: 100,
      retry: restartUnlessStopped(() => this.stopped),
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({
          topic,
          partition,
          offset: message.offset,
          timestamp: Number(message.timestamp),
          key: message.key,
          value: message.value,
          headers: stringHeaders(message.headers),
        });
      },
    });
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect();
  }
}

export function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = first.toString();
  }
  return result;
}
