import catalogJson from '../catalog/topics.json';
import type { EventPayloads, EventType } from './generated/events';

/** One topic of the catalog: its single owning service, key field and the events it carries. */
export interface TopicSpec {
  readonly topic: string;
  readonly owner: string;
  /** Other services that may write the topic (every service reports the requests it refused). */
  readonly producers?: readonly string[];
  /** Event field used as the Kafka key. */
  readonly key: string;
  readonly events: readonly EventType[];
  /** Services that read the topic; Kafka ACLs let exactly these read it (and write its dead letters). */
  readonly consumers: readonly string[];
  readonly partitions: number;
  /** -1 keeps events forever: these topics are the audit trail. */
  readonly retentionMs: number;
}

export interface DeadLetterSpec {
  readonly suffix: string;
  readonly partitions: number;
  readonly retentionMs: number;
}

export const TOPICS: readonly TopicSpec[] = catalogJson.topics as TopicSpec[];
export const DEAD_LETTER: DeadLetterSpec = catalogJson.deadLetter;

const topicByEvent = new Map<EventType, TopicSpec>(TOPICS.flatMap((t) => t.events.map((e) => [e, t] as const)));

export function topicSpecOf(eventType: EventType): TopicSpec {
  const spec = topicByEvent.get(eventType);
  if (!spec) throw new Error(`event type ${eventType} is in no topic of the catalog`);
  return spec;
}

export function topicOf(eventType: EventType): string {
  return topicSpecOf(eventType).topic;
}

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER.suffix}`;
}

/** The Kafka key of an event: the value of its topic's key field. */
export function keyOf<T extends EventType>(eventType: T, payload: EventPayloads[T]): string {
  const field = topicSpecOf(eventType).key;
  const value = (payload as unknown as Record<string, unknown>)[field];
  if (typeof value !== 'string' || value === '') {
    throw new Error(`${eventType}.${field} is the Kafka key of ${topicOf(eventType)} and must be a non-empty string`);
  }
  return value;
}
