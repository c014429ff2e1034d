import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DataVerdict = 'PASS' | 'WARN' | 'QUARANTINED' | 'RELEASED' | 'REJECTED';

/** Validation's latest word on a snapshot: the data gate of the versions trained on it. */
@Entity({ name: 'snapshot_verdicts' })
export class SnapshotVerdict {
  @PrimaryColumn({ name: 'snapshot_id', type: 'text' })
  snapshotId!: string;

  @Column({ type: 'text' })
  verdict!: DataVerdict;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
