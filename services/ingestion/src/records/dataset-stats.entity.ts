import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How much of each dataset has been ingested: counted from the ingest.records topic. */
@Entity({ name: 'dataset_stats' })
export class DatasetStats {
  @PrimaryColumn({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'record_count', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  recordCount!: number;

  @Column({ name: 'first_event_time', type: 'timestamptz' })
  firstEventTime!: Date;

  @Column({ name: 'last_event_time', type: 'timestamptz' })
  lastEventTime!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
