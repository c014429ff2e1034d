import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ArtifactRef } from '@loopgate/contracts';

/** A snapshot ingestion sealed (SnapshotSealed): of which dataset and spec version, and where its rows are; never changes. */
@Entity({ name: 'sealed_snapshots' })
export class SealedSnapshot {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ type: 'jsonb' })
  artifact!: ArtifactRef;
}
