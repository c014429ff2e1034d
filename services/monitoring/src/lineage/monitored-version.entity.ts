import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ArtifactRef } from '@loopgate/contracts';

/** A registered model version and the training data its reference profile comes from (VersionRegistered). */
@Entity({ name: 'monitored_versions' })
export class MonitoredVersion {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'feature_set_version', type: 'text' })
  featureSetVersion!: string;

  /** The model file, whose inputs an imported model's reference is taken on; null for versions remembered before it was kept. */
  @Column({ type: 'jsonb', nullable: true })
  model!: ArtifactRef | null;
}
