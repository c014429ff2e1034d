import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { lastValueFrom, isObservable } from 'rxjs';
import { type EventType } from '@loopgate/contracts';
import { BusConfigurationError } from '../bus.errors';
import { type EventBus } from '../event-bus';
import {
  type EventConsumer,
  type EventConsumerOptions,
  type ConsumedEvent,
  type RefusedEvent,
} from '../consume/event-consumer';
import { type RetryPolicy } from '../consume/retry-policy';
import { EventContext } from './event-context';

export interface KafkaEventTransportOptions {
  /** Consumer group: one per service, so each service sees every event once. */
  readonly groupId: string;
  readonly retry?: RetryPolicy;
  readonly partitionsConsumedConcurrently?: number;
}

/**
 * The second argument of `@EventPattern(type, extras)`:
 * - `group`: consume in a group of its own (`<service>.<group>`), so this handler never waits behind
 *   the others (a bulk path, or a handler others depend on);
 * - `batch`: the handler gets every event of a Kafka batch at once (`ConsumedEvent[]`) and may
 *   return the ones it refuses (`RefusedEvent[]`); a group is all batch handlers or none.
 */
export interface EventPatternExtras {
  readonly group?: string;
  readonly batch?: { readonly maxEvents?: number };
  readonly partitionsConsumedConcurrently?: number;
}

interface GroupPlan {
  readonly batch: boolean;
  readonly maxEvents?: number;
  readonly partitionsConsumedConcurrently?: number;
  readonly handlers: Map<EventType, MessageHandler>;
}

/**
 * NestJS transport over libs/bus: `@EventPattern('SnapshotSealed')` subscribes a handler to an event
 * type. Events only; Kafka carries no request-reply here.
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  private consumers: EventConsumer[] = [];

  constructor(
    private readonly bus: EventBus,
    private readonly options: KafkaEventTransportOptions,
  ) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      for (const [groupId, plan] of this.plan()) {
        const consumer = this.bus.consumer(this.consumerOptions(groupId, plan));
        await consumer.start();
        this.consumers.push(consumer);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    const consumers = this.consumers;
    this.consumers = [];
    for (const consumer of consumers) await consumer.stop();
  }

  on(): never {
    throw new BusConfigurationError('KafkaEventTransport has no transport events to listen to');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  private plan(): Map<string, GroupPlan> {
    const groups = new Map<string, GroupPlan>();
    for (const [pattern, handler] of this.handlersOneByOne()) {
      if (!handler.isEventHandler) {
        throw new BusConfigurationError(
          `@MessagePattern('${pattern}') is not supported: services talk through events only (@EventPattern)`,
        );
      }
      if (!this.bus.codec.has(pattern)) {
        throw new BusConfigurationError(`@EventPattern('${pattern}') names no event type of the contracts`);
      }
      const extras = (handler.extras ?? {}) as EventPatternExtras;
      const groupId = extras.group ? `${this.options.groupId}.${extras.group}` : this.options.groupId;
      const plan = groups.get(groupId) ?? {
        batch: Boolean(extras.batch),
        maxEvents: extras.batch?.maxEvents,
        partitionsConsumedConcurrently: extras.partitionsConsumedConcurrently,
        handlers: new Map(),
      };
      if (plan.batch !== Boolean(extras.batch)) {
        throw new BusConfigurationError(
          `consumer group ${groupId} mixes batch and single-event handlers; give the batch ones a group of their own`,
        );
      }
      if (plan.handlers.has(pattern as EventType)) {
        throw new BusConfigurationError(
          `consumer group ${groupId} has two handlers of ${pattern}; give one of them a group of its own`,
        );
      }
      plan.handlers.set(pattern as EventType, handler);
      groups.set(groupId, plan);
    }
    return groups;
  }

  /**
   * Nest chains every @EventPattern of one event type behind the first (calling one calls them all).
   * Each may belong to another consumer group here, so the chain is taken apart: every handler is
   * called alone, by its own group's consumer.
   */
  private handlersOneByOne(): Array<[string, MessageHandler]> {
    const handlers: Array<[string, MessageHandler]> = [];
    for (const [pattern, head] of this.getHandlers()) {
      let handler: MessageHandler | undefined = head;
      while (handler) {
        const next: MessageHandler | undefined = handler.next;
        handler.next = undefined;
        handlers.push([pattern, handler]);
        handler = next;
      }
    }
    return handlers;
  }

  private consumerOptions(groupId: string, plan: GroupPlan): EventConsumerOptions {
    const common = {
      groupId,
      retry: this.options.retry,
      partitionsConsumedConcurrently:
        plan.partitionsConsumedConcurrently ?? this.options.partitionsConsumedConcurrently,
    };
    if (!plan.batch) {
      const handlers = Object.fromEntries(
        [...plan.handlers].map(([type, handler]) => [
          type,
          (event: ConsumedEvent) => settle(handler(event.payload, new EventContext(event))),
        ]),
      );
      return { ...common, handlers };
    }
    return {
      ...common,
      batch: {
        types: [...plan.handlers.keys()],
        maxEvents: plan.maxEvents,
        handle: async (events) => {
          const refused: RefusedEvent[] = [];
          for (const [type, handler] of plan.handlers) {
            const ofType = events.filter((e) => e.type === type);
            if (ofType.length > 0)
              refused.push(
                ...(((await settle(handler(ofType, new EventContext(ofType[0])))) as RefusedEvent[] | undefined) ?? []),
              );
          }
          return refused;
        },
      },
    };
  }
}

/** Nest handlers may return a value, a promise or an observable. */
async function settle(result: unknown): Promise<unknown> {
  const awaited = await result;
  return isObservable(awaited) ? lastValueFrom(awaited, { defaultValue: undefined }) : awaited;
}
