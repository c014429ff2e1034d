import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { OnlineStoreService } from './online-store.service';

/** RecordIngested in batches into the online store; a group of its own, the busiest topic of the platform. */
@Controller()
export class KeepLatestWhenRecordsIngestedConsumer {
  constructor(private readonly online: OnlineStoreService) {}

  @EventPattern('RecordIngested', { group: 'online', batch: { maxEvents: 2_000 }, partitionsConsumedConcurrently: 3 } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'RecordIngested'>>): Promise<void> {
    await this.online.keepLatest(events);
  }
}
