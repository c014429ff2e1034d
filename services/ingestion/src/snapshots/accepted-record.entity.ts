import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type RecordValue } from '../records/record-conformance';

/** A record ingestion accepted, waiting for its snapshot (snapshotId null) or sealed into exactly one. */
@Entity({ name: 'accepted_records' })
export class AcceptedRecord {
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'event_time', type: 'timestamptz' })
  eventTime!: Date;

  @Column({ type: 'jsonb' })
  values!: Record<string, RecordValue>;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;

  @Column({ name: 'snapshot_id', type: 'text', nullable: true })
  snapshotId!: string | null;
}
