import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';
import { type SealReason } from '@loopgate/contracts';

/** An immutable, sealed snapshot; its id is the SHA-256 of its canonical content. */
@Entity({ name: 'snapshots' })
export class Snapshot {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ name: 'dataset_id', type: 'text' })
  datasetId!: string;

  @Column({ name: 'spec_version', type: 'int' })
  specVersion!: number;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'event_time_from', type: 'timestamptz' })
  eventTimeFrom!: Date;

  @Column({ name: 'event_time_to', type: 'timestamptz' })
  eventTimeTo!: Date;

  @Column({ name: 'schema_fingerprint', type: 'text' })
  schemaFingerprint!: string;

  @Column({ type: 'text' })
  uri!: string;

  /** SHA-256 of the snapshot file. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  sizeBytes!: number;

  @Column({ name: 'seal_reason', type: 'text' })
  sealReason!: SealReason;

  @Column({ name: 'sealed_at', type: 'timestamptz', default: () => 'now()' })
  sealedAt!: Date;
}
