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

/** The events on a topic (actual name) from offsets per partition to its end now, in order; a clear error when the topic is missing. */
async function eventsOnTopic(bus: EventBus, topic: string, from: Readonly<Record<number, string>> = {}) {
  if (!(await bus.admin.topicsWithPrefix(topic)).includes(topic))
    throw new Error(`no topic ${topic} on the brokers: is TOPIC_PREFIX governance's?`);
  const messages = await bus.readRange({ topic, from: { offsets: from } });
  return messages
    .sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)))
    .map((m) => ({ partition: m.partition, offset: m.offset, event: codec.decode(m.value!) }));
}

/**
 * The checkpoints on governance.decisions, the copy of the chain's head outside the database: only those
 * signed by a certified signing key of the time count, so neither a rewritten database (its own copy
 * rewritten too) nor a checkpoint forged on the topic passes for governance's. Each read takes the topic
 * from where the last one ended (a verification costs what was published since, not the whole topic);
 * which checkpoints count is decided again each time, with the keys as they are known then.
 */
export class CheckpointsOnTopic {
  private readonly read: AuditCheckpointed[] = [];
  /** Per partition, the offset after the last message read. */
  private readonly next: Record<number, string> = {};
  private reading: Promise<void> | null = null;

  constructor(private readonly bus: EventBus) {}

  async signed(state: AccessState): Promise<SignedCheckpoints> {
    // One read at a time: two verifications at once share it.
    this.reading ??= this.readOn().finally(() => (this.reading = null));
    await this.reading;
    const taken = this.read.filter((c) => state.checkpointRefusal(c) === null);
    return {
      checkpoints: taken.map((c) => ({ sequence: c.sequence, headHash: c.headHash })),
      unverified: this.read.length - taken.length,
    };
  }

  private async readOn(): Promise<void> {
    const topic = this.bus.namespace.topic(topicOf('AuditCheckpointed'));
    for (const { partition, offset, event } of await eventsOnTopic(this.bus, topic, this.next)) {
      if (event.type === 'AuditCheckpointed') this.read.push(event.payload as AuditCheckpointed);
      this.next[partition] = (BigInt(offset) + 1n).toString();
    }
  }
}

/** The checkpoints on the topic now, read once (a process of its own: the offline verification). */
export function signedCheckpoints(bus: EventBus, state: AccessState): Promise<SignedCheckpoints> {
  return new CheckpointsOnTopic(bus).signed(state);
}

/** What a service would know of the signing keys, read from governance.access to its end (for a process without a follower). */
export async function accessStateOnTopic(bus: EventBus, root: KeyObject | null): Promise<AccessState> {
  const state = new AccessState(root);
  for (const { event } of await eventsOnTopic(bus, bus.namespace.topic('governance.access')))
    if ((ACCESS_EVENTS as readonly EventType[]).includes(event.type)) state.apply(event as AccessEvent);
  return state;
}
