import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ConsumedEvent, type EventPatternExtras } from '@loopgate/bus';
import { OfflineStoreRepository } from './offline-store.repository';

/** LabelObserved in batches: labels that arrive apart from their rows join training sets point in time. */
@Controller()
export class StoreWhenLabelsObservedConsumer {
  constructor(private readonly offline: OfflineStoreRepository) {}

  @EventPattern('LabelObserved', { group: 'labels', batch: { maxEvents: 2_000 } } satisfies EventPatternExtras)
  async handle(@Payload() events: Array<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    await this.offline.upsertLabels(
      events.map(({ payload: p }) => ({
        datasetId: p.datasetId,
        entityId: p.entityId,
        eventTime: p.eventTime,
        label: p.label,
        observedAt: p.observedAt,
      })),
    );
  }
}
