import { type Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { type TopicAdmin } from '../kafka/topic-admin';
import { type RecordedMessage, stringHeaders } from './topic-recorder';

/** A point of a topic: a time (epoch ms) or an offset per partition. */
export type TopicPosition = { readonly time: number } | { readonly offsets: Readonly<Record<number, string>> };

export interface TopicRange {
  /** Actual topic name. */
  readonly topic: string;
  /** Where to start (inclusive); the beginning when absent. */
  readonly from?: TopicPosition;
  /** Where to stop (exclusive); the end of the topic as it is now when absent. */
  readonly to?: TopicPosition;
}

/**
 * Reads a range of a topic into memory, raw (key, value, headers and timestamp as stored), ordered by
 * timestamp: what an operator replays. Uses a throwaway consumer group and commits nothing.
 */
export class TopicRangeReader {
  constructor(
    private readonly kafka: Kafka,
    private readonly admin: TopicAdmin,
    private readonly groupPrefix: string,
  ) {}

  async read(range: TopicRange, timeoutMs = 300_000): Promise<RecordedMessage[]> {
    const bounds = await this.bounds(range);
    const pending = new Set([...bounds].filter(([, b]) => b.start < b.end).map(([partition]) => partition));
    if (pending.size === 0) return [];
    const messages: RecordedMessage[] = [];
    const consumer = this.kafka.consumer({ groupId: `${this.groupPrefix}.${randomUUID()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: range.topic, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const bound = bounds.get(partition)!;
          const offset = BigInt(message.offset);
          if (offset < bound.start || offset >= bound.end) return;
          messages.push({
            topic: range.topic,
            partition,
            offset: message.offset,
            timestamp: Number(message.timestamp),
            key: message.key,
            value: message.value,
            headers: stringHeaders(message.headers),
          });
          if (offset === bound.end - 1n) pending.delete(partition);
        },
      });
      for (const partition of pending)
        consumer.seek({ topic: range.topic, partition, offset: String(bounds.get(partition)!.start) });
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        if (Date.now() > deadline)
          throw new Error(
            `read ${messages.length} messages of ${range.topic} in ${timeoutMs} ms; partitions ${[...pending].join(', ')} unfinished`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await consumer.disconnect();
    }
    return messages.sort(
      (a, b) => a.timestamp - b.timestamp || a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
    );
  }

  private async bounds(range: TopicRange): Promise<Map<number, { start: bigint; end: bigint }>> {
    const partitions = await this.admin.partitionOffsets(range.topic);
    const at = async (position: TopicPosition | undefined, fallback: (p: { low: string; high: string }) => string) => {
      if (position && 'time' in position)
        return new Map(
          (await this.admin.offsetsAtTime(range.topic, position.time)).map((p) => [p.partition, p.offset]),
        );
      return new Map(partitions.map((p) => [p.partition, position?.offsets[p.partition] ?? fallback(p)]));
    };
    const starts = await at(range.from, (p) => p.low);
    const ends = await at(range.to, (p) => p.high);
    return new Map(
      partitions.map((p) => {
        const low = BigInt(p.low);
        const high = BigInt(p.high);
        const clamp = (value: bigint) => (value < low ? low : value > high ? high : value);
        return [
          p.partition,
          {
            start: clamp(BigInt(starts.get(p.partition) ?? p.low)),
            end: clamp(BigInt(ends.get(p.partition) ?? p.high)),
          },
        ];
      }),
    );
  }
}
