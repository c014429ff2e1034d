import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest observed label of a dataset's record (entity, event time), for labels that arrive after the record. */
@Entity({ name: 'labels' })
export class Label {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @PrimaryColumn({ name: 'event_time', type: 'timestamptz' })
  eventTime!: Date;

  @Column({ type: 'double precision' })
  label!: number;

  @Column({ name: 'observed_at', type: 'timestamptz' })
  observedAt!: Date;

  @Column({ name: 'prediction_id', type: 'text', nullable: true })
  predictionId!: string | null;
}
