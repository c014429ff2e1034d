import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { DriftWatchService } from './drift-watch.service';

/** PredictionServed in batches into the drift windows; a group of its own, the busiest topic monitoring reads. */
@Controller()
export class WatchDriftWhenPredictionsServedConsumer {
  constructor(private readonly drift: DriftWatchService) {}

  @EventPattern('PredictionServed', { group: 'predictions', batch: { maxEvents: 5_000 } } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    await this.drift.observe(events);
  }
}
