import { Injectable } from '@nestjs/common';
import { type ConsumedEvent } from '@loopgate/bus';
import { type LatestRecord } from './latest-record.entity';
import { LatestRecordsRepository } from './latest-records.repository';

@Injectable()
export class LatestRecordsService {
  constructor(private readonly records: LatestRecordsRepository) {}

  keepLatest(events: ReadonlyArray<ConsumedEvent<'RecordIngested'>>): Promise<void> {
    return this.records.upsertLatest(
      events.map(({ payload: p }) => ({
        datasetId: p.datasetId,
        entityId: p.entityId,
        eventTime: p.eventTime,
        values: p.values,
      })),
    );
  }

  /** The latest records of these entities of a dataset, by entity id (unknown ones are absent). */
  async find(
    datasetId: string,
    entityIds: readonly string[],
  ): Promise<Map<string, Pick<LatestRecord, 'entityId' | 'eventTime' | 'values'>>> {
    return new Map((await this.records.find(datasetId, [...new Set(entityIds)])).map((r) => [r.entityId, r]));
  }
}
