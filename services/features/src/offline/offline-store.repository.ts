import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { type Row } from '@loopgate/ml';
import { Materialization } from './materialization.entity';
import { OfflineFeatureRow } from './offline-feature-row.entity';
import { ObservedLabel } from './observed-label.entity';
import { type FeatureRow, keyOf, type LabelEvent } from './training-set';

const ROWS_PER_STATEMENT = 5_000;

/** The offline store (feature rows by entity and time), labels observed apart from their rows, and materializations. */
@Injectable()
export class OfflineStoreRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A row seen again (the same entity and time in a later snapshot) takes the later snapshot's values. */
  async insertFeatureRows(
    manager: EntityManager,
    datasetId: string,
    snapshotId: string,
    rows: readonly FeatureRow[],
  ): Promise<void> {
    const table = quotedTable(manager, OfflineFeatureRow);
    for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
      const chunk = dedupe(rows.slice(from, from + ROWS_PER_STATEMENT));
      await manager.query(
        `INSERT INTO ${table} ("dataset_id", "entity_id", "event_time", "snapshot_id", "values")
         SELECT $1, e, t, $2, v FROM unnest($3::text[], $4::bigint[], $5::jsonb[]) AS u(e, t, v)
         ON CONFLICT ("dataset_id", "entity_id", "event_time") DO UPDATE SET "values" = EXCLUDED."values", "snapshot_id" = EXCLUDED."snapshot_id"`,
        [
          datasetId,
          snapshotId,
          chunk.map((r) => r.entityId),
          chunk.map((r) => r.eventTime),
          chunk.map((r) => JSON.stringify(r.values)),
        ],
      );
    }
  }

  /** Keeps the latest observation of each (entity, time); replaying the same labels changes nothing. */
  async upsertLabels(labels: ReadonlyArray<LabelEvent & { datasetId: string; observedAt: number }>): Promise<void> {
    const latest = new Map<string, (typeof labels)[number]>();
    for (const label of labels) {
      const key = `${label.datasetId}\u0000${keyOf(label)}`;
      const seen = latest.get(key);
      if (!seen || seen.observedAt <= label.observedAt) latest.set(key, label);
    }
    const rows = [...latest.values()];
    if (rows.length === 0) return;
    const table = quotedTable(this.dataSource.manager, ObservedLabel);
    await this.dataSource.query(
      `INSERT INTO ${table} ("dataset_id", "entity_id", "event_time", "label", "observed_at")
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::float8[], $5::bigint[])
       ON CONFLICT ("dataset_id", "entity_id", "event_time") DO UPDATE SET "label" = EXCLUDED."label", "observed_at" = EXCLUDED."observed_at"
       WHERE ${table}."observed_at" <= EXCLUDED."observed_at"`,
      [
        rows.map((r) => r.datasetId),
        rows.map((r) => r.entityId),
        rows.map((r) => r.eventTime),
        rows.map((r) => r.label),
        rows.map((r) => r.observedAt),
      ],
    );
  }

  async labelsBetween(manager: EntityManager, datasetId: string, from: number, to: number): Promise<LabelEvent[]> {
    const rows: Array<{ entity_id: string; event_time: string; label: number }> = await manager.query(
      `SELECT "entity_id", "event_time", "label" FROM ${quotedTable(manager, ObservedLabel)} WHERE "dataset_id" = $1 AND "event_time" BETWEEN $2 AND $3`,
      [datasetId, from, to],
    );
    return rows.map((r) => ({ entityId: r.entity_id, eventTime: Number(r.event_time), label: r.label }));
  }

  /** For each (entity, time): the values of the entity's latest row at or before that time, by keyOf. */
  async featuresAsOf(
    manager: EntityManager,
    datasetId: string,
    wanted: ReadonlyArray<{ entityId: string; eventTime: number }>,
  ): Promise<Map<string, Row>> {
    const found = new Map<string, Row>();
    const table = quotedTable(manager, OfflineFeatureRow);
    for (let from = 0; from < wanted.length; from += ROWS_PER_STATEMENT) {
      const chunk = wanted.slice(from, from + ROWS_PER_STATEMENT);
      const rows: Array<{ e: string; t: string; values: Row }> = await manager.query(
        `SELECT w.e, w.t, f."values" FROM unnest($2::text[], $3::bigint[]) AS w(e, t)
         CROSS JOIN LATERAL (
           SELECT "values" FROM ${table} f WHERE f."dataset_id" = $1 AND f."entity_id" = w.e AND f."event_time" <= w.t
           ORDER BY f."event_time" DESC LIMIT 1) f`,
        [datasetId, chunk.map((w) => w.entityId), chunk.map((w) => w.eventTime)],
      );
      for (const row of rows) found.set(keyOf({ entityId: row.e, eventTime: Number(row.t) }), row.values);
    }
    return found;
  }

  async insertMaterialization(manager: EntityManager, materialization: Materialization): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Materialization)
      .values(materialization)
      .orIgnore()
      .returning(['snapshotId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  findMaterialization(featureSetId: string, version: string, snapshotId: string): Promise<Materialization | null> {
    return this.dataSource.getRepository(Materialization).findOneBy({ featureSetId, version, snapshotId });
  }

  /** Newest first, keyset-paginated by creation time. */
  listMaterializations(featureSetId: string, limit: number, before: Date | null): Promise<Materialization[]> {
    return this.dataSource.getRepository(Materialization).find({
      where: { featureSetId, ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}

/** One statement may not touch a row twice (ON CONFLICT): the last of duplicates wins. */
function dedupe(rows: readonly FeatureRow[]): FeatureRow[] {
  return [...new Map(rows.map((r) => [keyOf(r), r])).values()];
}
