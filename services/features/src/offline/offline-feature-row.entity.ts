import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** The offline store: a row of an accepted snapshot, by entity and event time, for point-in-time joins. */
@Entity({ name: 'feature_rows' })
export class OfflineFeatureRow {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @PrimaryColumn({ name: 'event_time', type: 'bigint', transformer: bigintAsNumber })
  eventTime!: number;

  @Column({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ type: 'jsonb' })
  values!: Record<string, unknown>;
}
