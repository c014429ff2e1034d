import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type RecordSource } from '@loopgate/contracts';
import { IdempotentHandler, Outbox, OutboxRelay } from '@loopgate/bus';
import { INGESTION_CONFIG } from '../ingestion.tokens';
import { IngestBackpressure } from './ingest-backpressure';
import { type IngestionConfig } from '../ingestion.config';
import { DatasetSpecsService } from '../specs/dataset-specs.service';
import { type IngestRecordsRequest } from './ingest-records.request';
import { conformRow, type ConformingRecord } from './record-conformance';
import { InvalidRecordsError, TooManyRecordsError, type RowProblem } from './records.errors';
import { type IngestReceipt } from './records.routes';

@Injectable()
export class RecordsService {
  constructor(
    private readonly specs: DatasetSpecsService,
    private readonly idempotent: IdempotentHandler,
    private readonly backpressure: IngestBackpressure,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  /** Accepts rows that conform to the dataset's latest spec: all become RecordIngested events, or none do. */
  async ingest(datasetId: string, request: IngestRecordsRequest, actor: string): Promise<IngestReceipt> {
    if (request.rows.length > this.config.INGEST_MAX_RECORDS_PER_REQUEST) {
      throw new TooManyRecordsError(request.rows.length, this.config.INGEST_MAX_RECORDS_PER_REQUEST);
    }
    return this.accept(datasetId, request.rows, 'HTTP_BULK', request.idempotencyKey, actor);
  }

  /**
   * Checks every row against the latest spec (listing the problems of all rows, not just the first),
   * then publishes them in one transaction: a request is accepted whole or not at all.
   */
  async accept(
    datasetId: string,
    rows: Iterable<unknown> | AsyncIterable<unknown>,
    source: RecordSource,
    idempotencyKey: string | null,
    actor: string,
  ): Promise<IngestReceipt> {
    await this.backpressure.admit();
    const spec = await this.specs.latest(datasetId);
    const records: ConformingRecord[] = [];
    const problems: RowProblem[] = [];
    let index = 0;
    // Rows of a table without a clock are dated by their arrival: one time for the whole request.
    const arrivedAt = Date.now();
    for await (const row of rows) {
      const result = conformRow(row, spec, arrivedAt);
      if (result.problems) problems.push(...result.problems.map((p) => ({ row: index, ...p })));
      else records.push(result.record);
      index++;
    }
    if (problems.length > 0) throw new InvalidRecordsError(problems);
    if (records.length === 0)
      throw new InvalidRecordsError([{ row: null, field: '(rows)', message: 'there are no rows' }]);

    const batchId = idempotencyKey ?? randomUUID();
    const outcome = await this.idempotent.runOnce(`http-records:${datasetId}:${batchId}`, async (manager) => {
      await this.outbox.add(
        manager,
        records.map((record) => ({
          type: 'RecordIngested' as const,
          payload: { datasetId, specVersion: spec.version, source, batchId, ...record },
          correlationId: batchId,
          actor,
        })),
      );
    });
    this.relay.wake();
    return {
      datasetId,
      specVersion: spec.version,
      batchId,
      accepted: records.length,
      duplicate: outcome === 'duplicate',
    };
  }
}
