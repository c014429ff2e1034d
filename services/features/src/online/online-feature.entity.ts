import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** The online store: the latest record of each entity, from the record stream. */
@Entity({ name: 'online_features' })
export class OnlineFeature {
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
