import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type FeatureProfile } from '@loopgate/contracts';
import { type FeatureDefinition } from '@loopgate/ml';

/** A feature set's reference profile on one training snapshot (FeatureSetMaterialized). */
@Entity({ name: 'reference_profiles' })
export class ReferenceProfile {
  @PrimaryColumn({ name: 'feature_set_version', type: 'text' })
  featureSetVersion!: string;

  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ type: 'jsonb' })
  definition!: FeatureDefinition;

  @Column({ type: 'jsonb' })
  profile!: FeatureProfile[];
}
