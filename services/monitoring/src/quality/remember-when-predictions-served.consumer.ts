import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { CanaryWatchService } from '../canary/canary-watch.service';
import { QualityWatchService } from './quality-watch.service';

/** PredictionServed kept for the outcomes to come, then the canaries among them compared with their primaries. */
@Controller()
export class RememberWhenPredictionsServedConsumer {
  constructor(
    private readonly quality: QualityWatchService,
    private readonly canaries: CanaryWatchService,
  ) {}

  @EventPattern('PredictionServed', { group: 'served', batch: { maxEvents: 5_000 } } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    await this.quality.rememberPredictions(events);
    await this.canaries.observe(events);
  }
}
