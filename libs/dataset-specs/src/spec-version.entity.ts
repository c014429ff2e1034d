import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type DatasetSpecRegistered } from '@loopgate/contracts';

/** A dataset spec version as announced by ingestion (DatasetSpecRegistered); never changes. */
@Entity({ name: 'spec_versions' })
export class SpecVersion {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  spec!: DatasetSpecRegistered;
}
