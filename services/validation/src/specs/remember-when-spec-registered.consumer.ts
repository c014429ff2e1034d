import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus, type EventConsumer } from '@loopgate/bus';
import { SpecsService } from './specs.service';

/**
 * DatasetSpecRegistered into the specs validation checks against. A consumer group of its own: while
 * the snapshot handler waits (retrying) for a spec that is not here yet, this one must go on to read it.
 */
@Injectable()
export class RememberWhenSpecRegisteredConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: EventConsumer | null = null;

  constructor(private readonly bus: EventBus, private readonly specs: SpecsService) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = this.bus.consumer({
      groupId: `${this.bus.service}.specs`,
      handlers: { DatasetSpecRegistered: (event) => this.specs.remember(event.payload) },
    });
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
