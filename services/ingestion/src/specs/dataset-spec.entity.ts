import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type DatasetSpec } from './dataset-spec';

/** Every version of every dataset spec; rows are only ever added. */
@Entity({ name: 'dataset_specs' })
export class DatasetSpecVersion {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'spec_hash', type: 'text' })
  specHash!: string;

  @Column({ type: 'jsonb' })
  spec!: DatasetSpec;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
