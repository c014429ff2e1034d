import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { QualityWatchService } from './quality-watch.service';

/** LabelObserved joined to the predictions it resolves; full windows are judged. */
@Controller()
export class JudgeQualityWhenLabelsObservedConsumer {
  constructor(private readonly quality: QualityWatchService) {}

  @EventPattern('LabelObserved', { group: 'outcomes', batch: { maxEvents: 5_000 } } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    await this.quality.rememberOutcomes(events);
  }
}
