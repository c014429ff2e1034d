import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type SnapshotSealed } from '@loopgate/contracts';

/** A snapshot ingestion sealed: where its rows are, for evaluating a model trained elsewhere on it. */
@Entity({ name: 'sealed_snapshots' })
export class SealedSnapshot {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ type: 'jsonb' })
  event!: SnapshotSealed;
}
