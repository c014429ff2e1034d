import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus, type ConsumedEvent, type EventConsumer } from '@loopgate/bus';
import { LabelsService } from './labels.service';

/** LabelObserved in batches into the labels joined to records when their snapshot is sealed. */
@Injectable()
export class StoreWhenLabelsObservedConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: EventConsumer | null = null;

  constructor(private readonly bus: EventBus, private readonly labels: LabelsService) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = this.bus.consumer({
      groupId: `${this.bus.service}.labels`,
      batch: { types: ['LabelObserved'], handle: (events) => this.labels.store(events as Array<ConsumedEvent<'LabelObserved'>>) },
    });
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
