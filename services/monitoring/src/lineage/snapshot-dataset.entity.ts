import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ArtifactRef } from '@loopgate/contracts';

/** The dataset, spec version and rows of a sealed snapshot (SnapshotSealed): which fields a model trained on it can be segmented by, and the reference of a model evaluated on it. */
@Entity({ name: 'snapshot_datasets' })
export class SnapshotDataset {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ type: 'jsonb' })
  artifact!: ArtifactRef;
}
