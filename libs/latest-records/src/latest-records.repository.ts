import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { LatestRecord } from './latest-record.entity';

export interface IncomingRecord {
  readonly datasetId: string;
  readonly entityId: string;
  readonly eventTime: number;
  readonly values: Record<string, unknown>;
}

@Injectable()
export class LatestRecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An older record (late or replayed) never overwrites a newer one. */
  async upsertLatest(records: readonly IncomingRecord[]): Promise<void> {
    const latest = new Map<string, IncomingRecord>();
    for (const record of records) {
      const key = `${record.datasetId}\u0000${record.entityId}`;
      const seen = latest.get(key);
      if (!seen || seen.eventTime <= record.eventTime) latest.set(key, record);
    }
    const rows = [...latest.values()];
    if (rows.length === 0) return;
    const table = quotedTable(this.dataSource.manager, LatestRecord);
    await this.dataSource.query(
      `INSERT INTO ${table} ("dataset_id", "entity_id", "event_time", "values", "updated_at")
       SELECT d, e, t, v, now() FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[]) AS u(d, e, t, v)
       ON CONFLICT ("dataset_id", "entity_id") DO UPDATE SET "event_time" = EXCLUDED."event_time", "values" = EXCLUDED."values", "updated_at" = now()
       WHERE ${table}."event_time" <= EXCLUDED."event_time"`,
      [
        rows.map((r) => r.datasetId),
        rows.map((r) => r.entityId),
        rows.map((r) => r.eventTime),
        rows.map((r) => JSON.stringify(r.values)),
      ],
    );
  }

  async find(
    datasetId: string,
    entityIds: readonly string[],
  ): Promise<Array<Pick<LatestRecord, 'entityId' | 'eventTime' | 'values'>>> {
    if (entityIds.length === 0) return [];
    const rows: Array<{ entity_id: string; event_time: string; values: Record<string, unknown> }> =
      await this.dataSource.query(
        `SELECT "entity_id", "event_time", "values" FROM ${quotedTable(this.dataSource.manager, LatestRecord)} WHERE "dataset_id" = $1 AND "entity_id" = ANY($2::text[])`,
        [datasetId, entityIds],
      );
    return rows.map((r) => ({ entityId: r.entity_id, eventTime: Number(r.event_time), values: r.values }));
  }
}
