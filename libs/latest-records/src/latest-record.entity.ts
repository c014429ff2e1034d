import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** The latest record of each entity, from the record stream (table online_features). */
@Entity({ name: 'online_features' })
export class LatestRecord {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'event_time', type: 'bigint', transformer: bigintAsNumber })
  eventTime!: number;

  @Column({ type: 'jsonb' })
  values!: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
