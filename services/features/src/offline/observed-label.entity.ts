import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/** A label observed apart from its row (LabelObserved): the latest observation per entity and time. */
@Entity({ name: 'observed_labels' })
export class ObservedLabel {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @PrimaryColumn({ name: 'event_time', type: 'bigint', transformer: bigintAsNumber })
  eventTime!: number;

  @Column({ type: 'double precision' })
  label!: number;

  @Column({ name: 'observed_at', type: 'bigint', transformer: bigintAsNumber })
  observedAt!: number;
}
