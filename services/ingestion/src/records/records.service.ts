import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type RecordIngested } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay, type EventMetadata } from '@loopgate/bus';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { type IngestionConfig } from '../ingestion.config';
import { type IngestRecordsCommand } from './ingest-records.request';
import { DatasetNotFoundError, TooManyRecordsError } from './records.errors';
import { DatasetStatsRepository } from './dataset-stats.repository';
import { type DatasetStats } from './dataset-stats.entity';

export interface IngestReceipt {
  readonly datasetId: string;
  readonly batchId: string;
  readonly accepted: number;
  /** True when this Idempotency-Key was accepted before; nothing new was written. */
  readonly duplicate: boolean;
}

export interface DatasetStatsView {
  readonly datasetId: string;
  readonly recordCount: number;
  readonly firstEventTime: string;
  readonly lastEventTime: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: string | null;
}

@Injectable()
export class RecordsService {
  constructor(
    private readonly idempotent: IdempotentHandler,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly stats: DatasetStatsRepository,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  /** Accepts a batch of records: all of them become RecordIngested events, or none do. */
  async ingest(command: IngestRecordsCommand, actor: string): Promise<IngestReceipt> {
    if (command.records.length > this.config.INGEST_MAX_RECORDS_PER_REQUEST) {
      throw new TooManyRecordsError(command.records.length, this.config.INGEST_MAX_RECORDS_PER_REQUEST);
    }
    const batchId = command.idempotencyKey ?? randomUUID();
    const outcome = await this.idempotent.runOnce(`http-records:${command.datasetId}:${batchId}`, async (manager) => {
      await this.outbox.add(
        manager,
        command.records.map((record) => ({
          type: 'RecordIngested' as const,
          payload: { datasetId: command.datasetId, specVersion: command.specVersion, source: 'HTTP_BULK' as const, batchId, ...record },
          correlationId: batchId,
          actor,
        })),
      );
    });
    this.relay.wake();
    return { datasetId: command.datasetId, batchId, accepted: command.records.length, duplicate: outcome === 'duplicate' };
  }

  /** Counts a record once, however often Kafka delivers it. */
  async countIngested(record: RecordIngested, metadata: EventMetadata): Promise<void> {
    await this.idempotent.runOnce(metadata.eventId, (manager) => this.stats.countRecord(manager, record.datasetId, new Date(record.eventTime)));
  }

  async datasetStats(datasetId: string): Promise<DatasetStatsView> {
    const stats = await this.stats.find(datasetId);
    if (!stats) throw new DatasetNotFoundError(datasetId);
    return toView(stats);
  }

  async listDatasetStats(limit: number, after: string | null): Promise<Page<DatasetStatsView>> {
    const rows = await this.stats.list(limit + 1, after);
    const items = rows.slice(0, limit).map(toView);
    return { items, next: rows.length > limit ? items[items.length - 1].datasetId : null };
  }
}

function toView(stats: DatasetStats): DatasetStatsView {
  return {
    datasetId: stats.datasetId,
    recordCount: stats.recordCount,
    firstEventTime: stats.firstEventTime.toISOString(),
    lastEventTime: stats.lastEventTime.toISOString(),
  };
}
