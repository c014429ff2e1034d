import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { lastValueFrom, isObservable } from 'rxjs';
import { type EventType } from '@loopgate/contracts';
import { BusConfigurationError } from '../bus.errors';
import { type EventBus } from '../event-bus';
import { type EventConsumer, type EventHandlers, type ConsumedEvent } from '../consume/event-consumer';
import { type RetryPolicy } from '../consume/retry-policy';
import { EventContext } from './event-context';

export interface KafkaEventTransportOptions {
  /** Consumer group: one per service, so each service sees every event once. */
  readonly groupId: string;
  readonly retry?: RetryPolicy;
  readonly partitionsConsumedConcurrently?: number;
}

/**
 * NestJS transport over libs/bus: `@EventPattern('SnapshotSealed')` subscribes a handler to an event
 * type. Events only; Kafka carries no request-reply here.
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  private consumer: EventConsumer | null = null;

  constructor(private readonly bus: EventBus, private readonly options: KafkaEventTransportOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const handlers = this.handlers();
      if (Object.keys(handlers).length === 0) return callback(); // a service that only publishes
      const consumer = this.bus.consumer({ ...this.options, handlers });
      await consumer.start();
      this.consumer = consumer;
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.stop();
  }

  on(): never {
    throw new BusConfigurationError('KafkaEventTransport has no transport events to listen to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private handlers(): EventHandlers {
    const handlers: Record<string, (event: ConsumedEvent) => Promise<void>> = {};
    for (const [pattern, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) {
        throw new BusConfigurationError(`@MessagePattern('${pattern}') is not supported: services talk through events only (@EventPattern)`);
      }
      if (!this.bus.codec.has(pattern)) {
        throw new BusConfigurationError(`@EventPattern('${pattern}') names no event type of the contracts`);
      }
      handlers[pattern as EventType] = async (event) => {
        const result = await handler(event.payload, new EventContext(event));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      };
    }
    return handlers as EventHandlers;
  }
}
