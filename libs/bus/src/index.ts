export * from './bus.errors';
export { EventCodec, canonicalFormOf, fingerprintOf } from './avro/event-codec';
export type { DecodedEvent } from './avro/event-codec';
export { compatibilityProblems, type CompatibilityProblem } from './avro/schema-compatibility';
export { crc64Avro } from './avro/crc64-avro';
export * from './metadata/event-metadata';
export { TopicNamespace } from './kafka/topic-namespace';
export { TopicAdmin, topicPlan, type TopicPlan } from './kafka/topic-admin';
export { aclPlan, catalogPrincipals, type AclGrant, type AclOperation } from './kafka/topic-acls';
export type { BusLogger, KafkaCredentials } from './kafka/kafka-client';
export { EventPublisher, type OutgoingEvent, type PreparedMessage } from './publish/event-publisher';
export {
  EventConsumer,
  type ConsumedEvent,
  type EventHandler,
  type EventHandlers,
  type EventConsumerOptions,
  type BatchHandling,
  type RefusedEvent,
} from './consume/event-consumer';
export { DEFAULT_RETRY_POLICY, WAIT_FOR_UPSTREAM_RETRY, type RetryPolicy } from './consume/retry-policy';
export { DLQ_HEADER } from './consume/dead-letter';
export { TopicRecorder, type RecordedMessage } from './consume/topic-recorder';
export { TopicFollower, type FollowedEventHandler } from './consume/topic-follower';
export { TopicRangeReader, type TopicRange, type TopicPosition } from './consume/topic-range-reader';
export { EventBus, type EventBusOptions } from './event-bus';
export { IdempotentHandler, type IdempotentOutcome } from './idempotency/idempotent-handler';
export { ProcessedEvent } from './idempotency/processed-event.entity';
export { Outbox } from './outbox/outbox';
export { unpublishedOutboxRows } from './outbox/outbox-backlog';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { BusTables1764320000000 } from './migrations/1764320000000-bus-tables';
export { BusRetention1765400000000 } from './migrations/1765400000000-bus-retention';
export { BusRetention, type BusRetentionOptions, type Pruned } from './retention/bus-retention';
export {
  KafkaEventTransport,
  type KafkaEventTransportOptions,
  type EventPatternExtras,
} from './nest/kafka-event.transport';
export { EventContext } from './nest/event-context';

import { ProcessedEvent } from './idempotency/processed-event.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { BusTables1764320000000 } from './migrations/1764320000000-bus-tables';
import { BusRetention1765400000000 } from './migrations/1765400000000-bus-retention';

/** Entities and migrations every service that consumes idempotently or uses the outbox adds to its data source. */
export const BUS_ENTITIES = [ProcessedEvent, OutboxMessage];
export const BUS_MIGRATIONS = [BusTables1764320000000, BusRetention1765400000000];
