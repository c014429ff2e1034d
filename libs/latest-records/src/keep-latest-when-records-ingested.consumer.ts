import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { LatestRecordsService } from './latest-records.service';

/** RecordIngested in batches into the latest records; a group of its own, on the busiest topic of the platform. */
@Controller()
export class KeepLatestWhenRecordsIngestedConsumer {
  constructor(private readonly records: LatestRecordsService) {}

  @EventPattern('RecordIngested', {
    group: 'online',
    batch: { maxEvents: 2_000 },
    partitionsConsumedConcurrently: 3,
  } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'RecordIngested'>>): Promise<void> {
    await this.records.keepLatest(events);
  }
}
