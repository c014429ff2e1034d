import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus, type ConsumedEvent, type EventConsumer } from '@loopgate/bus';
import { SnapshotService } from './snapshot.service';

/**
 * RecordIngested in batches (one transaction per batch) into the rows waiting for their snapshot. A
 * consumer group of its own, so this bulk path never waits behind the service's other handlers.
 */
@Injectable()
export class BufferWhenRecordsIngestedConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: EventConsumer | null = null;

  constructor(private readonly bus: EventBus, private readonly snapshots: SnapshotService) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = this.bus.consumer({
      groupId: `${this.bus.service}.records`,
      partitionsConsumedConcurrently: 3,
      batch: {
        types: ['RecordIngested'],
        maxEvents: 2_000,
        handle: (events) => this.snapshots.accept(events as Array<ConsumedEvent<'RecordIngested'>>),
      },
    });
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
