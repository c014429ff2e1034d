import { type KeyObject } from 'node:crypto';
import { ACCESS_EVENTS, AccessState, type AccessEvent } from '@loopgate/auth';
import { type EventBus, EventCodec } from '@loopgate/bus';
import { topicOf, type AuditCheckpointed, type EventType } from '@loopgate/contracts';

/** The checkpoints to hold the log against, and how many others the topic holds. */
export interface SignedCheckpoints {
  readonly checkpoints: ReadonlyArray<{ sequence: number; headHash: string }>;
  /** Checkpoints on the topic that governance did not sign (anyone who may write it can put one there): not used. */
  readonly unverified: number;
}

const codec = new EventCodec();

/** Every event of some types on a topic (actual name) up to its end now, in order; a clear error when the topic is missing. */
async function eventsOnTopic(bus: EventBus, topic: string, types: readonly EventType[]) {
  if (!(await bus.admin.topicsWithPrefix(topic)).includes(topic))
    throw new Error(`no topic ${topic} on the brokers: is TOPIC_PREFIX governance's?`);
  const messages = await bus.readRange({ topic });
  return messages
    .sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)))
    .map((m) => codec.decode(m.value!))
    .filter((e) => types.includes(e.type));
}

/**
 * The checkpoints on governance.decisions, the copy of the chain's head outside the database: only those
 * signed by a certified signing key of the time count, so neither a rewritten database (its own copy
 * rewritten too) nor a checkpoint forged on the topic passes for governance's.
 */
export async function signedCheckpoints(bus: EventBus, state: AccessState): Promise<SignedCheckpoints> {
  const events = await eventsOnTopic(bus, bus.namespace.topic(topicOf('AuditCheckpointed')), ['AuditCheckpointed']);
  const payloads = events.map((e) => e.payload as AuditCheckpointed);
  const taken = payloads.filter((c) => state.checkpointRefusal(c) === null);
  return {
    checkpoints: taken.map((c) => ({ sequence: c.sequence, headHash: c.headHash })),
    unverified: payloads.length - taken.length,
  };
}

/** What a service would know of the signing keys, read from governance.access to its end (for a process without a follower). */
export async function accessStateOnTopic(bus: EventBus, root: KeyObject | null): Promise<AccessState> {
  const state = new AccessState(root);
  for (const event of await eventsOnTopic(bus, bus.namespace.topic('governance.access'), ACCESS_EVENTS))
    state.apply(event as AccessEvent);
  return state;
}
