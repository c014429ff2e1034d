import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { quotedTable } from '@loopgate/db';
import { AcceptedRecord } from './accepted-record.entity';
import { Snapshot } from './snapshot.entity';
import { Label } from '../labels/label.entity';
import { type SnapshotRow } from './snapshot-content';

const ROWS_PER_INSERT = 2_000;

export interface PendingGroup {
  readonly datasetId: string;
  readonly specVersion: number;
  readonly pending: number;
  readonly oldestReceivedAt: Date;
}

@Injectable()
export class SnapshotsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertRecords(
    manager: EntityManager,
    records: ReadonlyArray<Omit<AcceptedRecord, 'receivedAt' | 'snapshotId'>>,
  ): Promise<void> {
    for (let from = 0; from < records.length; from += ROWS_PER_INSERT) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AcceptedRecord)
        .values(records.slice(from, from + ROWS_PER_INSERT))
        .orIgnore()
        .execute();
    }
  }

  /** Rows waiting for a snapshot, per dataset and spec version. */
  pendingGroups(
    datasetIds?: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PendingGroup[]> {
    const query = manager
      .getRepository(AcceptedRecord)
      .createQueryBuilder('r')
      .select('r.dataset_id', 'datasetId')
      .addSelect('r.spec_version', 'specVersion')
      .addSelect('count(*)::int', 'pending')
      .addSelect('min(r.received_at)', 'oldestReceivedAt')
      .where('r.snapshot_id IS NULL')
      .groupBy('r.dataset_id')
      .addGroupBy('r.spec_version');
    if (datasetIds)
      query.andWhere('r.dataset_id IN (:...datasetIds)', { datasetIds: datasetIds.length > 0 ? datasetIds : [''] });
    return query.getRawMany<PendingGroup>();
  }

  /** Serializes sealing per dataset for the rest of the caller's transaction. */
  async lockDataset(manager: EntityManager, datasetId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seal:${datasetId}`]);
  }

  /** The pending rows of one dataset and spec version in the order they were received, with a label that arrived separately, if any. */
  async pendingRows(
    manager: EntityManager,
    datasetId: string,
    specVersion: number,
  ): Promise<Array<SnapshotRow & { eventId: string }>> {
    const records = quotedTable(manager, AcceptedRecord);
    const labels = quotedTable(manager, Label);
    const rows: Array<{
      event_id: string;
      entity_id: string;
      event_ms: string;
      values: SnapshotRow['values'];
      label: number | null;
    }> = await manager.query(
      `SELECT r.event_id, r.entity_id, (extract(epoch from r.event_time) * 1000)::bigint AS event_ms, r.values, l.label
         FROM ${records} r
         LEFT JOIN ${labels} l
           ON l.dataset_id = r.dataset_id AND l.entity_id = r.entity_id AND l.event_time = r.event_time
        WHERE r.dataset_id = $1 AND r.spec_version = $2 AND r.snapshot_id IS NULL
        ORDER BY r.received_at, r.event_id`,
      [datasetId, specVersion],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      entityId: r.entity_id,
      eventTime: Number(r.event_ms),
      values: r.values,
      lateLabel: r.label,
    }));
  }

  /** Records the snapshot; false when the same content was sealed before (same id). */
  async insertSnapshot(manager: EntityManager, snapshot: Snapshot): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Snapshot)
      .values(snapshot)
      .orIgnore()
      .returning(['snapshotId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** One statement with the ids as an array parameter: Postgres hashes it, so even 500k ids stay cheap. */
  async markSealed(manager: EntityManager, snapshotId: string, eventIds: readonly string[]): Promise<void> {
    const records = quotedTable(manager, AcceptedRecord);
    await manager.query(`UPDATE ${records} SET snapshot_id = $1 WHERE event_id = ANY($2::text[])`, [
      snapshotId,
      eventIds,
    ]);
  }

  find(snapshotId: string, manager: EntityManager = this.dataSource.manager): Promise<Snapshot | null> {
    return manager.getRepository(Snapshot).findOneBy({ snapshotId });
  }

  /** Newest first, keyset-paginated by seal time. */
  list(datasetId: string, limit: number, before: Date | null): Promise<Snapshot[]> {
    return this.dataSource.getRepository(Snapshot).find({
      where: before ? { datasetId, sealedAt: LessThan(before) } : { datasetId },
      order: { sealedAt: 'DESC' },
      take: limit,
    });
  }

  async stats(datasetId: string): Promise<{
    records: number;
    pending: number;
    snapshots: number;
    labels: number;
    firstEventTime: Date | null;
    lastEventTime: Date | null;
  }> {
    const [records] = await this.dataSource
      .getRepository(AcceptedRecord)
      .createQueryBuilder('r')
      .select('count(*)::int', 'records')
      .addSelect('(count(*) FILTER (WHERE r.snapshot_id IS NULL))::int', 'pending')
      .addSelect('min(r.event_time)', 'firstEventTime')
      .addSelect('max(r.event_time)', 'lastEventTime')
      .where('r.dataset_id = :datasetId', { datasetId })
      .getRawMany();
    const snapshots = await this.dataSource.getRepository(Snapshot).countBy({ datasetId });
    const labels = await this.dataSource.getRepository(Label).countBy({ datasetId });
    return { ...records, snapshots, labels };
  }
}
