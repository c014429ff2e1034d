import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type FeatureDefinition } from '@loopgate/ml';

/** One version of a feature set: its definition never changes, a change is a new version. */
@Entity({ name: 'feature_sets' })
export class FeatureSet {
  @PrimaryColumn({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  /** Hash of the definition. */
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ type: 'jsonb' })
  definition!: FeatureDefinition;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
