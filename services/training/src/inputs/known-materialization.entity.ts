import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type FeatureSetMaterialized } from '@loopgate/contracts';

/** A training set the features service announced: what a run trains on. */
@Entity({ name: 'materializations' })
export class KnownMaterialization {
  @PrimaryColumn({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @PrimaryColumn({ type: 'text' })
  version!: string;

  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ type: 'jsonb' })
  event!: FeatureSetMaterialized;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
