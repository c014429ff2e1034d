import { type KafkaMessage } from 'kafkajs';
import { errorCodeOf, errorMessageOf } from '@loopgate/errors';

/** Headers a dead letter carries beside the original ones, so an operator can see where and why it failed. */
export const DLQ_HEADER = {
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  consumerGroup: 'dlq_consumer_group',
  errorCode: 'dlq_error_code',
  errorMessage: 'dlq_error_message',
  attempts: 'dlq_attempts',
  failedAt: 'dlq_failed_at',
} as const;

export interface DeadLetterCause {
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
  readonly groupId: string;
  readonly error: unknown;
  readonly attempts: number;
}

export function deadLetterHeaders(cause: DeadLetterCause, now: Date = new Date()): Record<string, string | Buffer> {
  const original: Record<string, string | Buffer> = {};
  for (const [name, value] of Object.entries(cause.message.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) original[name] = first;
  }
  return {
    ...original,
    [DLQ_HEADER.originalTopic]: cause.topic,
    [DLQ_HEADER.originalPartition]: String(cause.partition),
    [DLQ_HEADER.originalOffset]: cause.message.offset,
    [DLQ_HEADER.consumerGroup]: cause.groupId,
    [DLQ_HEADER.errorCode]: errorCodeOf(cause.error),
    // Kafka headers are small; a runaway message must not make the dead letter itself too big.
    [DLQ_HEADER.errorMessage]: errorMessageOf(cause.error).slice(0, 2000),
    [DLQ_HEADER.attempts]: String(cause.attempts),
    [DLQ_HEADER.failedAt]: now.toISOString(),
  };
}
