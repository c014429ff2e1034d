import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type ArtifactRef, type FeatureProfile } from '@loopgate/contracts';

/** A feature-set version materialized on one accepted snapshot: its training set and reference profile. */
@Entity({ name: 'materializations' })
export class Materialization {
  @PrimaryColumn({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @PrimaryColumn({ type: 'text' })
  version!: string;

  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'training_set', type: 'jsonb' })
  trainingSet!: ArtifactRef;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'labels_without_features', type: 'bigint', transformer: bigintAsNumber })
  labelsWithoutFeatures!: number;

  @Column({ type: 'jsonb' })
  profile!: FeatureProfile[];

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
