import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox, OutboxRelay, type ConsumedEvent } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { DatasetSpecsService } from '../specs/dataset-specs.service';
import { type ObservedLabel } from './observe-labels.request';
import { LabelsRepository } from './labels.repository';

@Injectable()
export class LabelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly specs: DatasetSpecsService,
    private readonly labels: LabelsRepository,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** Publishes labels that arrived after their records as LabelObserved. */
  async observe(datasetId: string, labels: readonly ObservedLabel[], actor: string): Promise<{ accepted: number }> {
    const spec = await this.specs.latest(datasetId);
    if (spec.labelField === null) {
      throw new LoopgateError({ code: 'ingestion.unlabelled_dataset', message: `dataset '${datasetId}' declares no label field`, kind: 'invalid' });
    }
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, labels.map((l) => ({ type: 'LabelObserved' as const, payload: { datasetId, ...l }, actor }))),
    );
    this.relay.wake();
    return { accepted: labels.length };
  }

  async store(events: ReadonlyArray<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    await this.labels.upsert(
      events.map(({ payload: p }) => ({ datasetId: p.datasetId, entityId: p.entityId, eventTime: new Date(p.eventTime), label: p.label, observedAt: new Date(p.observedAt), predictionId: p.predictionId })),
    );
  }
}
