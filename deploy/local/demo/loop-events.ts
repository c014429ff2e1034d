import { EventCodec, type EventBus, HEADER, type RecordedMessage, type TopicRecorder } from '@loopgate/bus';
import { type EventPayloads, type EventType, TOPICS } from '@loopgate/contracts';

/** One event as the loop's timeline shows it: the envelope from the headers, the payload decoded on demand. */
export interface LoopEvent {
  readonly id: string;
  readonly type: EventType;
  readonly time: string;
  readonly source: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly topic: string;
  /** Where it is on its topic, for a replay by offsets. */
  readonly partition: number;
  readonly offset: string;
  payload<T extends EventType>(): EventPayloads[T];
}

/** Events that come by the thousand: the timeline counts them instead of listing them. */
export const BULK_EVENTS: ReadonlySet<string> = new Set(['RecordIngested', 'LabelObserved', 'PredictionServed']);

/**
 * Everything on the catalog's topics of one namespace since the loop started, read by a recorder of
 * its own: the audit trail the timeline, the report and the causation chain are built from.
 */
export class LoopEventLog {
  private readonly codec = new EventCodec();
  private readonly decoded = new Map<RecordedMessage, LoopEvent>();
  private recorder: TopicRecorder | null = null;
  /** The sorted events as of the recorder's last count: waits ask often, and the topics hold 100,000s. */
  private sorted: { count: number; events: LoopEvent[] } = { count: -1, events: [] };

  constructor(
    private readonly bus: EventBus,
    private readonly topicPrefix: string,
    private readonly since: number,
  ) {}

  async start(): Promise<void> {
    this.recorder = this.bus.recorder(TOPICS.map((t) => `${this.topicPrefix}${t.topic}`));
    await this.recorder.start();
  }

  async stop(): Promise<void> {
    await this.recorder?.stop();
  }

  /** This loop's events, oldest first (events of earlier runs in the same namespace left out). */
  events(): LoopEvent[] {
    const messages = this.recorder?.messages ?? [];
    if (this.sorted.count === messages.length) return this.sorted.events;
    const all = messages.map((m) => this.event(m)).filter((e) => Date.parse(e.time) >= this.since);
    this.sorted = {
      count: messages.length,
      events: all.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0)),
    };
    return this.sorted.events;
  }

  ofType<T extends EventType>(
    type: T,
    where: (payload: EventPayloads[T]) => boolean = () => true,
  ): Array<LoopEvent & { data: EventPayloads[T] }> {
    return this.events()
      .filter((e) => e.type === type)
      .map((e) => ({ ...e, data: e.payload<T>() }))
      .filter((e) => where(e.data));
  }

  async waitFor<T extends EventType>(
    what: string,
    type: T,
    where: (payload: EventPayloads[T]) => boolean,
    timeoutMs = 300_000,
  ): Promise<LoopEvent & { data: EventPayloads[T] }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.ofType(type, where)[0];
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The event and its causes, back to the first event that names none: cause first. */
  chainTo(eventId: string): LoopEvent[] {
    const byId = new Map(this.events().map((e) => [e.id, e]));
    const chain: LoopEvent[] = [];
    for (
      let current = byId.get(eventId);
      current;
      current = current.causationId ? byId.get(current.causationId) : undefined
    ) {
      chain.unshift(current);
      if (current.causationId && !byId.has(current.causationId))
        throw new Error(
          `the chain breaks at ${current.type} ${current.id}: its cause ${current.causationId} is on no topic`,
        );
    }
    return chain;
  }

  private event(message: RecordedMessage): LoopEvent {
    const known = this.decoded.get(message);
    if (known) return known;
    const codec = this.codec;
    let payload: unknown;
    const event: LoopEvent = {
      id: message.headers[HEADER.id],
      type: message.headers[HEADER.type] as EventType,
      time: message.headers[HEADER.time],
      source: message.headers[HEADER.source],
      correlationId: message.headers[HEADER.correlationId],
      causationId: message.headers[HEADER.causationId] ?? null,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      payload: <T extends EventType>() => (payload ??= codec.decode(message.value!).payload) as EventPayloads[T],
    };
    this.decoded.set(message, event);
    return event;
  }
}
