import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { LabelsService } from './labels.service';

/** LabelObserved in batches into the labels joined to records when their snapshot is sealed. */
@Controller()
export class StoreWhenLabelsObservedConsumer {
  constructor(private readonly labels: LabelsService) {}

  @EventPattern('LabelObserved', { group: 'labels', batch: {} } satisfies EventPatternExtras)
  handle(@Payload() events: Array<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    return this.labels.store(events);
  }
}
