import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox, OutboxRelay, type ConsumedEvent } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { DatasetSpecsService } from '../specs/dataset-specs.service';
import { type FieldSpec } from '@loopgate/contracts';
import { datesRowsByArrival, identifiesRowsByContent } from '@loopgate/dataset-specs';
import { type DatasetSpec } from '../specs/dataset-spec';
import { InvalidLabelsError, type ObservedLabel } from './observe-labels.request';
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
      throw new LoopgateError({
        code: 'ingestion.unlabelled_dataset',
        message: `dataset '${datasetId}' declares no label field`,
        kind: 'invalid',
      });
    }
    const refusal = lateLabelRefusal(spec);
    if (refusal)
      throw new LoopgateError({
        code: 'ingestion.labels_come_with_rows',
        message: `dataset '${datasetId}': ${refusal}`,
        kind: 'invalid',
      });
    const field = spec.fields.find((f) => f.name === spec.labelField)!;
    const problems = labels.flatMap((l, i) => labelValueProblem(field, l.label, i));
    if (problems.length > 0) throw new InvalidLabelsError(problems);
    await this.dataSource.transaction((manager) =>
      this.outbox.add(
        manager,
        labels.map((l) => ({ type: 'LabelObserved' as const, payload: { datasetId, ...l }, actor })),
      ),
    );
    this.relay.wake();
    return { accepted: labels.length };
  }

  async store(events: ReadonlyArray<ConsumedEvent<'LabelObserved'>>): Promise<void> {
    await this.labels.upsert(
      events.map(({ payload: p }) => ({
        datasetId: p.datasetId,
        entityId: p.entityId,
        eventTime: new Date(p.eventTime),
        label: p.label,
        observedAt: new Date(p.observedAt),
        predictionId: p.predictionId,
      })),
    );
  }
}

/** Why a later label could not find its row: it names the row by entity and event time, which such a dataset does not have. */
function lateLabelRefusal(spec: DatasetSpec): string | null {
  if (identifiesRowsByContent(spec) || datesRowsByArrival(spec))
    return 'a dataset without an entity key and an event time takes its labels with its rows';
  const field = spec.fields.find((f) => f.name === spec.labelField)!;
  if (field.type === 'STRING') return `label '${field.name}' is a class name (STRING): it comes with its rows`;
  return null;
}

function labelValueProblem(field: FieldSpec, label: number, index: number): Array<{ field: string; message: string }> {
  const at = `labels.${index}.label`;
  if (field.type === 'BOOLEAN' && label !== 0 && label !== 1)
    return [{ field: at, message: `must be true, false, 0 or 1 for the BOOLEAN label '${field.name}'` }];
  if (field.type === 'INTEGER' && !Number.isSafeInteger(label))
    return [{ field: at, message: `must be an integer for the INTEGER label '${field.name}'` }];
  if ((field.min !== null && label < field.min) || (field.max !== null && label > field.max)) {
    return [
      {
        field: at,
        message: `must be within [${field.min ?? '-inf'}, ${field.max ?? 'inf'}], as label '${field.name}' is declared`,
      },
    ];
  }
  return [];
}
