import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { SloWatchService } from './slo-watch.service';

@Controller()
export class MeasureSloWhenPredictionsServedConsumer {
  constructor(private readonly slo: SloWatchService) {}

  @EventPattern('PredictionServed', { group: 'slo', batch: { maxEvents: 5_000 } } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'PredictionServed'>>): Promise<void> {
    await this.slo.observe(events);
  }
}
