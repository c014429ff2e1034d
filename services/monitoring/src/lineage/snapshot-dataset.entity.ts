import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The dataset and spec version of a sealed snapshot (SnapshotSealed): which fields a model trained on it can be segmented by. */
@Entity({ name: 'snapshot_datasets' })
export class SnapshotDataset {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;
}
